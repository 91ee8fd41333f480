// The mayor's order (art. 31) and the report's texts until signing: create, change, withdraw.
import {
  Inspection,
  InspectionInspector,
  sql,
  sqlOf,
  type EntityManager,
  type InspectionStatus,
} from '@mera/db';
import type { TenantContext } from '../../shared/context.ts';
import { uuidv7 } from 'uuidv7';
import { checkScope } from '../assessments/index.ts';
import { versionInForce } from '../catalogue/index.ts';
import { addDays, isoDate, today } from '@mera/calendar';
import { REPORT_DAYS } from '../deadlines/index.ts';
import { publishNotice } from '../notices/index.ts';
import { updateAtVersion } from '../../shared/sql.ts';
import { invalid, optionalText, stale } from '../../shared/validation.ts';
import {
  assertMunicipality,
  assertOpen,
  dateOrNull,
  DEFAULT_BASIS,
  findRow,
  REASONS_OF,
  type InspectionKind,
  type InspectionReason,
} from './inspections.ts';

export interface InspectorInput {
  userId: string;
  position?: string | null | undefined;
}

/** The inspectors are the municipality's own people (officials or engaged experts, art. 29), members of its tenant. */
async function checkInspectors(em: EntityManager, tenantId: string, inspectors: InspectorInput[]) {
  if (inspectors.length === 0) throw invalid('inspectors', 'minItems', { limit: 1 });
  const ids = [...new Set(inspectors.map((i) => i.userId))];
  const members = await sqlOf(em)
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.display_name'])
    .where('m.tenant_id', '=', tenantId)
    .where('m.user_id', 'in', ids)
    .execute();
  const names = new Map(members.map((m) => [m.user_id, m.display_name]));
  const index = inspectors.findIndex((i) => !names.has(i.userId));
  if (index >= 0) throw invalid(`inspectors.${index}.userId`, 'inspector_not_member');
  return ids.map((userId) => ({
    userId,
    name: names.get(userId) ?? '',
    position: optionalText(inspectors.find((i) => i.userId === userId)?.position) ?? null,
  }));
}

async function replaceInspectors(
  em: EntityManager,
  tenantId: string,
  id: string,
  inspectors: { userId: string; name: string; position: string | null }[],
) {
  await em.nativeDelete(InspectionInspector, { tenantId, inspectionId: id });
  if (inspectors.length > 0)
    await sqlOf(em)
      .insertInto('inspection_inspector')
      .values(
        inspectors.map((i) => ({
          tenant_id: tenantId,
          inspection_id: id,
          user_id: i.userId,
          name: i.name,
          position: i.position,
        })),
      )
      .execute();
}

function checkDates(input: { orderDate: string; startsOn: string; endsOn: string; reportDueOn: string }) {
  if (input.startsOn < input.orderDate) throw invalid('startsOn', 'not_before_order');
  if (input.endsOn < input.startsOn) throw invalid('endsOn', 'date_order');
  if (input.reportDueOn < input.endsOn || input.reportDueOn > addDays(input.endsOn, REPORT_DAYS))
    throw invalid('reportDueOn', 'report_within_10_days');
}

export interface OrderInput {
  contractId: string;
  kind: InspectionKind;
  reason: InspectionReason;
  orderNumber: string;
  orderDate: string;
  basis?: string | null | undefined;
  scopeCriteria?: string[] | null | undefined;
  place?: string | null | undefined;
  startsOn: string;
  endsOn: string;
  reportDueOn?: string | null | undefined;
  inspectors: InspectorInput[];
}

