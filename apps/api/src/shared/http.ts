import type { FastifyInstance, FastifyReply } from 'fastify';

/** An attachment's name for every browser: an ASCII fallback plus the exact UTF-8 name (RFC 6266, RFC 8187). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Sends bytes as a private download: never cached, never sniffed into another type. */
export function sendDownload(
  reply: FastifyReply,
  mediaType: string,
  name: string,
  body: Buffer | Uint8Array,
) {
  return reply
    .header('content-type', mediaType)
    .header('content-disposition', contentDisposition(name))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(body);
}

/**
 * Lets a plugin's routes take a file's raw bytes as the body (`application/octet-stream`, up to `limit` bytes; each
 * such route sets the same `bodyLimit`). The file's type is decided from its content, so the header is only a carrier.
 */
export function acceptRawUploads(app: FastifyInstance, limit: number) {
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: limit },
    (_r, body, done) => done(null, body),
  );
}

/** An upload's bytes: the body `acceptRawUploads` parsed, or nothing when another type was sent. */
export function uploadedBytes(body: unknown): Buffer {
  return Buffer.isBuffer(body) ? body : Buffer.alloc(0);
}
