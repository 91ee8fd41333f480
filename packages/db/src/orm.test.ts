import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from './testing/index.ts';
import { migrationStatus, type Orm } from './orm.ts';
import { Tenant } from './entities/index.ts';
import { closeTestOrm, openTestOrm } from './testing/orm.ts';

let db: TestDatabase;
let orm: Orm;

beforeAll(async () => {
  ({ db, orm } = await openTestOrm());
});

afterAll(() => closeTestOrm(db, orm));

describe('a test database cloned from the migrated template', () => {
  it('has every migration applied', async () => {
    const status = await migrationStatus(orm);
    expect(status.pending).toEqual([]);
    expect(status.executed).toBeGreaterThan(0);
  });

  it('stores and reads back Cyrillic text through the ORM', async () => {
    const em = orm.em.fork();
    const tenant = em.create(Tenant, { kind: 'provider', legalName: 'Сдружение „Пример“', eik: '121212121' });
    await em.flush();
    const found = await orm.em.fork().findOneOrFail(Tenant, { id: tenant.id });
    expect(found.legalName).toBe('Сдружение „Пример“');
  });

  it('refuses an ЕИК that is not 9 or 13 digits, at the database', async () => {
    const em = orm.em.fork();
    em.create(Tenant, { kind: 'provider', legalName: 'Грешка', eik: '12345' });
    await expect(em.flush()).rejects.toThrow(/tenant_eik_check/);
  });
});
