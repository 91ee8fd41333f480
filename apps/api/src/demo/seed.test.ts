import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@mera/db/testing';
import { fileURLToPath } from 'node:url';
import {
  AppUser,
  CommissioningContract,
  createOrm,
  inScope,
  Membership,
  Service,
  Tenant,
  type Orm,
} from '@mera/db';
import { isValidEik } from '../modules/tenancy/index.ts';
import { seedDemoIfEmpty } from './seed.ts';
import { discoverPlugins, syncCatalogues } from '../modules/catalogue/index.ts';
import { verifyPassword } from '../modules/identity/index.ts';

let db: TestDatabase;
let orm: Orm;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await createOrm({ url: db.url, poolSize: 2 });
});

afterAll(async () => {
  await orm.close(true);
  await db.drop();
});

it('seeds a provider and a municipality with working logins, once', async () => {
  const credentials = await seedDemoIfEmpty(orm);
  expect(credentials.map((c) => c.tenant)).toEqual(
    expect.arrayContaining(['Сдружение „Демо грижа“', 'Община Демоград']),
  );

  const em = orm.em.fork();
  const tenants = await em.find(Tenant, {});
  expect(tenants.map((t) => t.kind).sort()).toEqual(['municipality', 'provider']);
  for (const tenant of tenants) expect(isValidEik(tenant.eik)).toBe(true);

  const first = credentials[0]!;
  const user = await em.findOneOrFail(AppUser, { email: first.email }, { populate: ['passwordHash'] });
  expect(await verifyPassword(first.password, user.passwordHash)).toBe(true);
  // Each person sees exactly their own membership (row-level security: own_memberships).
  for (const credential of credentials.filter((c) => c.role !== 'operator')) {
    const person = await em.findOneOrFail(AppUser, { email: credential.email });
    const memberships = await inScope(orm, { tenantId: null, userId: person.id }, (tx) =>
      tx.find(Membership, {}),
    );
    expect(memberships.map((m) => m.role)).toEqual([credential.role]);
  }

  expect(await seedDemoIfEmpty(orm)).toEqual([]);
  expect(await orm.em.fork().count(Tenant, {})).toBe(2);
});

it('seeds the NGO’s services for the installed plugins, one of them commissioned by the municipality', async () => {
  const fresh = await createTestDatabase();
  const freshOrm = await createOrm({ url: fresh.url, poolSize: 2 });
  try {
    const pluginsDir = fileURLToPath(new URL('../modules/catalogue/fixtures/plugins', import.meta.url));
    await seedDemoIfEmpty(freshOrm, { pluginsDir });
    const tenants = await freshOrm.em.fork().find(Tenant, {});
    const provider = tenants.find((t) => t.kind === 'provider');
    const municipality = tenants.find((t) => t.kind === 'municipality');
    // The fixture folder has no plugin the demo names: no service is seeded rather than a broken one.
    const none = await inScope(freshOrm, { tenantId: provider?.id ?? null, userId: null }, (tx) =>
      tx.find(Service, {}),
    );
    expect(none).toEqual([]);

    const workspace = await createTestDatabase();
    const workspaceOrm = await createOrm({ url: workspace.url, poolSize: 2 });
    try {
      const workspacePlugins = fileURLToPath(new URL('../../../../plugins', import.meta.url));
      // As `npm start` does: the catalogue first, then the demo (whose inspection needs the annex).
      await workspaceOrm.em
        .fork()
        .transactional(async (em) => syncCatalogues(em, await discoverPlugins(workspacePlugins)));
      await seedDemoIfEmpty(workspaceOrm, { pluginsDir: workspacePlugins });
      const all = await workspaceOrm.em.fork().find(Tenant, {});
      const ngo = all.find((t) => t.kind === 'provider');
      const town = all.find((t) => t.kind === 'municipality');
      const own = await inScope(workspaceOrm, { tenantId: ngo?.id ?? null, userId: null }, (tx) =>
        tx.find(Service, {}, { orderBy: { name: 'asc' } }),
      );
      expect(own).toHaveLength(6);
      // Row-level security shows the municipality exactly the commissioned one.
      const commissioned = await inScope(workspaceOrm, { tenantId: town?.id ?? null, userId: null }, (tx) =>
        tx.find(Service, {}),
      );
      expect(commissioned.map((s) => s.name)).toEqual(['Информиране и консултиране – Монтана']);
      const contracts = await inScope(workspaceOrm, { tenantId: town?.id ?? null, userId: null }, (tx) =>
        tx.find(CommissioningContract, {}),
      );
      expect(contracts.map((c) => c.status)).toEqual(['active']);
      // Registers that are not empty: the disaster plan, a position with two people, last month's team meeting.
      const records = await inScope(workspaceOrm, { tenantId: ngo?.id ?? null, userId: null }, (tx) =>
        tx.execute<{ documents: string; staff: string; meetings: string }[]>(
          `select (select count(*) from quality_document) as documents, (select count(*) from staff_member) as staff,
                  (select count(*) from meeting) as meetings`,
        ),
      );
      expect(records[0]).toEqual({ documents: '1', staff: '2', meetings: '1' });
      // The municipality's inspector has an inspection of the commissioned service ordered for next week.
      const inspections = await inScope(workspaceOrm, { tenantId: town?.id ?? null, userId: null }, (tx) =>
        tx.execute<{ status: string; order_number: string }[]>(`select status, order_number from inspection`),
      );
      expect(inspections).toEqual([{ status: 'ordered', order_number: 'РД-09-1' }]);
    } finally {
      await workspaceOrm.close(true);
      await workspace.drop();
    }
    expect(municipality).toBeDefined();
  } finally {
    await freshOrm.close(true);
    await fresh.drop();
  }
}, 90_000); // syncs the real plugins' catalogue: slow on a loaded machine
