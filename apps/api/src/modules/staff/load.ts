import { sql, sqlOf } from '@mera/db';
import type { TenantContext } from '../../shared/context.ts';

type Tenanted = Pick<TenantContext, 'em' | 'tenantId'>;

/**
 * Everything the register holds for some of the tenant's services, read in a few set-based queries (row types are
 * inferred from the entities, see packages/db/src/kysely.ts).
 */
export async function loadRegister({ em, tenantId }: Tenanted, serviceIds: string[]) {
  const db = sqlOf(em);
  const none = serviceIds.length === 0;
  const positions = none
    ? []
    : await db
        .selectFrom('staff_position')
        .select(['id', 'service_id', 'title', 'category', 'planned_fte', 'version'])
        .where('tenant_id', '=', tenantId)
        .where('service_id', 'in', serviceIds)
        .orderBy('category')
        .orderBy(sql`lower(title)`)
        .orderBy('id')
        .execute();
  const members = none
    ? []
    : await db
        .selectFrom('staff_member')
        .select([
          'id',
          'service_id',
          'position_id',
          'full_name',
          'employment_type',
          'fte',
          'started_on',
          'ended_on',
          'qualification',
          'new_to_social_services',
          'version',
        ])
        .where('tenant_id', '=', tenantId)
        .where('service_id', 'in', serviceIds)
        .orderBy(sql`lower(full_name)`)
        .orderBy('id')
        .execute();
  const memberIds = members.map((m) => m.id);
  const trainings = memberIds.length
    ? await db
        .selectFrom('staff_training')
        .select(['id', 'member_id', 'kind', 'held_on', 'hours', 'topic', 'trainer'])
        .where('tenant_id', '=', tenantId)
        .where('member_id', 'in', memberIds)
        .orderBy('held_on', 'desc')
        .orderBy('id')
        .execute()
    : [];
  const appraisals = memberIds.length
    ? await db
        .selectFrom('staff_appraisal')
        .select(['id', 'member_id', 'year', 'appraised_on', 'outcome', 'discussed_in_person'])
        .where('tenant_id', '=', tenantId)
        .where('member_id', 'in', memberIds)
        .orderBy('year', 'desc')
        .orderBy('id')
        .execute()
    : [];
  const mentorings = memberIds.length
    ? await db
        .selectFrom('staff_mentoring')
        .select(['id', 'mentor_id', 'newcomer_id', 'starts_on', 'ends_on'])
        .where('tenant_id', '=', tenantId)
        .where((eb) => eb.or([eb('newcomer_id', 'in', memberIds), eb('mentor_id', 'in', memberIds)]))
        .orderBy('starts_on', 'desc')
        .orderBy('id')
        .execute()
    : [];
  const supervisions = none
    ? []
    : await db
        .selectFrom('staff_supervision')
        .select([
          'id',
          'service_id',
          'kind',
          'member_id',
          'held_on',
          'hours',
          'supervisor',
          'supervisor_external',
          'participants_count',
        ])
        .where('tenant_id', '=', tenantId)
        .where('service_id', 'in', serviceIds)
        .orderBy('held_on', 'desc')
        .orderBy('id')
        .execute();
  return { positions, members, trainings, appraisals, mentorings, supervisions };
}

export type Register = Awaited<ReturnType<typeof loadRegister>>;
/** One record of a kind the register loaded (`Loaded<'members'>`), typed by the query above. */
export type Loaded<Kind extends keyof Register> = Register[Kind][number];

/** The tenant's own services (one, when `serviceId` is given), by name. */
export function ownServices({ em, tenantId }: Tenanted, serviceId?: string) {
  let query = sqlOf(em)
    .selectFrom('service')
    .select(['id', 'name', 'plugin_code', 'variant_key', 'capacity', 'current_users'])
    .where('tenant_id', '=', tenantId);
  if (serviceId) query = query.where('id', '=', serviceId);
  return query
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute();
}
export type OwnService = Awaited<ReturnType<typeof ownServices>>[number];
