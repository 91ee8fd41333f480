import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { BoundParametersDriver } from './bound-parameters.ts';
import { entities } from './entities/index.ts';
import { migrationsList } from './migrations/index.ts';

const MIGRATIONS_TABLE = 'mikro_orm_migrations';

export interface OrmOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** Connections in the pool. */
  poolSize?: number;
  /** Receives the ORM's own log lines (queries only when `debug` is on). */
  logger?: (message: string) => void;
  debug?: boolean;
}

export function ormConfig(options: OrmOptions): Options {
  return {
    // MikroORM's PostgreSQL driver, sending query parameters as parameters (bound-parameters.ts, issue 12.8)
    driver: BoundParametersDriver,
    clientUrl: options.url,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: MIGRATIONS_TABLE,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    pool: { min: 0, max: options.poolSize ?? 10 },
    // Schema changes only through migrations; never let the ORM create or alter tables on its own.
    ensureDatabase: false,
    debug: options.debug ?? false,
    ...(options.logger ? { logger: options.logger } : {}),
  };
}

export type Orm = MikroORM;

export async function createOrm(options: OrmOptions): Promise<Orm> {
  return MikroORM.init(ormConfig(options));
}

/** Runs `select 1`: proves the database answers (the ORM's pool connects lazily, on first use). */
export async function pingDatabase(orm: Orm): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await orm.em.getConnection().execute('select 1');
    return { ok: true };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: code && !message.includes(code) ? `${code}: ${message}` : message };
  }
}

export interface MigrationStatus {
  executed: number;
  pending: string[];
}

/**
 * Which migrations the database has and lacks. Read-only (unlike the migrator's own listing, which creates its
 * bookkeeping table), so a readiness probe can call it with any role.
 */
export async function migrationStatus(orm: Orm): Promise<MigrationStatus> {
  const connection = orm.em.getConnection();
  const [table] = await connection.execute<{ name: string | null }[]>(`select to_regclass(?) as name`, [
    MIGRATIONS_TABLE,
  ]);
  const rows = table?.name
    ? await connection.execute<{ name: string }[]>(`select name from ${MIGRATIONS_TABLE}`)
    : [];
  const applied = new Set(rows.map((row) => row.name));
  const known = migrationsList.map((migration) => migration.name);
  return { executed: applied.size, pending: known.filter((name) => !applied.has(name)) };
}

/** Applies every pending migration in one transaction; returns the names applied. */
export async function migrate(url: string, logger: (message: string) => void = () => {}): Promise<string[]> {
  const orm = await createOrm({ url, poolSize: 1, logger });
  try {
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}
