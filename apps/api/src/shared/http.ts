import type { FastifyReply } from 'fastify';

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
