import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationOnFreshApi } from '../../testing/fixtures.ts';
import type { Harness, Person } from '../../testing/harness.ts';

let h: Harness;
let ngo: Person;
let base = '';

/** The smallest file every PDF reader opens: enough for the content check, which reads the first bytes. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const upload = (name: string, content: Buffer, token = ngo.token) =>
  h.call({
    method: 'POST',
    url: `${base}/files?name=${encodeURIComponent(name)}`,
    token,
    headers: { 'content-type': 'application/octet-stream', 'accept-language': 'bg' },
    payload: content,
  });

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi(
    'Сдружение „Доказателства“',
    'admin@dokazatelstva.example',
    { MAX_UPLOAD_BYTES: '4096' },
  ));
  base = `/api/v1/tenants/${ngo.tenantId}`;
});
afterAll(async () => {
  await h.close();
});

describe('evidence files', () => {
  it('stores a PDF recognised by its content and gives the same bytes back with its Cyrillic name', async () => {
    const stored = await upload('План при бедствия.pdf', PDF);
    expect(stored.statusCode).toBe(201);
    const file = stored.json<{ id: string; mediaType: string; sizeBytes: number; sha256: string }>();
    expect(file).toMatchObject({
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    const download = await h.call({
      method: 'GET',
      url: `${base}/files/${file.id}/content`,
      token: ngo.token,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('План при бедствия.pdf')}`,
    );
  });

  it('refuses a file whose content is not an accepted type, whatever its name says, in the user’s language', async () => {
    const disguised = await upload('policy.pdf', Buffer.from('<script>alert(1)</script>'));
    expect(disguised.statusCode).toBe(415);
    const problem = disguised.json<{ errors: { field: string; rule: string; message: string }[] }>();
    expect(problem.errors[0]).toMatchObject({ field: 'body', rule: 'file_type' });
    expect(problem.errors[0]?.message).toContain('Този вид файл не се приема');
    expect(problem.errors[0]?.message).toContain('PDF');
    const [{ count }] = (await h.sql<{ count: string }>('select count(*) from stored_file')) as [
      { count: string },
    ];
    expect(Number(count)).toBe(1);
  });

  it('refuses a file over the size limit with 413 and stores nothing', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(5000, 32)]);
    const refused = await upload('big.pdf', big);
    expect(refused.statusCode).toBe(413);
    const [{ count }] = (await h.sql<{ count: string }>('select count(*) from stored_file')) as [
      { count: string },
    ];
    expect(Number(count)).toBe(1);
  });
});

describe('the document register', () => {
  let fileId = '';
  beforeAll(async () => {
    fileId = (await upload('plan.pdf', PDF)).json<{ id: string }>().id;
  });

  it('lists the Ordinance’s sources of information to tag a document with', async () => {
    const sources = await h.call({ method: 'GET', url: '/api/v1/catalogue/sources?q=бедствия' });
    expect(sources.json()).toEqual([{ source: 'План за действие при бедствия', indicators: 1 }]);
  });

  it('names the field and the rule for a source the Ordinance does not name and for a review before approval', async () => {
    const unknown = await h.call({
      method: 'POST',
      url: `${base}/documents`,
      token: ngo.token,
      headers: { 'accept-language': 'bg' },
      payload: { kind: 'plan', title: 'План', sources: ['План за действие при бедствия', 'Нещо измислено'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ errors: unknown[] }>().errors).toEqual([
      expect.objectContaining({ field: 'body.sources.1', rule: 'unknown_source' }),
    ]);
    const dates = await h.call({
      method: 'POST',
      url: `${base}/documents`,
      token: ngo.token,
      payload: { kind: 'plan', title: 'План', approvedOn: '2026-03-01', nextReviewOn: '2026-02-01' },
    });
    expect(dates.json<{ errors: unknown[] }>().errors).toEqual([
      expect.objectContaining({ field: 'body.nextReviewOn', rule: 'review_before_approval' }),
    ]);
    expect(await h.sql('select 1 from quality_document')).toEqual([]);
  });

  it('registers a plan with its file and sources; a past review date is flagged; the source finds it', async () => {
    const created = await h.call({
      method: 'POST',
      url: `${base}/documents`,
      token: ngo.token,
      payload: {
        kind: 'plan',
        title: 'План за защита при бедствия и аварии',
        versionLabel: '2',
        approvedOn: '2024-01-10',
        nextReviewOn: '2025-01-10',
        fileId,
        sources: ['План за действие при бедствия'],
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      serviceId: null,
      reviewOverdue: true,
      file: { id: fileId, name: 'plan.pdf', mediaType: 'application/pdf' },
      sources: ['План за действие при бедствия'],
      version: 1,
    });
    const found = await h.call({
      method: 'GET',
      url: `${base}/documents?source=${encodeURIComponent('План за действие при бедствия')}`,
      token: ngo.token,
    });
    expect(found.json<{ title: string }[]>().map((d) => d.title)).toEqual([
      'План за защита при бедствия и аварии',
    ]);

    const id = created.json<{ id: string }>().id;
    const renewed = await h.call({
      method: 'PATCH',
      url: `${base}/documents/${id}`,
      token: ngo.token,
      payload: { version: 1, versionLabel: '3', approvedOn: '2026-01-10', nextReviewOn: '2099-01-10' },
    });
    expect(renewed.json()).toMatchObject({ versionLabel: '3', reviewOverdue: false, version: 2 });
    const stale = await h.call({
      method: 'PATCH',
      url: `${base}/documents/${id}`,
      token: ngo.token,
      payload: { version: 1, title: 'Старо' },
    });
    expect(stale.statusCode).toBe(409);
    // The file is in use by the document: it cannot be deleted from under it.
    const del = await h.call({ method: 'DELETE', url: `${base}/files/${fileId}`, token: ngo.token });
    expect(del.statusCode).toBe(409);
  });
});
