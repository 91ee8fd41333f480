import type { ScalePlan } from './plan.ts';

/**
 * The providers' records: completed checks (the whole variant each time, as the yearly self-assessment and most
 * periodic checks are), one result per indicator of the check's pinned catalogue version, and the reports.
 * Results are drawn at random (≈ 64 % met, 18 % partly met, 9 % not met, 9 % not applicable), so scores differ
 * between services and every dashboard row has something to show.
 */
export function recordSteps(plan: ScalePlan): { step: string; sql: string }[] {
  return [
    {
      step: `completed checks (${plan.checksPerService} per service)`,
      // Quarterly from May 2024: the tenth lands in August 2026, all before today; every fourth is the
      // self-assessment. The day within the quarter varies by service.
      sql: `
        insert into assessment (tenant_id, id, service_id, kind, catalogue_version_id, methods, title, planned_on,
                                started_on, status, conclusions, completed_at, completed_by, created_by, created_at)
          select s.provider_id, uuidv7(), s.id, case when k % 4 = 0 then 'self_assessment' else 'periodic' end,
                 s.version_id, '{1,2,3,4}', 'Проверка ' || k || ' на услуга ' || s.n,
                 (at - interval '14 days')::date, (at - interval '7 days')::date, 'completed',
                 'Изводи от проверка ' || k, at, s.provider_admin, s.provider_admin, at - interval '14 days'
          from bench_seed.service s
          cross join generate_series(1, ${plan.checksPerService}) k
          cross join lateral (select timestamptz '2024-05-15 10:00+03' + (k - 1) * interval '3 months'
                                     + (s.n % 20) * interval '1 day' as at) t;`,
    },
    {
      step: 'reports (semi-annual analyses and annual reports, submitted)',
      // Five half-years (2024 H1 – 2026 H1) and two calendar years (2024, 2025) per service.
      sql: `
        insert into report (tenant_id, id, kind, service_id, period_start, period_end, title, data, status,
                            submitted_at, submitted_by, created_by)
          select s.provider_id, uuidv7(), kind, s.id, period_start, period_end,
                 case kind when 'annual_report' then 'Годишен доклад ' else 'Анализ ' end || period_start || ' – '
                   || period_end,
                 jsonb_build_object('feedback', jsonb_build_object('responses', 5 + s.n % 30)), 'submitted',
                 period_end + interval '25 days', s.provider_admin, s.provider_admin
          from bench_seed.service s
          cross join lateral (
            select 'semi_annual_analysis' as kind, h as period_start,
                   (h + interval '6 months' - interval '1 day')::date as period_end
            from generate_series(date '2024-01-01', date '2026-01-01', interval '6 months') g(h0)
            cross join lateral (select h0::date as h) d
            union all
            select 'annual_report', make_date(y, 1, 1), make_date(y, 12, 31) from generate_series(2024, 2025) y
          ) p;`,
    },
  ];
}

/**
 * The ≈ 8 million results, the one big step. Two things make it fast without changing the schema's end state: the
 * primary key is dropped first and built again after the load (one sort instead of 8 million random B-tree inserts;
 * measured: about half the time), and the load is split over `workers` sessions by service, so both cores work.
 */
export function resultSteps(workers: number): { before: string; parts: string[]; after: string } {
  return {
    before: `alter table assessment_result drop constraint assessment_result_pkey`,
    parts: Array.from(
      { length: workers },
      (_, part) => `
        insert into assessment_result (tenant_id, assessment_id, item_id, result, updated_by, updated_at)
          select a.tenant_id, a.id, i.item_id,
                 (array['met', 'met', 'met', 'met', 'met', 'met', 'met', 'partly_met', 'partly_met', 'not_met',
                        'not_applicable'])[1 + floor(random() * 11)::int],
                 a.completed_by, a.completed_at
          from bench_seed.service s
          join assessment a on a.tenant_id = s.provider_id and a.service_id = s.id
          join bench_seed.indicator i on i.version_id = a.catalogue_version_id
          where s.n % ${workers} = ${part}`,
    ),
    after: `alter table assessment_result add constraint assessment_result_pkey
              primary key (tenant_id, assessment_id, item_id)`,
  };
}

/**
 * Each check's score, stored as the completion stores it (issue 15), so the dashboard measures what it reads for
 * checks completed in Mera. Every plugin scores with the SDK's `ordinanceScoring`: met 1, partly met 0.5, not met 0,
 * not applicable left out, the share in percent to one decimal (`Math.round(points / counted * 1000) / 10`, in
 * float8 with `floor(x + 0.5)` as JavaScript rounds), null when nothing applies. The seeded checks cover the whole
 * variant (no chosen criteria), so every answer counts.
 */
export const storedScoresStep = `
  update assessment a set score = s.score
  from (select r.tenant_id, r.assessment_id,
               (floor(sum(case r.result when 'met' then 1.0 when 'partly_met' then 0.5 else 0.0 end)::float8
                      / nullif(count(*) filter (where r.result <> 'not_applicable'), 0) * 1000 + 0.5) / 10)::numeric
                 as score
        from assessment_result r where r.result is not null
        group by r.tenant_id, r.assessment_id) s
  where a.tenant_id = s.tenant_id and a.id = s.assessment_id and a.scope_criteria is null`;
