import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { inEnteredScope, inScope } from './session.ts';
import { verifyAuditChain } from './audit.ts';
import { AppUser, CommissioningContract, Membership, Service, Tenant } from './entities/index.ts';
import { ormForThisFile } from './testing/orm.ts';

const t = ormForThisFile({ poolSize: 3 });
let provider: Tenant;
let municipality: Tenant;
let person: AppUser;

beforeAll(async () => {
  await inScope(t.orm, { tenantId: null, userId: null }, async (em) => {
    provider = em.create(Tenant, { kind: 'provider', legalName: 'Сдружение А', eik: '121212121' });
    municipality = em.create(Tenant, { kind: 'municipality', legalName: 'Община Б', eik: '000696327' });
    person = em.create(AppUser, { email: 'lead@a.example', displayName: 'Лице', passwordHash: 'x' });
  });
});

describe('MikroORM session context (proving 7.2 row-level-security support before relying on it)', () => {
  it('sets tenant, person and request with set_config(…, true) inside the transaction', async () => {
    const seen = await inScope(
      t.orm,
      { tenantId: provider.id, userId: person.id, requestId: 'req-1' },
      (em) =>
        em.execute<{ tenant: string; user: string; request: string }[]>(
          `select current_setting('app.tenant_id') as tenant, current_setting('app.user_id') as user, current_setting('app.request_id') as request`,
        ),
    );
    expect(seen[0]).toEqual({ tenant: provider.id, user: person.id, request: 'req-1' });
  });

  it('forgets them when the transaction ends: the pooled connection keeps no tenant', async () => {
    await inScope(t.orm, { tenantId: provider.id, userId: person.id }, (em) => em.execute('select 1'));
    const leftover = await t.orm.em
      .fork()
      .execute<{ tenant: string | null }[]>(`select current_setting('app.tenant_id', true) as tenant`);
    expect(leftover[0]?.tenant ?? '').toBe('');
  });

  it('writes under the tenant and reads only its own rows', async () => {
    await inScope(t.orm, { tenantId: provider.id, userId: person.id }, async (em) => {
      em.create(Membership, { tenantId: provider.id, userId: person.id, role: 'quality_lead' });
      em.create(Service, {
        tenantId: provider.id,
        name: 'ЦОП Монтана',
        pluginCode: 'ik',
        variantKey: 'specialised',
      });
    });
    const asMunicipality = await inScope(t.orm, { tenantId: municipality.id, userId: null }, (em) =>
      em.find(Service, {}),
    );
    expect(asMunicipality).toEqual([]);
    const asProvider = await inScope(t.orm, { tenantId: provider.id, userId: person.id }, (em) =>
      em.find(Service, {}),
    );
    expect(asProvider.map((s) => s.name)).toEqual(['ЦОП Монтана']);
  });

  it('refuses a write into another tenant and keeps nothing of the transaction', async () => {
    await expect(
      inScope(t.orm, { tenantId: municipality.id, userId: null }, async (em) => {
        em.create(Service, {
          tenantId: municipality.id,
          name: 'своя',
          pluginCode: 'ik',
          variantKey: 'specialised',
        });
        em.create(Service, {
          tenantId: provider.id,
          name: 'чужда',
          pluginCode: 'ik',
          variantKey: 'specialised',
        });
      }),
    ).rejects.toThrow(/row-level security/);
    const own = await inScope(t.orm, { tenantId: municipality.id, userId: null }, (em) =>
      em.count(Service, {}),
    );
    expect(own).toBe(0);
  });
});

