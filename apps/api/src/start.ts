import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createOrm, pingDatabase, type Orm } from '@mera/db';
import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';

/** A start-up failure with one line that says what to fix. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the given address';
  }
}

const CONNECT_TIMEOUT_MS = 10_000;

/** Opens the pool and proves the database answers; the password never reaches the message. */
export async function connectDatabase(config: Config): Promise<Orm> {
  const where = describeDatabase(config.DATABASE_URL);
  let orm: Orm;
  try {
    orm = await createOrm({ url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE });
  } catch (error) {
    throw new StartupError(`DATABASE_URL: cannot open PostgreSQL at ${where} (${(error as Error).message}).`);
  }
  const timeout = new Promise<{ ok: false; reason: string }>((resolve) =>
    setTimeout(
      () => resolve({ ok: false, reason: `no answer within ${CONNECT_TIMEOUT_MS / 1000} s` }),
      CONNECT_TIMEOUT_MS,
    ).unref(),
  );
  const check = await Promise.race([pingDatabase(orm), timeout]);
  if (!check.ok) {
    await orm.close(true).catch(() => undefined);
    throw new StartupError(`DATABASE_URL: cannot reach PostgreSQL at ${where} (${check.reason}).`);
  }
  return orm;
}

/**
 * Tenant isolation rests on row-level security, which a superuser or a BYPASSRLS role skips. In production such a
 * connection stops start-up; elsewhere it is allowed with a warning (a developer's own superuser DATABASE_URL).
 */
export async function checkDatabaseRole(
  orm: Orm,
  config: Config,
  warn: (message: string) => void,
): Promise<void> {
  const [role] = await orm.em
    .getConnection()
    .execute<{ name: string; rolsuper: boolean; rolbypassrls: boolean }[]>(
      'select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user',
    );
  if (!role || (!role.rolsuper && !role.rolbypassrls)) return;
  const message = `DATABASE_URL: the role ${role.name} bypasses row-level security; connect as the application role (see docs/security.md).`;
  if (config.NODE_ENV === 'production') throw new StartupError(message);
  warn(message);
}

export async function listen(app: FastifyInstance, config: Config): Promise<string> {
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new StartupError(
        `PORT: ${config.PORT} is already in use on ${config.HOST}; stop the other program or set PORT to a free port.`,
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new StartupError(`HOST: ${config.HOST} is not an address of this machine.`);
    }
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

export interface RunningApi {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Starts the whole API on a port — for tests and the development stack. */
export async function startApi(options: {
  databaseUrl: string;
  port?: number;
  host?: string;
  logLevel?: Config['LOG_LEVEL'];
}): Promise<RunningApi> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: options.databaseUrl,
    PORT: String(options.port ?? 0),
    HOST: options.host ?? '127.0.0.1',
    LOG_LEVEL: options.logLevel ?? 'silent',
    DB_POOL_SIZE: '4',
  });
  const orm = await connectDatabase(config);
  const app = await buildApp({ config, orm });
  const url = await listen(app, config);
  return { url, app, close: () => app.close() };
}
