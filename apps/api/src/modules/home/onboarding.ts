import { sql, sqlOf, type EntityManager } from '@mera/db';

/**
 * A new organisation's first steps, in the order the Ordinance's work goes: its services (art. 4 service types, or a
 * centre of the old types by § 1 of the additional provisions), the colleagues who do the work, the year's plan of
 * checks (art. 23), the first check, the first survey of the users' opinion. Each step is read from the data itself
 * — nothing is stored about the path — so a step done any other way counts as well.
 */
export const ONBOARDING_STEPS = ['services', 'colleagues', 'plan', 'check', 'survey'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export interface Onboarding {
  steps: { key: OnboardingStep; done: boolean }[];
  done: number;
  total: number;
}

/** The path's progress, one statement; null once every step is done (the home page then stops showing it). */
export async function onboardingOf(em: EntityManager, tenantId: string): Promise<Onboarding | null> {
  // The checks' table gets its entity with issue 11's checklist engine: `assessment` is named raw until then.
  const row = await sqlOf(em)
    .selectNoFrom([
      sql<boolean>`exists (select 1 from service where tenant_id = ${tenantId})`.as('services'),
      sql<boolean>`(select count(*) from membership where tenant_id = ${tenantId}) > 1
        or exists (select 1 from invitation where tenant_id = ${tenantId})`.as('colleagues'),
      sql<boolean>`exists (select 1 from assessment where tenant_id = ${tenantId} and planned_on is not null)`.as(
        'plan',
      ),
      sql<boolean>`exists (select 1 from assessment where tenant_id = ${tenantId} and status <> 'planned')`.as(
        'check',
      ),
      sql<boolean>`exists (select 1 from survey where tenant_id = ${tenantId})`.as('survey'),
    ])
    .executeTakeFirst();
  const steps = ONBOARDING_STEPS.map((key) => ({ key, done: Boolean(row?.[key]) }));
  const done = steps.filter((s) => s.done).length;
  return done === steps.length ? null : { steps, done, total: steps.length };
}
