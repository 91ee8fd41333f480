import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createOrm } from './orm.ts';
import { APP_ROLE, ensureDatabase, OWNER_ROLE, withClient, withCredentials } from './roles.ts';
import type { TestDatabase } from './testing/index.ts';
import { asAppRole, closeDatabaseAsAdmin, databaseAsAdmin } from './testing/as-app.ts';
import { insertPerson, insertTenants } from './testing/arrange.ts';

/**
 * Issue 12.2: the audit trail has one writer — the trigger, a SECURITY DEFINER function of the owner — and a keyed
 * chain, so the application's own role can neither append a forged event nor move the chain head, and a row that
 * did not come from the trigger fails verification. Every attack runs AS `mera_app`, as an injection would.
 */
let db: TestDatabase;
let admin: pg.Client;
const A = uuidv7();
const B = uuidv7();
const personOfB = uuidv7();

const asApp = <T>(url: string, tenant: string, work: (client: pg.Client) => Promise<T>) =>
  asAppRole(url, { tenantId: tenant, userId: uuidv7() }, 'commit', work);

const addService = (url: string, tenant: string, name = 'ЦОП') =>
  asApp(url, tenant, (c) =>
    c.query(
      `insert into service (tenant_id, id, name, plugin_code, variant_key) values ($1, $2, $3, 'ik', 'specialised')`,
      [tenant, uuidv7(), name],
    ),
  );

const verify = (url: string, tenant: string) =>
  asApp(url, tenant, async (c) => (await c.query(`select * from audit_verify()`)).rows[0]);

beforeAll(async () => {
  ({ db, admin } = await databaseAsAdmin());
  await insertTenants(admin, [
    [A, 'provider', 'A', '121212121'],
    [B, 'provider', 'B', '000696327'],
  ]);
  await insertPerson(admin, { id: personOfB, email: 'b@example.org', displayName: 'B' });
  await addService(db.url, A);
  await addService(db.url, A, 'Второ');
});

afterAll(() => closeDatabaseAsAdmin(db, admin));

