import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, type TestDatabase } from '@mera/db/testing';
import { createOrm } from '@mera/db';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { API_VERSION } from './version.ts';

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  app = await buildApp({ config, orm: await createOrm({ url: db.url, poolSize: 2 }) });
});

afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('probes', () => {
  it('says the process is alive', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'current' } });
  });

  it('tags every response with a request id, reusing a sane one the caller sent', async () => {
    const mine = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'trace-12345678' },
    });
    expect(mine.headers['x-request-id']).toBe('trace-12345678');
    const fresh = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'x' } });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('meta', () => {
  it('reports name, version and environment', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/meta' });
    expect(response.json()).toEqual({ name: 'Mera', version: API_VERSION, environment: 'test' });
  });
});

describe('errors', () => {
  it('answers an unknown path with a problem document in Bulgarian by default', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({
      status: 404,
      code: 'not_found',
      title: 'Няма такъв ресурс.',
      instance: '/api/v1/nothing-here',
    });
    expect(problem.requestId).toBe(response.headers['x-request-id']);
  });

  it("speaks the caller's language when it is English or Ukrainian", async () => {
    const en = await app.inject({
      method: 'GET',
      url: '/missing',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(en.json().title).toBe('No such resource.');
    const uk = await app.inject({ method: 'GET', url: '/missing', headers: { 'accept-language': 'uk' } });
    expect(uk.json().title).toBe('Такого ресурсу немає.');
  });
});

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document describing the routes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/readyz', '/api/v1/meta']),
    );
  });

  it('serves a browsable UI', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });
});
