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
