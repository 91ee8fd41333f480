import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './index.ts';

/**
 * Runs `work` on a connection of its own AS the application role, in a tenant's scope (or none), and ends the
 * transaction as told: for proving what the database itself refuses or allows, whatever the application does.
 */
export async function asAppRole<T>(
  url: string,
  scope: { tenantId: string | null; userId: string },
  end: 'commit' | 'rollback',
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    // As the application does (see session.ts): tenant and person are set together, or neither.
    if (scope.tenantId)
      await client.query(
        `select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
        [scope.tenantId, scope.userId],
      );
    const result = await work(client);
    await client.query(end);
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * A fresh test database and a connection to it as its superuser, for arranging what the application cannot
 * (row-level security is off for the superuser).
 */
export async function databaseAsAdmin(): Promise<{ db: TestDatabase; admin: pg.Client }> {
  const db = await createTestDatabase();
  const admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
  return { db, admin };
}

/** Ends the superuser's connection, then drops the database. */
export async function closeDatabaseAsAdmin(db: TestDatabase, admin: pg.Client): Promise<void> {
  await admin.end();
  await db.drop();
}
