import type pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestDatabase } from './testing/index.ts';
import { NO_USER } from './session.ts';
import { asAppRole, closeDatabaseAsAdmin, databaseAsAdmin } from './testing/as-app.ts';
import { insertTenants } from './testing/arrange.ts';

/**
 * The quality programme's guard, attacked as the application role: once a programme is submitted to the mayor for
 * agreement (art. 16(2)), the database itself refuses to change what it says — whatever the API does or forgets.
 */
let db: TestDatabase;
let admin: pg.Client;
const provider = uuidv7();
const municipality = uuidv7();
const service = uuidv7();
const contract = uuidv7();
let programme = '';
let measure = '';

/** Runs `sql` as `mera_app` in tenant `tenant`'s scope, committed. */
const asApp = (tenant: string, sql: string, values: unknown[] = []) =>
  asAppRole(db.url, { tenantId: tenant, userId: NO_USER }, 'commit', (client) => client.query(sql, values));

/** As the superuser acting for a tenant (row-level security off, triggers on): the municipality's future side. */
async function asTenant(tenant: string, sql: string, values: unknown[] = []) {
  await admin.query(`select set_config('app.tenant_id', $1, false)`, [tenant]);
  return admin.query(sql, values);
}

const status = async () =>
  (await admin.query(`select status from quality_programme where id = $1`, [programme])).rows[0]?.status;

const submit = () =>
  asApp(
    provider,
    `update quality_programme set status = 'submitted', submitted_at = now(), municipality_tenant_id = $2,
       contract_id = $3, decided_at = null, decided_by = null, decision_note = null, version = version + 1
     where id = $1`,
    [programme, municipality, contract],
  );

beforeAll(async () => {
  ({ db, admin } = await databaseAsAdmin());
  await insertTenants(admin, [
    [provider, 'provider', 'П', '121212121'],
    [municipality, 'municipality', 'О', '000696327'],
  ]);
  await asTenant(
    provider,
    `insert into service (tenant_id, id, name, plugin_code, variant_key) values ($1, $2, 'ЦОП', 'ik', 'specialised')`,
    [provider, service],
  );
  await asTenant(
    municipality,
    `insert into commissioning_contract (tenant_id, id, provider_tenant_id, service_id, basis, starts_on, ends_on)
     values ($1, $2, $3, $4, 'Договор', current_date - 10, current_date + 300)`,
    [municipality, contract, provider, service],
  );
  await asTenant(provider, `update commissioning_contract set status = 'active' where id = $1`, [contract]);
});

beforeEach(async () => {
  programme = uuidv7();
  measure = uuidv7();
  await asApp(
    provider,
    `insert into quality_programme (tenant_id, id, service_id, title, period_start, period_end)
     values ($1, $2, $3, 'Програма 2026', '2026-01-01', '2026-12-31')`,
    [provider, programme, service],
  );
  await asApp(
    provider,
    `insert into quality_programme_measure (tenant_id, id, programme_id, category, title, deadline)
     values ($1, $2, $3, 4, 'Групова супервизия на всеки 3 месеца', '2026-06-30')`,
    [provider, measure, programme],
  );
});

afterAll(() => closeDatabaseAsAdmin(db, admin));

describe('a draft programme', () => {
  it('is the provider’s to edit, add to and delete', async () => {
    await asApp(provider, `update quality_programme set title = 'Програма 2026 (проект)' where id = $1`, [
      programme,
    ]);
    await asApp(provider, `update quality_programme_measure set title = 'Супервизия' where id = $1`, [
      measure,
    ]);
    await asApp(provider, `delete from quality_programme where id = $1`, [programme]);
    expect(await status()).toBeUndefined();
  });

  it('refuses a deadline outside its period', async () => {
    await expect(
      asApp(provider, `update quality_programme_measure set deadline = '2025-12-31' where id = $1`, [
        measure,
      ]),
    ).rejects.toThrow(/deadline_in_period/);
  });

  it('cannot be created as already submitted or agreed', async () => {
    await expect(
      asApp(
        provider,
        `insert into quality_programme (tenant_id, id, service_id, title, period_start, period_end, status,
           submitted_at, contract_id, municipality_tenant_id, decided_at)
         values ($1, $2, $3, 'x', '2026-01-01', '2026-12-31', 'agreed', now(), $4, $5, now())`,
        [provider, uuidv7(), service, contract, municipality],
      ),
    ).rejects.toThrow(/starts as a draft/);
  });

  it('is submitted only under an active contract for its own service', async () => {
    const other = uuidv7();
    await asTenant(
      municipality,
      `insert into commissioning_contract (tenant_id, id, provider_tenant_id, service_id, basis, starts_on, ends_on)
       values ($1, $2, $3, $4, 'Неприет', current_date, current_date + 10)`,
      [municipality, other, provider, service],
    );
    await expect(
      asApp(
        provider,
        `update quality_programme set status = 'submitted', submitted_at = now(), municipality_tenant_id = $2,
           contract_id = $3 where id = $1`,
        [programme, municipality, other],
      ),
    ).rejects.toThrow(/active contract/);
    expect(await status()).toBe('draft');
  });
});

