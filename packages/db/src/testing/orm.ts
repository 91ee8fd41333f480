import { afterAll, beforeAll } from 'vitest';
import { createOrm, type Orm } from '../orm.ts';
import { createTestDatabase, type TestDatabase } from './index.ts';

/**
 * A fresh migrated database with an ORM on it, for one test file of this package: as the application role, or as the
 * owner where the application role's grants would hide what a test compares (the schema diff).
 */
export async function openTestOrm(
  options: { as?: 'app' | 'owner'; poolSize?: number } = {},
): Promise<{ db: TestDatabase; orm: Orm }> {
  const db = await createTestDatabase();
  const orm = await createOrm({
    url: options.as === 'owner' ? db.ownerUrl : db.url,
    poolSize: options.poolSize ?? 2,
  });
  return { db, orm };
}

/** Closes the ORM's connections, then drops its database. */
export async function closeTestOrm(db: TestDatabase, orm: Orm): Promise<void> {
  await orm.close(true);
  await db.drop();
}

/**
 * `openTestOrm` before this file's tests and `closeTestOrm` after them; the ORM and its database are read through
 * the answer (`t.orm`, `t.db`) once the tests run.
 */
export function ormForThisFile(options: Parameters<typeof openTestOrm>[0] = {}): {
  db: TestDatabase;
  orm: Orm;
} {
  let opened: { db: TestDatabase; orm: Orm } | undefined;
  beforeAll(async () => {
    opened = await openTestOrm(options);
  });
  afterAll(async () => {
    if (opened) await closeTestOrm(opened.db, opened.orm);
  });
  const current = () => {
    if (!opened) throw new Error('the test database is opened in beforeAll');
    return opened;
  };
  return {
    get db() {
      return current().db;
    },
    get orm() {
      return current().orm;
    },
  };
}
