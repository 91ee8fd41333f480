import type pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPDATABLE } from './migrations/Migration20261207300100ColumnGrants.ts';
import { CHECKLIST_UPDATABLE } from './migrations/Migration20261208100000ChecklistFreeze.ts';
import { ANSWER_VALUE_UPDATABLE } from './migrations/Migration20261208100100AnswerValue.ts';
import { NOTICE_UPDATABLE } from './migrations/Migration20261208400000Notices.ts';
import { SCORE_UPDATABLE } from './migrations/Migration20261208500000AssessmentScore.ts';
import { RENDERED_DOCUMENT_UPDATABLE } from './migrations/Migration20261209500000RenderedDocument.ts';
import { APP_ROLE } from './roles.ts';
import type { TestDatabase } from './testing/index.ts';
import { asAppRole, closeDatabaseAsAdmin, databaseAsAdmin } from './testing/as-app.ts';
import { insertPerson, insertTenants } from './testing/arrange.ts';

/**
 * Issue 12.9: the application role may UPDATE only the columns the application updates, so an injection cannot
 * promote a provider to a municipality, a person to an operator, or move a row to another tenant. Run AS mera_app.
 */
/** The column grants of every migration that made some, table by table. */
function merged(...lists: Record<string, string[]>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const list of lists)
    for (const [table, columns] of Object.entries(list)) (out[table] ??= []).push(...columns);
  return out;
}

let db: TestDatabase;
let admin: pg.Client;
const A = uuidv7();
const person = uuidv7();
const service = uuidv7();

const asApp = (sql: string, values: unknown[] = []) =>
  asAppRole(db.url, { tenantId: A, userId: person }, 'rollback', (client) => client.query(sql, values));

beforeAll(async () => {
  ({ db, admin } = await databaseAsAdmin());
  await admin.query(`select set_config('app.tenant_id', $1, false)`, [A]);
  await insertTenants(admin, [[A, 'provider', 'A', '121212121']]);
  await insertPerson(
    admin,
    { id: person, email: 'a@example.org', displayName: 'A' },
    { tenantId: A, role: 'staff', id: uuidv7() },
  );
  await admin.query(
    `insert into service (tenant_id, id, name, plugin_code, variant_key) values ($1, $2, 'ЦОП', 'ik', 'specialised')`,
    [A, service],
  );
});

afterAll(() => closeDatabaseAsAdmin(db, admin));

describe('the application role', () => {
  it('cannot turn its tenant into a municipality, or a person into an operator', async () => {
    await expect(asApp(`update tenant set kind = 'municipality' where id = $1`, [A])).rejects.toThrow(
      /permission denied for table tenant/,
    );
    await expect(asApp(`update app_user set is_operator = true where id = $1`, [person])).rejects.toThrow(
      /permission denied for table app_user/,
    );
    await expect(
      asApp(`update app_user set email = 'x@example.org' where id = $1`, [person]),
    ).rejects.toThrow(/permission denied/);
  });

  it('cannot move a row to another tenant or change who it belongs to', async () => {
    await expect(
      asApp(`update service set tenant_id = $1 where id = $2`, [uuidv7(), service]),
    ).rejects.toThrow(/permission denied for table service/);
    await expect(asApp(`update membership set user_id = $1`, [uuidv7()])).rejects.toThrow(
      /permission denied for table membership/,
    );
    await expect(asApp(`update membership set role = 'admin'`)).resolves.toMatchObject({ rowCount: 1 });
  });

  it('still makes the updates the application makes', async () => {
    const renamed = await asApp(
      `update service set name = 'ЦОП „Ново“', version = version + 1 where id = $1`,
      [service],
    );
    expect(renamed.rowCount).toBe(1);
    const login = await asApp(`update app_user set failed_logins = failed_logins + 1 where id = $1`, [
      person,
    ]);
    expect(login.rowCount).toBe(1);
  });

  it('has UPDATE on exactly the listed columns and on no whole table', async () => {
    const tables = await admin.query<{ table_name: string }>(
      `select table_name from information_schema.role_table_grants
       where grantee = $1 and table_schema = 'public' and privilege_type = 'UPDATE'`,
      [APP_ROLE],
    );
    expect(tables.rows).toEqual([]);
    const columns = await admin.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.column_privileges
       where grantee = $1 and table_schema = 'public' and privilege_type = 'UPDATE' order by 1, 2`,
      [APP_ROLE],
    );
    const granted: Record<string, string[]> = {};
    for (const row of columns.rows) (granted[row.table_name] ??= []).push(row.column_name);
    const expected = Object.fromEntries(
      Object.entries(
        merged(
          UPDATABLE,
          CHECKLIST_UPDATABLE,
          ANSWER_VALUE_UPDATABLE,
          NOTICE_UPDATABLE,
          SCORE_UPDATABLE,
          RENDERED_DOCUMENT_UPDATABLE,
        ),
      ).map(([table, list]) => [table, [...list].sort()]),
    );
    expect(granted).toEqual(expected);
  });
});
