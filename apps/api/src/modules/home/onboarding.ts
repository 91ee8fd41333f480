import { sqlOf } from '@mera/db';
import type { TenantContext } from '../../shared/context.ts';

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
export async function onboardingOf({
  em,
  tenantId,
}: Pick<TenantContext, 'em' | 'tenantId'>): Promise<Onboarding | null> {
  const row = await sqlOf(em)
    .selectNoFrom((eb) => [
      eb.exists(eb.selectFrom('service').select('id').where('tenant_id', '=', tenantId)).as('services'),
      eb
        .or([
          eb(
            eb
              .selectFrom('membership')
              .select((m) => m.fn.countAll().as('n'))
              .where('tenant_id', '=', tenantId),
            '>',
            1,
          ),
          eb.exists(eb.selectFrom('invitation').select('id').where('tenant_id', '=', tenantId)),
        ])
        .as('colleagues'),
      eb
        .exists(
          eb
            .selectFrom('assessment')
            .select('id')
            .where('tenant_id', '=', tenantId)
            .where('planned_on', 'is not', null),
        )
        .as('plan'),
      eb
        .exists(
          eb
            .selectFrom('assessment')
            .select('id')
            .where('tenant_id', '=', tenantId)
            .where('status', '<>', 'planned'),
        )
        .as('check'),
      eb.exists(eb.selectFrom('survey').select('id').where('tenant_id', '=', tenantId)).as('survey'),
    ])
    .executeTakeFirst();
  const steps = ONBOARDING_STEPS.map((key) => ({ key, done: Boolean(row?.[key]) }));
  const done = steps.filter((s) => s.done).length;
  return done === steps.length ? null : { steps, done, total: steps.length };
}
