import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createOrm } from '@mera/db';
import { createTestDatabase, type TestDatabase } from '@mera/db/testing';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { startMailSink, type MailSink } from '@mera/devstack/mail-sink';

export interface Harness {
  app: FastifyInstance;
  db: TestDatabase;
  mail: MailSink;
  /** Runs SQL as the superuser with triggers off, for arranging what the API cannot (e.g. an expired link). */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  /**
   * Runs one statement as the application role (`mera_app`, as the API connects) inside a tenant's scope, then rolls
   * back: for proving what the database itself refuses, whatever the API does.
   */
  asApp(tenantId: string, text: string, values?: unknown[]): Promise<pg.QueryResultRow[]>;
  call(options: InjectOptions & { token?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A real API on a fresh database with an SMTP sink, for tests that go through the HTTP surface. */
export async function createHarness(env: Record<string, string> = {}): Promise<Harness> {
  const db = await createTestDatabase();
  const mail = await startMailSink();
  const config = loadConfig({
    DATABASE_URL: db.url,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    SMTP_URL: mail.url,
    PUBLIC_WEB_URL: 'http://web.test',
    PASSWORD_HASH_COST: '12',
    // Background jobs are started by the tests that need them (they trigger the job functions directly).
    JOBS: 'off',
    // A small fixture plugin, so tests do not depend on the real catalogue's size or keys.
    PLUGINS_DIR: fileURLToPath(new URL('../modules/catalogue/fixtures/plugins', import.meta.url)),
    ...env,
  });
  const app = await buildApp({ config, orm: await createOrm({ url: db.url, poolSize: 4 }) });
  const admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
  return {
    app,
    db,
    mail,
    async sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
      // Arranging a test is not an event in anyone's audit trail: triggers are off for this statement.
      await admin.query('begin');
      try {
        await admin.query('set local session_replication_role = replica');
        const rows = (await admin.query<T>(text, values)).rows;
        await admin.query('commit');
        return rows;
      } catch (error) {
        await admin.query('rollback');
        throw error;
      }
    },
    async asApp(tenantId: string, text: string, values: unknown[] = []) {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        return (await client.query(text, values)).rows;
      } finally {
        await client.query('rollback').catch(() => undefined);
        await client.end();
      }
    },
    call({ token, headers, ...options }) {
      return app.inject({
        ...options,
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
    },
    async close() {
      await app.close();
      await admin.end();
      await mail.close();
      await db.drop();
    },
  };
}

let eikCounter = 100;

/** A fresh, valid 9-digit ЕИК (distinct per call within a test file). */
export function nextEik(): string {
  const base = String(eikCounter++).padStart(8, '0');
  const digits = [...base].map(Number);
  const sum = (weights: number[]) => digits.reduce((total, d, i) => total + d * (weights[i] ?? 0), 0) % 11;
  let check = sum([1, 2, 3, 4, 5, 6, 7, 8]);
  if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 10]);
  return base + String(check === 10 ? 0 : check);
}

export const PASSWORD = 'Дълга-Парола-2026';

/** A signed-up organisation's first admin with their session. */
export type Person = Awaited<ReturnType<typeof signUpAndLogIn>>;

/** Signs an organisation up, verifies the e-mail through the link and logs in. */
export async function signUpAndLogIn(h: Harness, name: string, email: string) {
  const signup = await h.call({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: {
      organisation: { legalName: name, eik: nextEik() },
      admin: { displayName: `Админ ${name}`, email, password: PASSWORD },
    },
  });
  if (signup.statusCode !== 201) throw new Error(`sign-up failed: ${signup.body}`);
  const { tenantId, userId } = signup.json<{ tenantId: string; userId: string }>();
  const token = new URL(await h.mail.link(email)).searchParams.get('token') ?? '';
  await h.call({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } });
  const session = await logIn(h, email);
  return { tenantId, userId, token: session.accessToken, refreshToken: session.refreshToken };
}

/** Logs a person in with the tests' password; answers their session (a failed login fails the set-up). */
export async function logIn(h: Harness, email: string) {
  const login = await h.call({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  return login.json<{ accessToken: string; refreshToken: string }>();
}
