import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import { createOrm, migrate } from '@mera/db';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

const name = `mera_unmigrated_${process.pid}`;
let url: string;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('meraTestAdminUrl') });
  await client.connect();
  await client.query(sql);
  await client.end();
}

beforeAll(async () => {
  await admin(`create database "${name}" template template0`);
  const parsed = new URL(inject('meraTestAdminUrl'));
  parsed.pathname = `/${name}`;
  url = parsed.toString();
});

afterAll(async () => {
  await admin(`drop database if exists "${name}" with (force)`);
});

it('is not ready while migrations are pending, and says so in a problem document', async () => {
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, orm: await createOrm({ url, poolSize: 1 }) });
  const response = await app.inject({ method: 'GET', url: '/readyz', headers: { 'accept-language': 'en' } });
  await app.close();
  expect(response.statusCode).toBe(503);
  expect(response.json()).toMatchObject({
    code: 'migrations_pending',
    title: 'The database schema is not up to date.',
  });
});

it('is not ready when the database does not answer', async () => {
  const dead = 'postgres://nobody:secret@127.0.0.1:1/none';
  const config = loadConfig({ DATABASE_URL: dead, LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, orm: await createOrm({ url: dead, poolSize: 1 }) });
  const response = await app.inject({ method: 'GET', url: '/readyz' });
  await app.close();
  expect(response.statusCode).toBe(503);
  expect(response.json()).toMatchObject({ code: 'database_unavailable' });
  expect(response.body).not.toContain('secret');
});

it('syncs the catalogue on the probe once the database is migrated, then is ready', async () => {
  const config = loadConfig({
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    PLUGINS_DIR: fileURLToPath(new URL('./modules/catalogue/fixtures/plugins', import.meta.url)),
  });
  // Started before the migrations: the catalogue could not be written, and the API says so.
  const app = await buildApp({ config, orm: await createOrm({ url, poolSize: 1 }) });
  try {
    expect(app.catalogueSync.synced).toBe(false);
    await migrate(url);
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(app.catalogueSync.synced).toBe(true);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from catalogue_version');
    await client.end();
    expect(rows[0]?.n).toBeGreaterThan(0);
  } finally {
    await app.close();
  }
});
