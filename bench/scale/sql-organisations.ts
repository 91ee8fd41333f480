import type { ScalePlan } from './plan.ts';

/**
 * Organisations, people and the commissioning web, set-based: numbered helper tables (`bench_seed.*`,
 * unlogged, dropped at the end) give every
 * municipality, provider and service a number, and each step is one INSERT … SELECT over them. Everything runs in
 * one session as the superuser with `session_replication_role = replica` (see seed.ts for why that is sound here).
 */
export function organisationSteps(plan: ScalePlan, passwordHash: string): { step: string; sql: string }[] {
  const [big, middle, small] = plan.measured;
  const measuredTotal = big + middle + small;
  const hash = passwordHash.replaceAll("'", "''");
  return [
    {
      step: 'municipalities, providers and their administrators',
      sql: `
        drop schema if exists bench_seed cascade;
        create schema bench_seed;
        create unlogged table bench_seed.municipality as
          select n, uuidv7() as id, uuidv7() as admin_id from generate_series(1, ${plan.municipalities}) n;
        create unlogged table bench_seed.provider as
          select n, uuidv7() as id, uuidv7() as admin_id from generate_series(1, ${plan.providers}) n;
        insert into tenant (id, kind, legal_name, eik, address, contact_email)
          select id, 'municipality',
                 case n when 1 then 'Община Бенч-${big}' when 2 then 'Община Бенч-${middle}'
                        when 3 then 'Община Бенч-${small}' else 'Община № ' || n end,
                 (100000000 + n)::text, 'пл. „Централен“ ' || n, 'obshtina' || n || '@bench.example'
          from bench_seed.municipality
          union all
          select id, 'provider', 'Сдружение „Доставчик ' || n || '“', (200000000 + n)::text,
                 'ул. „Примерна“ ' || n, 'ngo' || n || '@bench.example'
          from bench_seed.provider;
        insert into app_user (id, email, display_name, password_hash, email_verified_at)
          select admin_id, 'admin@m' || n || '.bench.example', 'Администратор на община ' || n, '${hash}', now()
          from bench_seed.municipality
          union all
          select admin_id, 'admin@p' || n || '.bench.example', 'Администратор на доставчик ' || n, '${hash}', now()
          from bench_seed.provider;
        insert into membership (tenant_id, id, user_id, role)
          select id, uuidv7(), admin_id, 'admin' from bench_seed.municipality
          union all select id, uuidv7(), admin_id, 'admin' from bench_seed.provider;`,
    },
    {
      step: 'services',
      // Variant: every service type but the add-on standard (annex 9 is not a service of its own), in turn.
      // Provider: a permutation scatters each provider's services over the municipalities; the first
      // ${plan.largeProviders} providers run ${plan.servicesPerLargeProvider} services each, the rest share what is left.
      // Municipality: services 1–${big} go to the first, then ${middle}, then ${small}; the rest round-robin.
      sql: `
        create unlogged table bench_seed.variant as
          select row_number() over (order by plugin_code, variant_key) - 1 as k, id as version_id, plugin_code,
                 variant_key, code
          from catalogue_version where plugin_code <> 'behaviour-support';
        create unlogged table bench_seed.indicator as
          select i.version_id, i.item_id from catalogue_item i join bench_seed.variant v using (version_id)
          where i.kind = 'indicator';
        create unlogged table bench_seed.service as
          with numbered as (
            select n, (n::bigint * 7919) % ${plan.services} as k from generate_series(1, ${plan.services}) n)
          select numbered.n, uuidv7() as id, uuidv7() as contract_id, p.id as provider_id, p.admin_id as provider_admin,
                 m.id as municipality_id, m.admin_id as municipality_admin, m.n as municipality_n,
                 v.version_id, v.plugin_code, v.variant_key, v.code
          from numbered
          join bench_seed.provider p on p.n = case
            when k < ${plan.largeProviders * plan.servicesPerLargeProvider}
              then 1 + k / ${plan.servicesPerLargeProvider}
            else ${plan.largeProviders + 1} + (k - ${plan.largeProviders * plan.servicesPerLargeProvider})
                 % (${plan.providers} - ${plan.largeProviders}) end
          join bench_seed.municipality m on m.n = case
            when numbered.n <= ${big} then 1 when numbered.n <= ${big + middle} then 2
            when numbered.n <= ${measuredTotal} then 3
            else 4 + (numbered.n - ${measuredTotal}) % (${plan.municipalities} - 3) end
          join bench_seed.variant v on v.k = (numbered.n * 7) % (select count(*) from bench_seed.variant);
        insert into service (tenant_id, id, name, plugin_code, variant_key, address, municipality, capacity,
                             current_users, financing, started_on)
          select provider_id, id, code || ' „Услуга ' || n || '“', plugin_code, variant_key,
                 'ул. „Услужлива“ ' || n, 'Община № ' || municipality_n, 10 + n % 40, 8 + n % 35,
                 (array['state_delegated', 'municipal', 'own'])[1 + n % 3], date '2020-01-01' + (n % 1000)
          from bench_seed.service;`,
    },
    {
      step: 'contracts (active) and agreed quality programmes',
      sql: `
        insert into commissioning_contract (tenant_id, id, provider_tenant_id, service_id, basis, starts_on, ends_on,
                                            status, decided_at)
          select municipality_id, contract_id, provider_id, id, 'Договор № ' || n || '/2024',
                 date '2024-01-01', date '2028-12-31', 'active', timestamptz '2024-01-10 10:00+02'
          from bench_seed.service;
        insert into quality_programme (tenant_id, id, service_id, title, period_start, period_end, status,
                                       municipality_tenant_id, contract_id, submitted_at, submitted_by, decided_at,
                                       decided_by, created_by)
          select provider_id, uuidv7(), id, 'Програма за качество 2026', date '2026-01-01', date '2026-12-31',
                 'agreed', municipality_id, contract_id, timestamptz '2026-01-20 10:00+02', provider_admin,
                 timestamptz '2026-02-10 10:00+02', municipality_admin, provider_admin
          from bench_seed.service;`,
    },
  ];
}