describe('a request’s entry (request_entry: the variables and the access check in one statement)', () => {
  const loginSession = '0193a3c0-0000-7000-8000-00000000e001';
  const revokedSession = '0193a3c0-0000-7000-8000-00000000e002';

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: t.db.adminUrl });
    await admin.connect();
    await admin.query(
      `insert into refresh_token (id, family_id, user_id, token_hash, expires_at, revoked_at)
       values (gen_random_uuid(), $1, $3, 'h-entry-1', now() + interval '1 day', null),
              (gen_random_uuid(), $2, $3, 'h-entry-2', now() + interval '1 day', now())`,
      [loginSession, revokedSession, person.id],
    );
    await admin.end();
  });

  const enter = (tenantId: string | null, session: string) =>
    inEnteredScope(
      t.orm,
      { tenantId, userId: person.id, requestId: 'req-entry' },
      session,
      async (em, entry) => {
        const [seen] = await em.execute<
          { tenant: string; user: string; request: string; services: number }[]
        >(
          `select current_setting('app.tenant_id') as tenant, current_setting('app.user_id') as user,
                current_setting('app.request_id') as request, (select count(*)::int from service) as services`,
        );
        return { entry, seen };
      },
    );

  it('sets tenant, person and request for the rest of the transaction and answers session and role', async () => {
    const { entry, seen } = await enter(provider.id, loginSession);
    expect(entry).toEqual({ alive: true, role: 'quality_lead' });
    // Row-level security sees the tenant the entry set: the provider's one service.
    expect(seen).toEqual({ tenant: provider.id, user: person.id, request: 'req-entry', services: 1 });
  });

  it('says a revoked session is not alive and a non-member has no role', async () => {
    expect((await enter(provider.id, revokedSession)).entry).toEqual({ alive: false, role: 'quality_lead' });
    expect((await enter(municipality.id, loginSession)).entry).toEqual({ alive: true, role: null });
    const { entry, seen } = await enter(null, loginSession);
    expect(entry).toEqual({ alive: true, role: null });
    expect(seen?.tenant).toBe('00000000-0000-0000-0000-000000000000');
  });

  it('leaves nothing on the pooled connection once the transaction ends', async () => {
    await enter(provider.id, loginSession);
    const leftover = await t.orm.em
      .fork()
      .execute<{ tenant: string | null }[]>(`select current_setting('app.tenant_id', true) as tenant`);
    expect(leftover[0]?.tenant ?? '').toBe('');
  });
});

describe('commissioning contracts', () => {
  it('open the provider’s service to the municipality only once the provider accepts, and only until ended', async () => {
    const service = await inScope(t.orm, { tenantId: provider.id, userId: person.id }, (em) =>
      em.findOneOrFail(Service, { name: 'ЦОП Монтана' }),
    );
    const contract = await inScope(t.orm, { tenantId: municipality.id, userId: null }, async (em) =>
      em.create(CommissioningContract, {
        tenantId: municipality.id,
        providerTenantId: provider.id,
        serviceId: service.id,
        basis: 'Договор № 12/2026',
        startsOn: '2026-01-01',
        endsOn: '2099-12-31',
      }),
    );
    const visible = () =>
      inScope(t.orm, { tenantId: municipality.id, userId: null }, (em) => em.count(Service, {}));
    expect(await visible()).toBe(0);

    // The municipality cannot accept on the provider's behalf.
    await expect(
      inScope(t.orm, { tenantId: municipality.id, userId: null }, async (em) => {
        const own = await em.findOneOrFail(CommissioningContract, { id: contract.id });
        own.status = 'active';
      }),
    ).rejects.toThrow(/cannot move a contract/);

    await inScope(t.orm, { tenantId: provider.id, userId: person.id }, async (em) => {
      const offered = await em.findOneOrFail(CommissioningContract, { id: contract.id });
      offered.status = 'active';
      offered.decidedAt = new Date();
    });
    expect(await visible()).toBe(1);

    await inScope(t.orm, { tenantId: municipality.id, userId: null }, async (em) => {
      (await em.findOneOrFail(CommissioningContract, { id: contract.id })).status = 'ended';
    });
    expect(await visible()).toBe(0);
  });
});

describe('the audit trail', () => {
  it('records who changed what, in a hash chain that verifies', async () => {
    const result = await inScope(t.orm, { tenantId: provider.id, userId: person.id }, (em) =>
      verifyAuditChain(em),
    );
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(3);
    const rows = await inScope(t.orm, { tenantId: provider.id, userId: null }, (em) =>
      em.execute<{ entity: string; action: string; actor_user_id: string }[]>(
        `select entity, action, actor_user_id from audit_event order by seq`,
      ),
    );
    expect(rows).toContainEqual({ entity: 'membership', action: 'insert', actor_user_id: person.id });
    expect(rows).toContainEqual({ entity: 'service', action: 'insert', actor_user_id: person.id });
  });

  it('detects an edited event', async () => {
    const admin = new pg.Client({ connectionString: t.db.adminUrl });
    await admin.connect();
    // Only a superuser could do this, and only by switching the append-only trigger off first.
    await admin.query(`alter table audit_event disable trigger audit_event_no_update`);
    await admin.query(
      `update audit_event set after = jsonb_set(after, '{name}', '"подменено"') where tenant_id = $1 and entity = 'service' and action = 'insert'`,
      [provider.id],
    );
    await admin.query(`alter table audit_event enable trigger audit_event_no_update`);
    await admin.end();
    const result = await inScope(t.orm, { tenantId: provider.id, userId: null }, (em) =>
      verifyAuditChain(em),
    );
    expect(result).toMatchObject({ ok: false, brokenAt: { reason: 'hash_mismatch' } });
  });
});
