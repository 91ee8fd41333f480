// Evidence files in an S3-compatible store: a real S3 server speaking the protocol (s3rver, checking every request's
// AWS Signature V4), the row in PostgreSQL under row-level security, the bytes only in the store.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AwsClient } from 'aws4fetch';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, signUpAndLogIn, type Harness, type Person } from '../../testing/harness.ts';
import { PDF } from './evidence.test.ts';

let h: Harness;
let server: S3rver;
let running = false;
let endpoint = '';
let ngo: Person;
let other: Person;
const s3 = new AwsClient({
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  service: 's3',
  region: 'us-east-1',
});

beforeAll(async () => {
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: await mkdtemp(path.join(tmpdir(), 'mera-s3-')),
    configureBuckets: [{ name: 'mera-files', configs: [] }],
  });
  const { port } = await server.run();
  running = true;
  endpoint = `http://127.0.0.1:${port}`;
  h = await createHarness({
    S3_ENDPOINT: endpoint,
    S3_BUCKET: 'mera-files',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  });
  ngo = await signUpAndLogIn(h, 'Сдружение „Облак“', 'admin@oblak.example');
  other = await signUpAndLogIn(h, 'Сдружение „Съсед“', 'admin@sased.example');
});
afterAll(async () => {
  await h?.close();
  if (running) await server.close();
});

describe('evidence files in an S3-compatible store', () => {
  let fileId = '';

  it('keeps the bytes in the store and only the record in PostgreSQL', async () => {
    const stored = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${ngo.tenantId}/files?name=${encodeURIComponent('План.pdf')}`,
      token: ngo.token,
      headers: { 'content-type': 'application/octet-stream' },
      payload: PDF,
    });
    expect(stored.statusCode).toBe(201);
    fileId = stored.json<{ id: string }>().id;
    const [row] = await h.sql<{ storage: string; content: Buffer | null; storage_key: string }>(
      'select storage, content, storage_key from stored_file where id = $1',
      [fileId],
    );
    expect(row).toMatchObject({ storage: 's3', content: null, storage_key: `${ngo.tenantId}/${fileId}` });
    const object = await s3.fetch(`${endpoint}/mera-files/${ngo.tenantId}/${fileId}`);
    expect(object.status).toBe(200);
    expect(Buffer.from(await object.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('gives the bytes back to the tenant, and nothing to another one', async () => {
    const own = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${ngo.tenantId}/files/${fileId}/content`,
      token: ngo.token,
    });
    expect(own.statusCode).toBe(200);
    expect(own.rawPayload.equals(PDF)).toBe(true);
    const foreign = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${other.tenantId}/files/${fileId}/content`,
      token: other.token,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('deletes the object with the record', async () => {
    const deleted = await h.call({
      method: 'DELETE',
      url: `/api/v1/tenants/${ngo.tenantId}/files/${fileId}`,
      token: ngo.token,
    });
    expect(deleted.statusCode).toBe(204);
    expect((await s3.fetch(`${endpoint}/mera-files/${ngo.tenantId}/${fileId}`)).status).toBe(404);
  });

  it('answers a clear 503 and writes nothing when the store is down', async () => {
    await server.close();
    running = false;
    const refused = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${ngo.tenantId}/files?name=x.pdf`,
      token: ngo.token,
      headers: { 'content-type': 'application/octet-stream', 'accept-language': 'bg' },
      payload: PDF,
    });
    expect(refused.statusCode).toBe(503);
    expect(refused.json<{ title: string }>().title).toContain('Хранилището за файлове не отговаря');
    expect(await h.sql('select 1 from stored_file')).toEqual([]);
  });
});
