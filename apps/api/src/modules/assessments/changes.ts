// Creating, changing and deleting a provider's check (art. 23–24); the record's reads are in assessments.ts.
import { Assessment, sql, sqlOf, type AssessmentKind, type AssessmentStatus } from '@mera/db';
import { isoDate } from '@mera/calendar';
import { uuidv7 } from 'uuidv7';
import type { TenantContext } from '../../shared/context.ts';
import { updateAtVersion } from '../../shared/sql.ts';
import { invalid, optionalText, stale } from '../../shared/validation.ts';
import { versionInForce } from '../catalogue/index.ts';
import { assertOpen, assessmentDetail, checkScope, findRow, type CheckContext } from './assessments.ts';

export interface AssessmentInput {
  serviceId: string;
  kind: AssessmentKind;
  title?: string | undefined;
  plannedOn?: string | null | undefined;
  startedOn?: string | null | undefined;
  scopeCriteria?: string[] | null | undefined;
  methods?: number[] | undefined;
}

const KIND_TITLES: Record<AssessmentKind, string> = {
  periodic: 'Периодичен вътрешен контрол',
  self_assessment: 'Годишна самооценка',
};

/** The service type and variant of one of the tenant's own services, whose catalogue a check follows. */
export async function serviceVariant(
  { em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>,
  serviceId: string,
) {
  const service = await sqlOf(em)
    .selectFrom('service')
    .select(['plugin_code', 'variant_key'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', serviceId)
    .executeTakeFirst();
  if (!service) throw invalid('serviceId', 'unknown_service');
  return service;
}

const sortedMethods = (methods: number[]) => [...new Set(methods)].sort((a, b) => a - b);

export async function createAssessment(
  ctx: CheckContext & Pick<TenantContext, 'userId'>,
  input: AssessmentInput,
) {
  const { em, tenantId } = ctx;
  const service = await serviceVariant(ctx, input.serviceId);
  if (!input.plannedOn && !input.startedOn) throw invalid('startedOn', 'required');
  const version = await versionInForce(em, service.plugin_code, service.variant_key);
  const scope = await checkScope(em, version.id, input.scopeCriteria);
  const id = uuidv7();
  await sqlOf(em)
    .insertInto('assessment')
    .values({
      tenant_id: tenantId,
      id,
      service_id: input.serviceId,
      kind: input.kind,
      catalogue_version_id: version.id,
      scope_criteria: scope,
      methods: sortedMethods(input.methods ?? []),
      title: optionalText(input.title) ?? KIND_TITLES[input.kind],
      planned_on: input.plannedOn ?? null,
      started_on: input.startedOn ?? null,
      status: input.startedOn ? 'in_progress' : 'planned',
      created_by: ctx.userId,
      created_at: sql<string>`now()`,
      updated_at: sql<string>`now()`,
    })
    .execute();
  return assessmentDetail(ctx, id, tenantId);
}

export async function updateAssessment(
  ctx: CheckContext,
  id: string,
  input: {
    version: number;
    title?: string | undefined;
    plannedOn?: string | null | undefined;
    startedOn?: string | null | undefined;
    scopeCriteria?: string[] | null | undefined;
    methods?: number[] | undefined;
    conclusions?: string | null | undefined;
  },
) {
  const { em, tenantId } = ctx;
  const row = await findRow(em, tenantId, id);
  if (row.version !== input.version) throw stale();
  assertOpen(row);
  const scope =
    input.scopeCriteria !== undefined
      ? await checkScope(em, row.catalogue_version_id, input.scopeCriteria)
      : row.scope_criteria;
  const plannedOn =
    input.plannedOn !== undefined ? input.plannedOn : row.planned_on ? isoDate(row.planned_on) : null;
  const startedOn =
    input.startedOn !== undefined ? input.startedOn : row.started_on ? isoDate(row.started_on) : null;
  if (!plannedOn && !startedOn) throw invalid('startedOn', 'required');
  const title = input.title !== undefined ? input.title.trim() : row.title;
  if (!title) throw invalid('title', 'required');
  const methods = input.methods !== undefined ? sortedMethods(input.methods) : row.methods;
  const conclusions = input.conclusions !== undefined ? optionalText(input.conclusions) : row.conclusions;
  const status: AssessmentStatus = startedOn ? 'in_progress' : 'planned';
  await updateAtVersion(sqlOf(em), 'assessment', { tenantId, id, version: input.version }, () => ({
    title,
    planned_on: plannedOn,
    started_on: startedOn,
    scope_criteria: scope,
    methods,
    conclusions: conclusions ?? null,
    status,
  }));
  return assessmentDetail(ctx, id, tenantId);
}

export async function deleteAssessment(ctx: Pick<TenantContext, 'em' | 'tenantId'>, id: string) {
  const row = await findRow(ctx.em, ctx.tenantId, id);
  assertOpen(row);
  await ctx.em.nativeDelete(Assessment, { tenantId: ctx.tenantId, id });
}
