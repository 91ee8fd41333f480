import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { inScope } from './session.ts';
import { Service, Tenant } from './entities/index.ts';
import { sqlOf } from './kysely.ts';
import { ormForThisFile } from './testing/orm.ts';

/** Kysely through MikroORM runs on the request's own transaction, so row-level security and the audit trail apply. */
const t = ormForThisFile();
let a: string;
let b: string;

beforeAll(async () => {
  await inScope(t.orm, { tenantId: null, userId: null }, async (em) => {
    const tenantA = em.create(Tenant, { kind: 'provider', legalName: 'А', eik: '121212121' });
    const tenantB = em.create(Tenant, { kind: 'provider', legalName: 'Б', eik: '000696327' });
    await em.flush();
    a = tenantA.id;
    b = tenantB.id;
  });
  for (const [tenantId, name] of [
    [a, 'Услуга на А'],
    [b, 'Услуга на Б'],
  ] as const) {
    await inScope(t.orm, { tenantId, userId: null }, async (em) => {
      em.create(Service, { tenantId, name, pluginCode: 'ik', variantKey: 'specialised' });
      await em.flush();
    });
  }
});

describe('sqlOf(em)', () => {
  it("uses the transaction's session: the tenant's row-level security applies", async () => {
    const seen = await inScope(t.orm, { tenantId: a, userId: null }, async (em) => {
      const rows = await sqlOf(em).selectFrom('service').select(['name', 'tenant_id']).execute();
      const { rows: setting } = await sql<{
        tenant: string;
      }>`select current_setting('app.tenant_id', true) as tenant`.execute(sqlOf(em));
      return { rows, tenant: setting[0]?.tenant };
    });
    expect(seen.rows).toEqual([{ name: 'Услуга на А', tenant_id: a }]);
    // Timestamps come back as PostgreSQL's text (typed so), not as Date objects.
    const stamps = await inScope(t.orm, { tenantId: a, userId: null }, (em) =>
      sqlOf(em).selectFrom('service').select('created_at').executeTakeFirstOrThrow(),
    );
    expect(typeof stamps.created_at).toBe('string');
    expect(seen.tenant).toBe(a);
  });

  it('sees what the unit of work flushed in the same transaction, and rolls back with it', async () => {
    await expect(
      inScope(t.orm, { tenantId: b, userId: null }, async (em) => {
        em.create(Service, { tenantId: b, name: 'Нова', pluginCode: 'ik', variantKey: 'specialised' });
        await em.flush();
        const names = await sqlOf(em).selectFrom('service').select('name').orderBy('name').execute();
        expect(names.map((row) => row.name)).toEqual(['Нова', 'Услуга на Б']);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const after = await inScope(t.orm, { tenantId: b, userId: null }, (em) =>
      sqlOf(em).selectFrom('service').select('name').execute(),
    );
    expect(after).toEqual([{ name: 'Услуга на Б' }]);
  });
});
