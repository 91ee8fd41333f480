import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities/index.ts';
import { migrationsList } from './migrations/index.ts';

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
    driver: PostgreSqlDriver,
    clientUrl: options.url,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
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

export interface MigrationStatus {
  executed: number;
  pending: string[];
}

export async function migrationStatus(orm: Orm): Promise<MigrationStatus> {
  const migrator = orm.migrator;
  const [executed, pending] = await Promise.all([migrator.getExecuted(), migrator.getPending()]);
  return { executed: executed.length, pending: pending.map((m) => m.name) };
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
