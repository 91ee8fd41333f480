import { describe, expect, it } from 'vitest';
import { migrationStatus } from './orm.ts';
import { Tenant } from './entities/index.ts';
import { ormForThisFile } from './testing/orm.ts';

const t = ormForThisFile();

describe('a test database cloned from the migrated template', () => {
  it('has every migration applied', async () => {
    const status = await migrationStatus(t.orm);
    expect(status.pending).toEqual([]);
    expect(status.executed).toBeGreaterThan(0);
  });

  it('stores and reads back Cyrillic text through the ORM', async () => {
    const em = t.orm.em.fork();
    const tenant = em.create(Tenant, { kind: 'provider', legalName: 'Сдружение „Пример“', eik: '121212121' });
    await em.flush();
    const found = await t.orm.em.fork().findOneOrFail(Tenant, { id: tenant.id });
    expect(found.legalName).toBe('Сдружение „Пример“');
  });

  it('refuses an ЕИК that is not 9 or 13 digits, at the database', async () => {
    const em = t.orm.em.fork();
    em.create(Tenant, { kind: 'provider', legalName: 'Грешка', eik: '12345' });
    await expect(em.flush()).rejects.toThrow(/tenant_eik_check/);
  });
});
