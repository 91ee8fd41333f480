import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import errorHandler from '../../platform/error-handler.ts';
import { organisationOnFreshApi } from '../../testing/fixtures.ts';
import type { Harness, Person } from '../../testing/harness.ts';
import { lastRenderingThread, renderCount, sendRendered } from './index.ts';

let h: Harness;
let ngo: Person;
let base = '';

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Нишки“', 'admin@nishki-workers.example'));
  base = `/api/v1/tenants/${ngo.tenantId}`;
});
afterAll(() => h?.close());

const download = (format: 'pdf' | 'docx') =>
  h.call({ method: 'GET', url: `${base}/quality-system/${format}`, token: ngo.token });

/** A bare API whose one route sends a workbook drawn by a renderer of fixtures/failing-workbooks.ts. */
async function failingApi() {
  const app = Fastify();
  await app.register(errorHandler);
  app.get<{ Params: { renderer: string } }>('/:renderer', (request, reply) =>
    sendRendered(
      reply,
      'xlsx',
      {
        missing: {
          tenantId: ngo.tenantId,
          key: '0'.repeat(64),
          subjectId: ngo.tenantId,
          format: 'xlsx',
          shows: {},
          task: {
            kind: 'workbook',
            source: fileURLToPath(new URL('./fixtures/failing-workbooks.ts', import.meta.url)),
            exportName: request.params.renderer,
            figures: {},
          },
        },
      },
      'workbook',
    ),
  );
  return app;
}

describe('documents are rendered in worker threads (decision 104)', () => {
  it('renders off the event loop: the thread that drew the PDF is not the one serving requests', async () => {
    const renders = renderCount();
    const pdf = await download('pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(renderCount()).toBe(renders + 1);
    expect(lastRenderingThread()).not.toBeNull();
    expect(lastRenderingThread()).not.toBe(threadId);
  });

  it('a worker that ends under its rendering answers a clean problem, and the next rendering works', async () => {
    const app = await failingApi();
    try {
      const ended = await app.inject({
        method: 'GET',
        url: '/endsItsWorker',
        headers: { 'accept-language': 'en' },
      });
      expect(ended.statusCode).toBe(503);
      expect(ended.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(ended.json()).toMatchObject({ status: 503, code: 'document_unavailable' });
      expect(ended.headers['retry-after']).toBe('5');

      // A renderer's own error is answered as any bug is: a 500 naming only the request.
      const bug = await app.inject({ method: 'GET', url: '/throwsLikeABug' });
      expect(bug.statusCode).toBe(500);
      expect(bug.json()).toMatchObject({ code: 'internal_error' });
      expect(bug.body).not.toContain('a renderer bug');
    } finally {
      await app.close();
    }

    const docx = await download('docx');
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
