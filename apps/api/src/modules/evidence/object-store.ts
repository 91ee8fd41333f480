import { AwsClient } from 'aws4fetch';
import type { Config } from '../../config.ts';
import { AppError } from '../../shared/problem.ts';

/** Where evidence files' bytes live when they are not kept in PostgreSQL. */
export interface ObjectStore {
  put(key: string, content: Buffer, mediaType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}

/**
 * An S3-compatible store (AWS S3, MinIO, Ceph, Garage …), addressed path-style (`<endpoint>/<bucket>/<key>`), with
 * requests signed by AWS Signature V4 (`aws4fetch`). The bucket must exist; Mera never lists or creates buckets.
 * Keys are `<tenant id>/<file id>`: no file name, no personal data in the store's logs.
 */
export function s3Store(
  config: Pick<
    Config,
    'S3_ENDPOINT' | 'S3_BUCKET' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY'
  >,
): ObjectStore | null {
  if (!config.S3_ENDPOINT || !config.S3_ACCESS_KEY_ID || !config.S3_SECRET_ACCESS_KEY) return null;
  const client = new AwsClient({
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    service: 's3',
    region: config.S3_REGION,
  });
  const base = `${config.S3_ENDPOINT.replace(/\/+$/, '')}/${encodeURIComponent(config.S3_BUCKET)}`;
  const url = (key: string) => `${base}/${key.split('/').map(encodeURIComponent).join('/')}`;
  const unavailable = () => new AppError(503, 'storage_unavailable');
  // The store unreachable or refusing: a 503 the person can retry, never a 500.
  const send = async (key: string, init?: RequestInit) => {
    try {
      return await client.fetch(url(key), init);
    } catch {
      throw unavailable();
    }
  };
  return {
    async put(key, content, mediaType) {
      const response = await send(key, {
        method: 'PUT',
        body: new Uint8Array(content),
        headers: { 'content-type': mediaType, 'content-length': String(content.length) },
      });
      if (!response.ok) throw unavailable();
    },
    async get(key) {
      const response = await send(key);
      if (!response.ok) throw unavailable();
      return Buffer.from(await response.arrayBuffer());
    },
    async delete(key) {
      const response = await send(key, { method: 'DELETE' });
      // Already gone is fine: deleting is idempotent.
      if (!response.ok && response.status !== 404) throw unavailable();
    },
  };
}
