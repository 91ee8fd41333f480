import type pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from './testing/index.ts';
import { APP_ROLE, OWNER_ROLE } from './roles.ts';
import { NO_USER } from './session.ts';
import { asAppRole, closeDatabaseAsAdmin, databaseAsAdmin } from './testing/as-app.ts';
import { insertPerson, insertTenants } from './testing/arrange.ts';

/**
 * The isolation model, checked against PostgreSQL's own catalog and by attacking it as the application role.
 * Tables are discovered, not listed: a new tenant-owned table is covered the day it is created.
 */
let db: TestDatabase;
let admin: pg.Client;
const A = uuidv7();
const B = uuidv7();
const serviceOfA = uuidv7();

const asApp = <T>(tenant: string | null, work: (client: pg.Client) => Promise<T>) =>
  asAppRole(db.url, { tenantId: tenant, userId: NO_USER }, 'rollback', work);

async function tenantTables(): Promise<string[]> {
  const result = await admin.query<{ table_name: string }>(
    `select c.table_name from information_schema.columns c
     join information_schema.tables t using (table_schema, table_name)
     where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
     order by 1`,
  );
  return result.rows.map((row) => row.table_name);
}

beforeAll(async () => {
  ({ db, admin } = await databaseAsAdmin());
  // Arrange as the superuser (which bypasses row-level security): two tenants with one row in every table.
  await admin.query(`select set_config('app.tenant_id', $1, false)`, [A]);
  const user = uuidv7();
  await insertTenants(admin, [
    [A, 'provider', 'A', '121212121'],
    [B, 'municipality', 'B', '000696327'],
  ]);
  await insertPerson(
    admin,
    { id: user, email: 'a@example.org', displayName: 'A' },
    { tenantId: A, role: 'admin', id: uuidv7() },
  );
  await admin.query(
    `insert into invitation (tenant_id, id, email, role, token_hash, invited_by, expires_at)
     values ($1, $2, 'b@example.org', 'staff', 'h', $3, now() + interval '1 day')`,
    [A, uuidv7(), user],
  );
  await admin.query(
    `insert into service (tenant_id, id, name, plugin_code, variant_key) values ($1, $2, 'ЦОП', 'ik', 'specialised')`,
    [A, serviceOfA],
  );
  await admin.query(`select set_config('app.tenant_id', $1, false)`, [B]);
  await admin.query(
    `insert into commissioning_contract (tenant_id, id, provider_tenant_id, service_id, basis, starts_on, ends_on)
     values ($1, $2, $3, $4, 'Договор 1', current_date, current_date + 30)`,
    [B, uuidv7(), A, serviceOfA],
  );
});

afterAll(() => closeDatabaseAsAdmin(db, admin));

describe('the schema', () => {
  it('has row-level security enabled and forced on every table with tenant_id', async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThanOrEqual(6);
    const result = await admin.query<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
    }>(
      `select relname, relrowsecurity, relforcerowsecurity from pg_class where relname = any($1) and relkind = 'r'`,
      [tables],
    );
    for (const row of result.rows)
      expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
  });

  it('puts tenant_id in every primary key and unique constraint of a tenant table', async () => {
    const result = await admin.query<{ table: string; name: string; columns: string[] }>(
      `select cl.relname as table, co.conname as name,
              array(select a.attname from unnest(co.conkey) k join pg_attribute a on a.attrelid = co.conrelid and a.attnum = k)::text[] as columns
       from pg_constraint co join pg_class cl on cl.oid = co.conrelid
       where co.contype in ('p', 'u') and cl.relname = any($1)`,
      [await tenantTables()],
    );
    expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) expect(row.columns, `${row.table}.${row.name}`).toContain('tenant_id');
  });

  it('makes every foreign key into a tenant table go through that table’s tenant_id', async () => {
    const tables = await tenantTables();
    const result = await admin.query<{ name: string; target: string; columns: string[] }>(
      `select co.conname as name, target.relname as target,
              array(select a.attname from unnest(co.confkey) k join pg_attribute a on a.attrelid = co.confrelid and a.attnum = k)::text[] as columns
       from pg_constraint co join pg_class target on target.oid = co.confrelid
       where co.contype = 'f' and target.relname = any($1)`,
      [tables],
    );
    expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) expect(row.columns, `${row.name} → ${row.target}`).toContain('tenant_id');
  });

  it('crosses tenants in a foreign key only where docs/security.md (Keys) says so', async () => {
    // A key whose own columns leave out the row's tenant_id points at another tenant's row.
    const result = await admin.query<{ key: string }>(
      `select cl.relname || ' (' || array_to_string(array(select a.attname from unnest(co.conkey) k
                join pg_attribute a on a.attrelid = co.conrelid and a.attnum = k), ', ') || ') → ' || target.relname as key
       from pg_constraint co join pg_class cl on cl.oid = co.conrelid join pg_class target on target.oid = co.confrelid
       where co.contype = 'f' and target.relname = any($1)
         and not exists (select 1 from unnest(co.conkey) k join pg_attribute a on a.attrelid = co.conrelid and a.attnum = k
                         where a.attname = 'tenant_id')
       order by 1`,
      [await tenantTables()],
    );
    expect(result.rows.map((row) => row.key)).toEqual([
      'commissioning_contract (provider_tenant_id, service_id) → service',
      'quality_programme (municipality_tenant_id, contract_id) → commissioning_contract',
    ]);
  });

  it('uses views only with security_invoker and SECURITY DEFINER only for the audit trail’s writer', async () => {
    const views = await admin.query<{ relname: string; options: string[] | null }>(
      `select relname, reloptions as options from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where relkind = 'v' and nspname = 'public'`,
    );
    for (const view of views.rows)
      expect(view.options ?? [], view.relname).toContain('security_invoker=true');
    // The trail's writer, signer and verifier run as the owner so that the application cannot write the trail
    // itself (issue 12.2); an abandoned sign-up's address and organisation are released by the owner, each function
    // checking its one case (issue 12.10), because the application may not change an e-mail or a tenant's name.
    // Each pins its search_path with pg_temp last. Nothing else may run as another role.
    const definers = await admin.query<{ proname: string; owner: string; config: string[] | null }>(
      `select proname, pg_get_userbyid(proowner) as owner, proconfig as config
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace where nspname = 'public' and prosecdef
       order by proname`,
    );
    expect(definers.rows.map((row) => row.proname)).toEqual([
      'audit_mac',
      'audit_row',
      'audit_verify',
      'reclaim_abandoned_tenant',
      'release_abandoned_address',
    ]);
    for (const row of definers.rows) {
      expect(row.owner, row.proname).toBe(OWNER_ROLE);
      expect(row.config, row.proname).toEqual(['search_path=pg_catalog, public, pg_temp']);
    }
  });

  it('audits every tenant table (the trail’s own tables aside)', async () => {
    const unaudited = await admin.query<{ relname: string }>(
      `select c.relname from pg_class c
       where c.relname = any($1) and c.relname not in ('audit_event', 'audit_chain')
         and not exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                         where t.tgrelid = c.oid and p.proname = 'audit_row')
       order by 1`,
      [await tenantTables()],
    );
    expect(unaudited.rows.map((row) => row.relname)).toEqual([]);
  });
});

