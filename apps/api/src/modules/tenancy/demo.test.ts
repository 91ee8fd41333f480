import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@mera/db/testing';
import { AppUser, createOrm, inScope, Membership, Tenant, type Orm } from '@mera/db';
import { isValidEik } from './eik.ts';
import { seedDemoIfEmpty } from './demo.ts';
import { verifyPassword } from '../identity/password.ts';

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