/** The mayor's order (art. 31): for a service the municipality commissions under a contract in force. */
export async function orderInspection(
  ctx: Pick<TenantContext, 'em' | 'tenantId' | 'userId'>,
  input: OrderInput,
) {
  const { em, tenantId, userId } = ctx;
  const db = sqlOf(em);
  await assertMunicipality(em, tenantId);
  if (!REASONS_OF[input.kind].includes(input.reason)) throw invalid('reason', 'reason_of_kind');
  const orderNumber = input.orderNumber.trim();
  if (!orderNumber) throw invalid('orderNumber', 'required');
  const contract = await db
    .selectFrom('commissioning_contract')
    .select(['provider_tenant_id', 'service_id'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', input.contractId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!contract?.service_id) throw invalid('contractId', 'contract_not_active');
  // Row-level security (commissioned_read) shows the municipality the service while the contract is in force.
  const service = await db
    .selectFrom('service as s')
    .innerJoin('tenant as t', 't.id', 's.tenant_id')
    .select(['s.name', 's.address', 's.plugin_code', 's.variant_key', 't.legal_name as provider_name'])
    .where('s.tenant_id', '=', contract.provider_tenant_id)
    .where('s.id', '=', contract.service_id)
    .executeTakeFirst();
  if (!service) throw invalid('contractId', 'contract_not_active');
  const version = await versionInForce(em, service.plugin_code, service.variant_key);
  const scope = await checkScope(em, version.id, input.scopeCriteria);
  const place = optionalText(input.place) ?? service.address;
  if (!place) throw invalid('place', 'required');
  const reportDue = input.reportDueOn ?? addDays(input.endsOn, REPORT_DAYS);
  checkDates({ ...input, reportDueOn: reportDue });
  const inspectors = await checkInspectors(em, tenantId, input.inspectors);
  const id = uuidv7();
  await db
    .insertInto('inspection')
    .values({
      tenant_id: tenantId,
      id,
      provider_tenant_id: contract.provider_tenant_id,
      service_id: contract.service_id,
      contract_id: input.contractId,
      service_name: service.name,
      provider_name: service.provider_name,
      kind: input.kind,
      reason: input.reason,
      order_number: orderNumber,
      order_date: input.orderDate,
      basis: optionalText(input.basis) ?? DEFAULT_BASIS[input.kind],
      catalogue_version_id: version.id,
      scope_criteria: scope,
      place,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      report_due_on: reportDue,
      created_by: userId,
      created_at: sql<string>`now()`,
      updated_at: sql<string>`now()`,
    })
    .execute();
  await replaceInspectors(em, tenantId, id, inspectors);
  // The provider hears of it: the Ordinance's art. 31 lets it prepare (and an unplanned one is no surprise later).
  await publishNotice(
    em,
    { tenantId, userId },
    {
      event: 'inspection_ordered',
      recipientTenantId: contract.provider_tenant_id,
      target: { type: 'inspection', id },
      subject: service.name,
      serviceId: contract.service_id,
    },
  );
  return id;
}

export interface InspectionUpdate {
  version: number;
  // the order, while nothing has been found yet
  orderNumber?: string | undefined;
  orderDate?: string | undefined;
  basis?: string | undefined;
  place?: string | undefined;
  startsOn?: string | undefined;
  endsOn?: string | undefined;
  reportDueOn?: string | undefined;
  inspectors?: InspectorInput[] | undefined;
  // the report (art. 32–33)
  completedOn?: string | null | undefined;
  providerPresent?: string | null | undefined;
  usersAsked?: boolean | undefined;
  usersConsented?: number | null | undefined;
  consentNote?: string | null | undefined;
  facts?: string | null | undefined;
  otherViolations?: string | null | undefined;
  conclusions?: string | null | undefined;
}

export async function updateInspection(
  ctx: Pick<TenantContext, 'em' | 'tenantId'>,
  id: string,
  input: InspectionUpdate,
) {
  const { em, tenantId } = ctx;
  const row = await findRow(em, id, tenantId);
  if (row.version !== input.version) throw stale();
  assertOpen(row);
  const orderChange =
    input.orderNumber !== undefined ||
    input.orderDate !== undefined ||
    input.startsOn !== undefined ||
    input.endsOn !== undefined ||
    input.reportDueOn !== undefined ||
    input.inspectors !== undefined;
  const dates = {
    orderDate: input.orderDate ?? isoDate(row.order_date),
    startsOn: input.startsOn ?? isoDate(row.starts_on),
    endsOn: input.endsOn ?? isoDate(row.ends_on),
    reportDueOn: input.reportDueOn ?? isoDate(row.report_due_on),
  };
  if (orderChange) checkDates(dates);
  const completedOn = input.completedOn !== undefined ? input.completedOn : dateOrNull(row.completed_on);
  if (completedOn && completedOn < dates.startsOn) throw invalid('completedOn', 'not_before_start');
  if (completedOn && completedOn > today()) throw invalid('completedOn', 'not_in_future');
  const orderNumber = input.orderNumber !== undefined ? input.orderNumber.trim() : row.order_number;
  if (!orderNumber) throw invalid('orderNumber', 'required');
  const basis = input.basis !== undefined ? input.basis.trim() : row.basis;
  if (!basis) throw invalid('basis', 'required');
  const place = input.place !== undefined ? input.place.trim() : row.place;
  if (!place) throw invalid('place', 'required');
  const usersAsked = input.usersAsked ?? row.users_asked;
  const usersConsented = input.usersConsented !== undefined ? input.usersConsented : row.users_consented;
  if (!usersAsked && usersConsented !== null) throw invalid('usersConsented', 'only_when_users_asked');
  const text = (value: string | null | undefined, current: string | null) =>
    value !== undefined ? (optionalText(value) ?? null) : current;
  const inspectors = input.inspectors ? await checkInspectors(em, tenantId, input.inspectors) : null;
  await updateAtVersion(sqlOf(em), 'inspection', { tenantId, id, version: input.version }, (eb) => ({
    order_number: orderNumber,
    order_date: dates.orderDate,
    basis,
    place,
    starts_on: dates.startsOn,
    ends_on: dates.endsOn,
    report_due_on: dates.reportDueOn,
    completed_on: completedOn,
    provider_present: text(input.providerPresent, row.provider_present),
    users_asked: usersAsked,
    users_consented: usersConsented,
    consent_note: text(input.consentNote, row.consent_note),
    facts: text(input.facts, row.facts),
    other_violations: text(input.otherViolations, row.other_violations),
    conclusions: text(input.conclusions, row.conclusions),
    // The report's day of completion starts an inspection only ordered so far.
    status: completedOn
      ? eb
          .case()
          .when('status', '=', 'ordered')
          .then(eb.val<InspectionStatus>('in_progress'))
          .else(eb.ref('status'))
          .end()
      : eb.ref('status'),
  }));
  if (inspectors) await replaceInspectors(em, tenantId, id, inspectors);
}

export async function deleteInspection({ em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>, id: string) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  await em.nativeDelete(Inspection, { tenantId, id });
}