describe('the application role and the audit trail', () => {
  it('cannot append an event, even a chain-valid one naming another tenant’s person', async () => {
    await expect(
      asApp(db.url, A, (c) =>
        c.query(
          `insert into audit_event (tenant_id, seq, actor_user_id, entity, entity_id, action, after, prev_hash, hash)
           select $1, max(seq) + 1, $2, 'service', 'x', 'insert', '{}', max(hash), 'x' from audit_event`,
          [A, personOfB],
        ),
      ),
    ).rejects.toThrow(/permission denied for table audit_event/);
  });

  it('cannot move the chain head (lowering last_seq used to break every later write)', async () => {
    await expect(
      asApp(db.url, A, (c) => c.query(`update audit_chain set last_seq = last_seq - 1`)),
    ).rejects.toThrow(/permission denied for table audit_chain/);
    await expect(
      asApp(db.url, A, (c) => c.query(`insert into audit_chain (tenant_id) values ($1)`, [A])),
    ).rejects.toThrow(/permission denied for table audit_chain/);
    // …and the tenant's writes go on.
    await addService(db.url, A, 'Трето');
    expect(await verify(db.url, A)).toMatchObject({ reason: null });
  });

  it('cannot read the key, call the signer, or attach the writer to a table of its own', async () => {
    await expect(asApp(db.url, A, (c) => c.query(`select * from audit_key`))).rejects.toThrow(
      /permission denied for table audit_key/,
    );
    await expect(asApp(db.url, A, (c) => c.query(`select audit_mac('x')`))).rejects.toThrow(
      /permission denied for function audit_mac/,
    );
    await expect(
      asApp(db.url, A, async (c) => {
        await c.query(`create temporary table fake (id uuid, tenant_id uuid)`);
        await c.query(
          `create trigger fake_audit after insert on fake for each row execute function audit_row()`,
        );
      }),
    ).rejects.toThrow(/permission denied for function audit_row/);
    await expect(asApp(db.url, A, (c) => c.query(`create table fake (id uuid)`))).rejects.toThrow(
      /permission denied for schema public/,
    );
  });

  it('cannot divert the events into a temporary table of the same name', async () => {
    const before = await admin.query(`select count(*)::int as n from audit_event where tenant_id = $1`, [A]);
    await asApp(db.url, A, async (c) => {
      await c.query(`create temporary table audit_event (like public.audit_event)`);
      await c.query(
        `create temporary table audit_chain (tenant_id uuid primary key, last_seq bigint, last_hash text, keyed_from bigint)`,
      );
      await c.query(
        `insert into service (tenant_id, id, name, plugin_code, variant_key) values ($1, $2, 'Скрито', 'ik', 'specialised')`,
        [A, uuidv7()],
      );
    });
    const after = await admin.query(`select count(*)::int as n from audit_event where tenant_id = $1`, [A]);
    expect(after.rows[0].n).toBe(before.rows[0].n + 1);
  });

  it('verifies, and a row the trigger did not write fails verification though its SHA-256 is right', async () => {
    expect(await verify(db.url, A)).toMatchObject({ reason: null, broken_seq: null });
    const forgedTenant = uuidv7();
    await admin.query(
      `insert into tenant (id, kind, legal_name, eik) values ($1, 'provider', 'C', '831641791')`,
      [forgedTenant],
    );
    await addService(db.url, forgedTenant);
    // A superuser (who has the privilege but, like anyone reading the documentation, not the key) appends an
    // event whose hash is the plain SHA-256 of its payload — what passed verification before.
    await admin.query(
      `with head as (select * from audit_chain where tenant_id = $1),
            e as (select $1::uuid as tenant_id, head.last_seq + 1 as seq, clock_timestamp() as occurred_at,
                         $2::uuid as actor_user_id, null::text as request_id, 'service'::text as entity,
                         'x'::text as entity_id, 'delete'::text as action, '{}'::jsonb as before, null::jsonb as after,
                         head.last_hash as prev_hash, ''::text as hash from head)
       insert into audit_event select e.tenant_id, e.seq, e.occurred_at, e.actor_user_id, e.request_id, e.entity,
         e.entity_id, e.action, e.before, e.after, e.prev_hash,
         encode(sha256(convert_to(audit_payload(row(e.*)::audit_event), 'UTF8')), 'hex') from e`,
      [forgedTenant, personOfB],
    );
    await admin.query(
      `update audit_chain c set last_seq = e.seq, last_hash = e.hash from audit_event e
       where c.tenant_id = $1 and e.tenant_id = $1 and e.seq = c.last_seq + 1`,
      [forgedTenant],
    );
    expect(await verify(db.url, forgedTenant)).toMatchObject({ broken_seq: '2', reason: 'hash_mismatch' });
  });

  it('notices events cut off the end of the chain', async () => {
    const tenant = uuidv7();
    await admin.query(
      `insert into tenant (id, kind, legal_name, eik) values ($1, 'provider', 'D', '175074752')`,
      [tenant],
    );
    await addService(db.url, tenant);
    await addService(db.url, tenant, 'Второ');
    await admin.query(`alter table audit_event disable trigger audit_event_no_update`);
    await admin.query(`delete from audit_event where tenant_id = $1 and seq = 2`, [tenant]);
    await admin.query(`alter table audit_event enable trigger audit_event_no_update`);
    expect(await verify(db.url, tenant)).toMatchObject({ broken_seq: '2', reason: 'head_mismatch' });
  });

  it('records evidence uploads and deletions, without the file’s bytes', async () => {
    const file = uuidv7();
    const bytes = randomBytes(32);
    await asApp(db.url, A, async (c) => {
      await c.query(
        `insert into stored_file (tenant_id, id, name, media_type, size_bytes, sha256, storage, content)
         values ($1, $2, 'план.pdf', 'application/pdf', 32, $3, 'database', $4)`,
        [A, file, createHash('sha256').update(bytes).digest('hex'), bytes],
      );
      await c.query(`delete from stored_file where id = $1`, [file]);
    });
    const events = await asApp(db.url, A, (c) =>
      c.query<{
        action: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
      }>(
        `select action, before, after from audit_event where entity = 'stored_file' and entity_id = $1 order by seq`,
        [file],
      ),
    );
    expect(events.rows.map((e) => e.action)).toEqual(['insert', 'delete']);
    expect(events.rows[0]?.after).toMatchObject({ name: 'план.pdf', size_bytes: 32 });
    expect(events.rows[0]?.after).not.toHaveProperty('content');
    expect(events.rows[1]?.before).not.toHaveProperty('content');
    expect(JSON.stringify(events.rows)).not.toContain(bytes.toString('hex'));
    expect(await verify(db.url, A)).toMatchObject({ reason: null });
  });
});

describe('the migration to the keyed chain', () => {
  it('keeps the events written before it verifiable and chains the keyed ones after them', async () => {
    const serverUrl = inject('meraTestAdminUrl');
    const name = `mera_test_${randomBytes(6).toString('hex')}`;
    const adminUrl = (database: string) =>
      Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
    await ensureDatabase(serverUrl, name);
    const orm = await createOrm({
      url: withCredentials(serverUrl, OWNER_ROLE, name),
      poolSize: 1,
      logger: () => {},
    });
    const appUrl = withCredentials(serverUrl, APP_ROLE, name);
    try {
      await orm.migrator.up({ to: 'Migration20261123001400ContractInvitations' });
      await withClient(adminUrl(name), (c) =>
        c.query(`insert into tenant (id, kind, legal_name, eik) values ($1, 'provider', 'A', '121212121')`, [
          A,
        ]),
      );
      await addService(appUrl, A, 'Преди');
      await addService(appUrl, A, 'Пак преди');
      await orm.migrator.up();
      await addService(appUrl, A, 'След');
      expect(await verify(appUrl, A)).toEqual({ checked: '3', broken_seq: null, reason: null });
      const keyedFrom = await withClient(adminUrl(name), (c) =>
        c.query(`select keyed_from from audit_chain where tenant_id = $1`, [A]),
      );
      expect(keyedFrom.rows[0].keyed_from).toBe('3');
    } finally {
      await orm.close(true);
      await withClient(serverUrl, (c) => c.query(`drop database if exists "${name}" with (force)`));
    }
  });
});