describe('the application role', () => {
  it('is no superuser, cannot bypass row-level security and owns no table', async () => {
    const role = await admin.query(
      `select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = $1`,
      [APP_ROLE],
    );
    expect(role.rows[0]).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
    });
    const owned = await admin.query(
      `select relname from pg_class where relowner = (select oid from pg_roles where rolname = $1)`,
      [APP_ROLE],
    );
    expect(owned.rows).toEqual([]);
  });

  it('sees none of tenant A’s rows with no tenant set: every query fails instead', async () => {
    for (const table of await tenantTables()) {
      await expect(
        asApp(null, (c) => c.query(`select * from ${table}`)),
        table,
      ).rejects.toThrow(
        /unrecognized configuration parameter|invalid input syntax for type uuid|permission denied for table audit_chain/,
      );
    }
  });

  it('sees none of tenant A’s rows as tenant B, except through B’s contract', async () => {
    for (const table of await tenantTables()) {
      // audit_chain: the application may not even read it (only the trail's writer uses it)
      if (table === 'audit_chain') continue;
      const rows = await asApp(B, (c) => c.query(`select tenant_id from ${table} where tenant_id = $1`, [A]));
      // The proposed contract is not accepted yet, so even the contracted service stays hidden.
      expect(rows.rowCount, table).toBe(0);
    }
  });

  it('keeps a stored document to its organisation: B neither reads, overwrites nor plants A’s copy', async () => {
    // A's rendered report (decision 102), stored by the superuser as A's request would have.
    const subject = uuidv7();
    const key = 'a'.repeat(64);
    await admin.query(`select set_config('app.tenant_id', $1, false)`, [A]);
    await admin.query(
      `insert into rendered_document (tenant_id, subject_id, format, content_key, content)
       values ($1, $2, 'pdf', $3, '\\x25504446'::bytea)`,
      [A, subject, key],
    );
    const read = await asApp(B, (c) =>
      c.query(`select content from rendered_document where subject_id = $1`, [subject]),
    );
    expect(read.rowCount).toBe(0);
    const overwritten = await asApp(B, (c) =>
      c.query(`update rendered_document set content = '\\x00'::bytea where subject_id = $1`, [subject]),
    );
    expect(overwritten.rowCount).toBe(0);
    await expect(
      asApp(B, (c) =>
        c.query(
          `insert into rendered_document (tenant_id, subject_id, format, content_key, content)
           values ($1, $2, 'docx', $3, '\\x00'::bytea)`,
          [A, subject, key],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const own = await asApp(A, (c) =>
      c.query<{ content: Buffer }>(`select content from rendered_document where subject_id = $1`, [subject]),
    );
    expect(own.rows.map((row) => row.content.toString())).toEqual(['%PDF']);
  });

  it('cannot write a row of B that points at A’s row', async () => {
    await expect(
      asApp(B, (c) =>
        c.query(
          `insert into commissioning_contract (tenant_id, id, provider_tenant_id, service_id, basis, starts_on, ends_on)
           values ($1, $2, $1, $3, 'x', current_date, current_date)`,
          [B, uuidv7(), serviceOfA],
        ),
      ),
    ).rejects.toThrow(/violates (foreign key|check) constraint/);
    await expect(
      asApp(B, (c) =>
        c.query(
          `insert into service (tenant_id, id, name, plugin_code, variant_key) values ($1, $2, 'x', 'ik', 'specialised')`,
          [A, uuidv7()],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('cannot update, delete or truncate the audit trail', async () => {
    const events = await asApp(A, (c) => c.query(`select count(*)::int as n from audit_event`));
    expect(events.rows[0].n).toBeGreaterThan(0);
    await expect(asApp(A, (c) => c.query(`update audit_event set entity = 'x'`))).rejects.toThrow(
      /permission denied/,
    );
    await expect(asApp(A, (c) => c.query(`delete from audit_event`))).rejects.toThrow(/permission denied/);
    await expect(asApp(A, (c) => c.query(`truncate audit_event`))).rejects.toThrow(/permission denied/);
    // Even a role with the privilege is stopped by the trigger.
    await expect(admin.query(`update audit_event set entity = 'x'`)).rejects.toThrow(/append-only/);
  });
});