describe('a submitted programme', () => {
  beforeEach(async () => {
    await submit();
  });

  it('refuses every change to what it says, in the database', async () => {
    expect(await status()).toBe('submitted');
    await expect(
      asApp(provider, `update quality_programme set title = 'Друго' where id = $1`, [programme]),
    ).rejects.toThrow(/programme_locked/);
    await expect(
      asApp(provider, `update quality_programme set period_end = '2027-12-31' where id = $1`, [programme]),
    ).rejects.toThrow(/programme_locked/);
    await expect(
      asApp(provider, `update quality_programme_measure set title = 'Друго' where id = $1`, [measure]),
    ).rejects.toThrow(/programme_locked/);
    await expect(
      asApp(provider, `update quality_programme_measure set deadline = '2026-12-31' where id = $1`, [
        measure,
      ]),
    ).rejects.toThrow(/programme_locked/);
    await expect(
      asApp(
        provider,
        `insert into quality_programme_measure (tenant_id, id, programme_id, category, title)
         values ($1, $2, $3, 1, 'Добавена тайно')`,
        [provider, uuidv7(), programme],
      ),
    ).rejects.toThrow(/programme_locked/);
    await expect(
      asApp(provider, `delete from quality_programme_measure where id = $1`, [measure]),
    ).rejects.toThrow(/programme_locked/);
    await expect(asApp(provider, `delete from quality_programme where id = $1`, [programme])).rejects.toThrow(
      /programme_locked/,
    );
    const [row] = (
      await admin.query(`select title, deadline::text from quality_programme_measure where id = $1`, [
        measure,
      ])
    ).rows;
    expect(row).toEqual({ title: 'Групова супервизия на всеки 3 месеца', deadline: '2026-06-30' });
  });

  it('still records progress on its measures', async () => {
    await asApp(
      provider,
      `update quality_programme_measure set status = 'in_progress', progress_note = 'Първата супервизия е проведена'
       where id = $1`,
      [measure],
    );
    const [row] = (await admin.query(`select status from quality_programme_measure where id = $1`, [measure]))
      .rows;
    expect(row?.status).toBe('in_progress');
  });

  it('is not the provider’s to agree, nor to take back to a draft', async () => {
    await expect(
      asApp(provider, `update quality_programme set status = 'agreed', decided_at = now() where id = $1`, [
        programme,
      ]),
    ).rejects.toThrow(/programme_transition/);
    await expect(
      asApp(provider, `update quality_programme set status = 'draft' where id = $1`, [programme]),
    ).rejects.toThrow(/programme_transition/);
  });

  it('is decided by the municipality, which cannot edit it while deciding', async () => {
    await expect(
      asTenant(
        municipality,
        `update quality_programme set status = 'agreed', decided_at = now(), title = 'Подменена' where id = $1`,
        [programme],
      ),
    ).rejects.toThrow(/programme_locked/);
    await asTenant(
      municipality,
      `update quality_programme set status = 'changes_requested', decided_at = now(),
         decision_note = 'Добавете мерки по категория 9' where id = $1`,
      [programme],
    );
    expect(await status()).toBe('changes_requested');
    // Changes requested: the provider holds the pen again, and submits anew.
    await asApp(provider, `update quality_programme_measure set title = 'Поправена мярка' where id = $1`, [
      measure,
    ]);
    await submit();
    expect(await status()).toBe('submitted');
  });
});

describe('an agreed programme', () => {
  beforeEach(async () => {
    await submit();
    await asTenant(
      municipality,
      `update quality_programme set status = 'agreed', decided_at = now() where id = $1`,
      [programme],
    );
  });

  it('stays as agreed until the provider reopens it to update it (art. 20)', async () => {
    await expect(
      asApp(provider, `update quality_programme_measure set title = 'Друго' where id = $1`, [measure]),
    ).rejects.toThrow(/programme_locked/);
    await expect(
      asApp(provider, `update quality_programme set status = 'draft', title = 'Друго' where id = $1`, [
        programme,
      ]),
    ).rejects.toThrow(/programme_locked/);
    await asApp(provider, `update quality_programme set status = 'draft' where id = $1`, [programme]);
    await asApp(provider, `update quality_programme_measure set title = 'Обновена' where id = $1`, [measure]);
    // Once submitted, it is kept: even as a draft again it cannot be deleted.
    await expect(asApp(provider, `delete from quality_programme where id = $1`, [programme])).rejects.toThrow(
      /programme_locked/,
    );
  });
});
