import type { EntityManager } from '@mera/db';
import type { IndicatorResult } from '@mera/plugin-sdk';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../errors/problem.ts';
import { saveAnswer } from '../assessments/answers.ts';
import { checkScope, indicatorsOf, scopedTree } from '../assessments/assessments.ts';
import { latestVersion, versionTree, type TreeNode } from '../catalogue/queries.ts';
import { addDays, addMonths } from '../deadlines/dates.ts';
import { storeFile } from '../evidence/evidence.ts';
import type { ObjectStore } from '../evidence/object-store.ts';
import { invalid, isoDate, optionalText, stale, today } from '../meetings/meetings.ts';

export const INSPECTION_KINDS = ['periodic', 'extraordinary'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export const INSPECTION_REASONS = ['plan', 'need', 'complaint', 'own_initiative'] as const;
export type InspectionReason = (typeof INSPECTION_REASONS)[number];
export type InspectionStatus = 'ordered' | 'in_progress' | 'signing' | 'signed';

/** Art. 30(2): a funded service is inspected at least once every two years. */
export const INSPECTION_INTERVAL_MONTHS = 24;
/** Art. 33(1): the report within 10 days of the end of the inspection. */
export const REPORT_DAYS = 10;
/** Art. 34: forwarded to the agency within 3 days of the mayor's receipt. */
export const FORWARD_DAYS = 3;

const REASONS_OF: Record<InspectionKind, InspectionReason[]> = {
  periodic: ['plan', 'need'],
  extraordinary: ['complaint', 'own_initiative'],
};

/** The order's legal basis, as the mayor's orders usually cite it; the municipality may write its own. */
export const DEFAULT_BASIS: Record<InspectionKind, string> = {
  periodic: 'чл. 27, т. 6, чл. 30, ал. 2 и чл. 31, ал. 1 от Наредбата за качеството на социалните услуги',
  extraordinary:
    'чл. 27, т. 6, чл. 30, ал. 3 и чл. 31, ал. 1 от Наредбата за качеството на социалните услуги',
};

export interface InspectionRow {
  tenant_id: string;
  id: string;
  provider_tenant_id: string;
  service_id: string;
  contract_id: string;
  service_name: string;
  provider_name: string;
  kind: InspectionKind;
  reason: InspectionReason;
  order_number: string;
  order_date: string | Date;
  basis: string;
  catalogue_version_id: string;
  scope_criteria: string[] | null;
  place: string;
  starts_on: string | Date;
  ends_on: string | Date;
  report_due_on: string | Date;
  status: InspectionStatus;
  completed_on: string | Date | null;
  provider_present: string | null;
  users_asked: boolean;
  users_consented: number | null;
  consent_note: string | null;
  facts: string | null;
  other_violations: string | null;
  conclusions: string | null;
  signed_at: string | Date | null;
  mayor_received_on: string | Date | null;
  forwarded_at: string | Date | null;
  forwarded_to_tenant_id: string | null;
  forward_letter_number: string | null;
  corrects_id: string | null;
  created_at: string | Date;
  version: number;
  municipality_name: string;
  annex: number;
  catalogue_effective_from: string | Date;
}

const SELECT = `select i.*, m.legal_name as municipality_name, v.annex, v.effective_from as catalogue_effective_from
  from inspection i
  join tenant m on m.id = i.tenant_id
  join catalogue_version v on v.id = i.catalogue_version_id`;

const dateOrNull = (value: string | Date | null) => (value ? isoDate(value) : null);
const instantOrNull = (value: string | Date | null) => (value ? new Date(value).toISOString() : null);

/**
 * One inspection, as row-level security lets the current tenant see it: the municipality its own, the provider the
 * signed ones about its services, the agency the forwarded ones. `ownTenantId` narrows to the tenant's own (for
 * every change).
 */
async function findRow(em: EntityManager, id: string, ownTenantId: string | null): Promise<InspectionRow> {
  const rows = await em.execute<InspectionRow[]>(
    `${SELECT} where i.id = ? and (?::uuid is null or i.tenant_id = ?)`,
    [id, ownTenantId, ownTenantId],
  );
  if (!rows[0]) throw new AppError(404, 'not_found');
  return rows[0];
}

function assertOpen(row: InspectionRow) {
  if (row.status === 'signing' || row.status === 'signed') throw new AppError(409, 'inspection_signed');
}

/** The legal deadline of the report: as ordered, and never later than 10 days after the on-site work ended. */
export function reportDueOn(row: Pick<InspectionRow, 'report_due_on' | 'completed_on'>): string {
  const ordered = isoDate(row.report_due_on);
  if (!row.completed_on) return ordered;
  const legal = addDays(isoDate(row.completed_on), REPORT_DAYS);
  return legal < ordered ? legal : ordered;
}

interface FindingRow {
  item_id: string;
  result: IndicatorResult | null;
  note: string | null;
  version: number;
  updated_at: string | Date;
  updated_by_name: string | null;
}

interface AttachmentRow {
  id: string;
  item_id: string | null;
  file_id: string;
  description: string | null;
  name: string;
  media_type: string;
  size_bytes: number;
  created_at: string | Date;
}

interface PrescriptionRow {
  id: string;
  item_id: string | null;
  text: string;
  due_on: string | Date;
  done_on: string | Date | null;
}

interface InspectorRow {
  user_id: string;
  name: string;
  position: string | null;
  signed_at: string | Date | null;
}

const attachmentView = (a: AttachmentRow) => ({
  id: a.id,
  itemId: a.item_id,
  fileId: a.file_id,
  name: a.name,
  mediaType: a.media_type,
  sizeBytes: a.size_bytes,
  description: a.description,
  createdAt: new Date(a.created_at).toISOString(),
});

const prescriptionView = (p: PrescriptionRow, now: string) => ({
  id: p.id,
  itemId: p.item_id,
  text: p.text,
  dueOn: isoDate(p.due_on),
  doneOn: dateOrNull(p.done_on),
  overdue: !p.done_on && isoDate(p.due_on) < now,
});

export interface ChecklistIndicator {
  id: string;
  key: string;
  text: string | null;
  sources: string[];
  result: IndicatorResult | null;
  note: string | null;
  findingVersion: number;
  updatedByName: string | null;
  attachments: ReturnType<typeof attachmentView>[];
}
export interface ChecklistGroup<K extends string, C> {
  id: string;
  kind: K;
  key: string;
  title: string | null;
  statement: string | null;
  children: C[];
}
export type ChecklistSection = ChecklistGroup<
  'section',
  ChecklistGroup<'standard', ChecklistGroup<'criterion', ChecklistIndicator>>
>;

function checklist(
  nodes: TreeNode[],
  findings: Map<string, FindingRow>,
  attachments: Map<string, AttachmentRow[]>,
): unknown[] {
  return nodes.map((node) => {
    if (node.kind === 'indicator') {
      const f = findings.get(node.id);
      return {
        id: node.id,
        key: node.key,
        text: node.text,
        sources: node.sources,
        result: f?.result ?? null,
        note: f?.note ?? null,
        findingVersion: f?.version ?? 0,
        updatedByName: f?.updated_by_name ?? null,
        attachments: (attachments.get(node.id) ?? []).map(attachmentView),
      };
    }
    return {
      id: node.id,
      kind: node.kind,
      key: node.key,
      title: node.title,
      statement: node.statement,
      children: checklist(node.children, findings, attachments),
    };
  });
}

/** The indicators not met or partly met: the non-conformities of art. 33(2), verbatim from the catalogue. */
export interface NonConformity {
  itemId: string;
  criterion: string;
  indicator: string;
  text: string;
  result: 'not_met' | 'partly_met';
  note: string | null;
}

function nonConformities(tree: TreeNode[], findings: Map<string, FindingRow>): NonConformity[] {
  const out: NonConformity[] = [];
  const walk = (nodes: TreeNode[], criterion: string) => {
    for (const node of nodes) {
      if (node.kind === 'indicator') {
        const f = findings.get(node.id);
        if (f?.result === 'not_met' || f?.result === 'partly_met')
          out.push({
            itemId: node.id,
            criterion,
            indicator: node.key,
            text: node.text ?? '',
            result: f.result,
            note: f.note,
          });
      } else walk(node.children, node.kind === 'criterion' ? node.key : criterion);
    }
  };
  walk(tree, '');
  return out;
}

function summaryView(row: InspectionRow, tenantId: string) {
  const now = today();
  const due = reportDueOn(row);
  const received = dateOrNull(row.mayor_received_on);
  return {
    id: row.id,
    municipalityTenantId: row.tenant_id,
    municipalityName: row.municipality_name,
    providerTenantId: row.provider_tenant_id,
    providerName: row.provider_name,
    serviceId: row.service_id,
    serviceName: row.service_name,
    contractId: row.contract_id,
    kind: row.kind,
    reason: row.reason,
    orderNumber: row.order_number,
    orderDate: isoDate(row.order_date),
    startsOn: isoDate(row.starts_on),
    endsOn: isoDate(row.ends_on),
    reportDueOn: due,
    reportOverdue: row.status !== 'signed' && due < now,
    status: row.status,
    completedOn: dateOrNull(row.completed_on),
    signedAt: instantOrNull(row.signed_at),
    mayorReceivedOn: received,
    forwardDueOn: received ? addDays(received, FORWARD_DAYS) : null,
    forwardedAt: instantOrNull(row.forwarded_at),
    correctsId: row.corrects_id,
    /** Which side the current tenant is on: its own inspection, the provider inspected, or the agency. */
    viewer:
      row.tenant_id === tenantId
        ? ('municipality' as const)
        : row.provider_tenant_id === tenantId
          ? ('provider' as const)
          : ('agency' as const),
    version: row.version,
  };
}

export async function listInspections(em: EntityManager, tenantId: string) {
  const rows = await em.execute<InspectionRow[]>(
    `${SELECT} where i.tenant_id = ? order by i.order_date desc, i.created_at desc`,
    [tenantId],
  );
  return rows.map((r) => summaryView(r, tenantId));
}

/** Reports received: by a provider, the signed ones about its services; by the agency, those forwarded to it. */
export async function receivedInspections(em: EntityManager, tenantId: string) {
  const rows = await em.execute<InspectionRow[]>(
    `${SELECT} where i.tenant_id <> ? order by i.signed_at desc nulls last`,
    [tenantId],
  );
  return rows.map((r) => summaryView(r, tenantId));
}

export async function inspectionDetail(
  em: EntityManager,
  tenantId: string,
  userId: string | null,
  id: string,
) {
  const row = await findRow(em, id, null);
  const tree = scopedTree(await versionTree(em, row.catalogue_version_id), row.scope_criteria);
  const findingRows = await em.execute<FindingRow[]>(
    `select f.item_id, f.result, f.note, f.version, f.updated_at, u.display_name as updated_by_name
     from inspection_finding f left join app_user u on u.id = f.updated_by
     where f.tenant_id = ? and f.inspection_id = ?`,
    [row.tenant_id, row.id],
  );
  const findings = new Map(findingRows.map((f) => [f.item_id, f]));
  const attachmentRows = await em.execute<AttachmentRow[]>(
    `select a.id, a.item_id, a.file_id, a.description, f.name, f.media_type, f.size_bytes, a.created_at
     from inspection_attachment a join stored_file f on f.tenant_id = a.tenant_id and f.id = a.file_id
     where a.tenant_id = ? and a.inspection_id = ? order by a.created_at`,
    [row.tenant_id, row.id],
  );
  const byItem = new Map<string, AttachmentRow[]>();
  for (const a of attachmentRows) if (a.item_id) byItem.set(a.item_id, [...(byItem.get(a.item_id) ?? []), a]);
  const prescriptions = await em.execute<PrescriptionRow[]>(
    `select id, item_id, text, due_on, done_on from inspection_prescription
     where tenant_id = ? and inspection_id = ? order by due_on, created_at`,
    [row.tenant_id, row.id],
  );
  const inspectors = await em.execute<InspectorRow[]>(
    `select user_id, name, position, signed_at from inspection_inspector
     where tenant_id = ? and inspection_id = ? order by name`,
    [row.tenant_id, row.id],
  );
  const indicators = indicatorsOf(tree);
  const answered = indicators.filter((i) => findings.get(i.id)?.result).length;
  const found = nonConformities(tree, findings);
  const now = today();
  const summary = summaryView(row, tenantId);
  return {
    ...summary,
    basis: row.basis,
    place: row.place,
    orderedReportDueOn: isoDate(row.report_due_on),
    annex: row.annex,
    catalogue: { versionId: row.catalogue_version_id, effectiveFrom: isoDate(row.catalogue_effective_from) },
    scopeCriteria: row.scope_criteria,
    providerPresent: row.provider_present,
    usersAsked: row.users_asked,
    usersConsented: row.users_consented,
    consentNote: row.consent_note,
    facts: row.facts,
    otherViolations: row.other_violations,
    conclusions: row.conclusions,
    forwardLetterNumber: row.forward_letter_number,
    forwardedToAgency: row.forwarded_to_tenant_id !== null,
    inspectors: inspectors.map((i) => ({
      userId: i.user_id,
      name: i.name,
      position: i.position,
      signedAt: instantOrNull(i.signed_at),
    })),
    mySignatureDue:
      summary.viewer === 'municipality' &&
      inspectors.some((i) => i.user_id === userId && !i.signed_at) &&
      (row.status === 'in_progress' || row.status === 'signing'),
    progress: { answered, total: indicators.length },
    nonConformities: found,
    needsForwarding: row.status === 'signed' && (found.length > 0 || row.other_violations !== null),
    attachments: attachmentRows.map(attachmentView),
    prescriptions: prescriptions.map((p) => prescriptionView(p, now)),
    checklist: checklist(tree, findings, byItem) as ChecklistSection[],
  };
}

export type InspectionDetail = Awaited<ReturnType<typeof inspectionDetail>>;

async function tenantKind(em: EntityManager, id: string) {
  const [row] = await em.execute<{ kind: string }[]>(`select kind from tenant where id = ?`, [id]);
  return row?.kind;
}

async function assertMunicipality(em: EntityManager, tenantId: string) {
  if ((await tenantKind(em, tenantId)) !== 'municipality') throw new AppError(403, 'forbidden');
}

export interface InspectorInput {
  userId: string;
  position?: string | null | undefined;
}

/** The inspectors are the municipality's own people (officials or engaged experts, art. 29), members of its tenant. */
async function checkInspectors(em: EntityManager, tenantId: string, inspectors: InspectorInput[]) {
  if (inspectors.length === 0) throw invalid('inspectors', 'minItems', { limit: 1 });
  const ids = [...new Set(inspectors.map((i) => i.userId))];
  const members = await em.execute<{ user_id: string; display_name: string }[]>(
    `select m.user_id, u.display_name from membership m join app_user u on u.id = m.user_id
     where m.tenant_id = ? and m.user_id = any (string_to_array(?, ',')::uuid[])`,
    [tenantId, ids.join(',')],
  );
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
  await em.execute(`delete from inspection_inspector where tenant_id = ? and inspection_id = ?`, [
    tenantId,
    id,
  ]);
  for (const i of inspectors)
    await em.execute(
      `insert into inspection_inspector (tenant_id, inspection_id, user_id, name, position) values (?, ?, ?, ?, ?)`,
      [tenantId, id, i.userId, i.name, i.position],
    );
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
  em: EntityManager,
  tenantId: string,
  userId: string,
  input: OrderInput,
) {
  await assertMunicipality(em, tenantId);
  if (!REASONS_OF[input.kind].includes(input.reason)) throw invalid('reason', 'reason_of_kind');
  const orderNumber = input.orderNumber.trim();
  if (!orderNumber) throw invalid('orderNumber', 'required');
  const [contract] = await em.execute<{ provider_tenant_id: string; service_id: string | null }[]>(
    `select provider_tenant_id, service_id from commissioning_contract
     where tenant_id = ? and id = ? and status = 'active'`,
    [tenantId, input.contractId],
  );
  if (!contract?.service_id) throw invalid('contractId', 'contract_not_active');
  // Row-level security (commissioned_read) shows the municipality the service while the contract is in force.
  const [service] = await em.execute<
    {
      name: string;
      address: string | null;
      plugin_code: string;
      variant_key: string;
      provider_name: string;
    }[]
  >(
    `select s.name, s.address, s.plugin_code, s.variant_key, t.legal_name as provider_name
     from service s join tenant t on t.id = s.tenant_id where s.tenant_id = ? and s.id = ?`,
    [contract.provider_tenant_id, contract.service_id],
  );
  if (!service) throw invalid('contractId', 'contract_not_active');
  const version = await latestVersion(em, service.plugin_code, service.variant_key);
  if (!version) throw new AppError(503, 'catalogue_not_synced');
  const scope = await checkScope(em, version.id, input.scopeCriteria);
  const place = optionalText(input.place) ?? service.address;
  if (!place) throw invalid('place', 'required');
  const reportDue = input.reportDueOn ?? addDays(input.endsOn, REPORT_DAYS);
  checkDates({ ...input, reportDueOn: reportDue });
  const inspectors = await checkInspectors(em, tenantId, input.inspectors);
  const id = uuidv7();
  await em.execute(
    `insert into inspection (tenant_id, id, provider_tenant_id, service_id, contract_id, service_name, provider_name,
       kind, reason, order_number, order_date, basis, catalogue_version_id, scope_criteria, place, starts_on, ends_on,
       report_due_on, created_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${scope ? 'string_to_array(?, chr(31))' : '?::text[]'},
       ?, ?, ?, ?, ?)`,
    [
      tenantId,
      id,
      contract.provider_tenant_id,
      contract.service_id,
      input.contractId,
      service.name,
      service.provider_name,
      input.kind,
      input.reason,
      orderNumber,
      input.orderDate,
      optionalText(input.basis) ?? DEFAULT_BASIS[input.kind],
      version.id,
      scope ? scope.join('\u001f') : null,
      place,
      input.startsOn,
      input.endsOn,
      reportDue,
      userId,
    ],
  );
  await replaceInspectors(em, tenantId, id, inspectors);
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
  em: EntityManager,
  tenantId: string,
  id: string,
  input: InspectionUpdate,
) {
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
  const updated = await em.execute<{ id: string }[]>(
    `update inspection set order_number = ?, order_date = ?, basis = ?, place = ?, starts_on = ?, ends_on = ?,
       report_due_on = ?, completed_on = ?, provider_present = ?, users_asked = ?, users_consented = ?,
       consent_note = ?, facts = ?, other_violations = ?, conclusions = ?,
       status = case when status = 'ordered' and ?::date is not null then 'in_progress' else status end,
       version = version + 1, updated_at = now()
     where tenant_id = ? and id = ? and version = ? returning id`,
    [
      orderNumber,
      dates.orderDate,
      basis,
      place,
      dates.startsOn,
      dates.endsOn,
      dates.reportDueOn,
      completedOn,
      text(input.providerPresent, row.provider_present),
      usersAsked,
      usersConsented,
      text(input.consentNote, row.consent_note),
      text(input.facts, row.facts),
      text(input.otherViolations, row.other_violations),
      text(input.conclusions, row.conclusions),
      completedOn,
      tenantId,
      id,
      input.version,
    ],
  );
  if (updated.length === 0) throw stale();
  if (inspectors) await replaceInspectors(em, tenantId, id, inspectors);
}

export async function deleteInspection(em: EntityManager, tenantId: string, id: string) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  await em.execute(`delete from inspection where tenant_id = ? and id = ?`, [tenantId, id]);
}

async function indicatorInScope(em: EntityManager, row: InspectionRow, itemId: string, field = 'itemId') {
  const tree = scopedTree(await versionTree(em, row.catalogue_version_id), row.scope_criteria);
  if (!indicatorsOf(tree).some((i) => i.id === itemId)) throw invalid(field, 'not_in_scope');
}

/** The first finding starts the inspection. */
async function markStarted(em: EntityManager, row: InspectionRow) {
  if (row.status !== 'ordered') return;
  await em.execute(
    `update inspection set status = 'in_progress', updated_at = now(), version = version + 1
     where tenant_id = ? and id = ?`,
    [row.tenant_id, row.id],
  );
}

/** One indicator's finding, with per-indicator optimistic locking (two inspectors on one tablet each). */
export async function saveFinding(
  em: EntityManager,
  tenantId: string,
  userId: string,
  id: string,
  input: {
    itemId: string;
    result: IndicatorResult | null;
    note?: string | null | undefined;
    version: number;
  },
) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  await indicatorInScope(em, row, input.itemId);
  const note = optionalText(input.note) ?? null;
  const findingVersion = await saveAnswer(
    em,
    'inspection',
    { tenantId, parentId: id, itemId: input.itemId },
    { result: input.result, note, userId, version: input.version },
  );
  await markStarted(em, row);
  return { itemId: input.itemId, result: input.result, note, findingVersion };
}

/** A photo or a copy of a document collected on site (art. 33(3)), stored like evidence files, with the report. */
export async function addAttachment(
  em: EntityManager,
  store: ObjectStore | null,
  tenantId: string,
  userId: string,
  id: string,
  input: { name: string; itemId?: string | undefined; description?: string | undefined },
  content: Buffer,
) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  if (input.itemId) await indicatorInScope(em, row, input.itemId, 'query.itemId');
  const file = await storeFile(em, tenantId, userId, input.name, content, store);
  const attachmentId = uuidv7();
  await em.execute(
    `insert into inspection_attachment (tenant_id, id, inspection_id, item_id, file_id, description, created_by)
     values (?, ?, ?, ?, ?, ?, ?)`,
    [
      tenantId,
      attachmentId,
      id,
      input.itemId ?? null,
      file.id,
      optionalText(input.description) ?? null,
      userId,
    ],
  );
  await markStarted(em, row);
  return { id: attachmentId, itemId: input.itemId ?? null, fileId: file.id, name: file.name };
}

export async function removeAttachment(
  em: EntityManager,
  tenantId: string,
  id: string,
  attachmentId: string,
) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  const deleted = await em.execute<{ file_id: string }[]>(
    `delete from inspection_attachment where tenant_id = ? and inspection_id = ? and id = ? returning file_id`,
    [tenantId, id, attachmentId],
  );
  if (!deleted[0]) throw new AppError(404, 'not_found');
  // The file goes too, unless a correction still refers to it.
  await em.execute(
    `delete from stored_file f where f.tenant_id = ? and f.id = ? and storage = 'database'
       and not exists (select 1 from inspection_attachment a where a.tenant_id = f.tenant_id and a.file_id = f.id)`,
    [tenantId, deleted[0].file_id],
  );
}

/** An attachment's file, for whoever may read the inspection (row-level security decides). */
export async function attachmentFile(
  em: EntityManager,
  store: ObjectStore | null,
  id: string,
  attachmentId: string,
) {
  const rows = await em.execute<
    { name: string; media_type: string; content: Buffer | null; storage_key: string | null }[]
  >(
    `select f.name, f.media_type, f.content, f.storage_key from inspection_attachment a
     join stored_file f on f.tenant_id = a.tenant_id and f.id = a.file_id
     where a.inspection_id = ? and a.id = ?`,
    [id, attachmentId],
  );
  const row = rows[0];
  if (!row) throw new AppError(404, 'not_found');
  if (row.content) return { name: row.name, mediaType: row.media_type, content: row.content };
  if (!store || !row.storage_key) throw new AppError(503, 'storage_unavailable');
  return { name: row.name, mediaType: row.media_type, content: await store.get(row.storage_key) };
}

export async function addPrescription(
  em: EntityManager,
  tenantId: string,
  id: string,
  input: { text: string; dueOn: string; itemId?: string | null | undefined },
) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  const text = input.text.trim();
  if (!text) throw invalid('text', 'required');
  if (input.dueOn < isoDate(row.starts_on)) throw invalid('dueOn', 'not_before_start');
  if (input.itemId) await indicatorInScope(em, row, input.itemId);
  const prescriptionId = uuidv7();
  await em.execute(
    `insert into inspection_prescription (tenant_id, id, inspection_id, item_id, text, due_on) values (?, ?, ?, ?, ?, ?)`,
    [tenantId, prescriptionId, id, input.itemId ?? null, text, input.dueOn],
  );
  return prescriptionId;
}

export async function removePrescription(
  em: EntityManager,
  tenantId: string,
  id: string,
  prescriptionId: string,
) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  const deleted = await em.execute<{ id: string }[]>(
    `delete from inspection_prescription where tenant_id = ? and inspection_id = ? and id = ? returning id`,
    [tenantId, id, prescriptionId],
  );
  if (!deleted[0]) throw new AppError(404, 'not_found');
}

/** The follow-up of a signed report: the municipality records that a prescription was fulfilled. */
export async function prescriptionDone(
  em: EntityManager,
  tenantId: string,
  id: string,
  prescriptionId: string,
  doneOn: string | null,
) {
  const row = await findRow(em, id, tenantId);
  if (doneOn && doneOn > today()) throw invalid('doneOn', 'not_in_future');
  if (doneOn && doneOn < isoDate(row.order_date)) throw invalid('doneOn', 'not_before_start');
  const updated = await em.execute<{ id: string }[]>(
    `update inspection_prescription set done_on = ? where tenant_id = ? and inspection_id = ? and id = ? returning id`,
    [doneOn, tenantId, id, prescriptionId],
  );
  if (!updated[0]) throw new AppError(404, 'not_found');
}

/**
 * An inspector signs the report for themselves. The first signature freezes the report (database guards); the last
 * one delivers it — to the mayor, in the municipality's Mera, and to the provider (art. 33(4)).
 */
export async function signInspection(em: EntityManager, tenantId: string, userId: string, id: string) {
  const row = await findRow(em, id, tenantId);
  if (row.status === 'signed') throw new AppError(409, 'inspection_signed');
  const [me] = await em.execute<{ signed_at: Date | null }[]>(
    `select signed_at from inspection_inspector where tenant_id = ? and inspection_id = ? and user_id = ?`,
    [tenantId, id, userId],
  );
  if (!me) throw new AppError(403, 'not_an_inspector');
  if (me.signed_at) throw new AppError(409, 'inspection_signed');
  if (row.status !== 'signing') {
    if (!row.completed_on) throw invalid('completedOn', 'required');
    if (!row.facts) throw invalid('facts', 'required');
    const tree = scopedTree(await versionTree(em, row.catalogue_version_id), row.scope_criteria);
    const [answered] = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from inspection_finding where tenant_id = ? and inspection_id = ? and result is not null`,
      [tenantId, id],
    );
    const missing = indicatorsOf(tree).length - (answered?.n ?? 0);
    if (missing > 0)
      throw new AppError(400, 'validation_failed', {
        fields: [{ field: 'body', rule: 'unanswered_indicators', params: { count: missing } }],
      });
    await em.execute(
      `update inspection set status = 'signing', version = version + 1, updated_at = now()
       where tenant_id = ? and id = ?`,
      [tenantId, id],
    );
  }
  await em.execute(
    `update inspection_inspector set signed_at = now() where tenant_id = ? and inspection_id = ? and user_id = ?`,
    [tenantId, id, userId],
  );
  const [left] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from inspection_inspector where tenant_id = ? and inspection_id = ? and signed_at is null`,
    [tenantId, id],
  );
  if ((left?.n ?? 0) === 0)
    await em.execute(
      `update inspection set status = 'signed', signed_at = now(), mayor_received_on = ?,
         version = version + 1, updated_at = now() where tenant_id = ? and id = ?`,
      [today(), tenantId, id],
    );
}

/**
 * Art. 34: a report with non-conformities (or other violations) goes to the agency with its documents. When the
 * agency works in Mera, it reads the report, its findings and attachments from then on (row-level security:
 * `forwarded_read`); the letter is produced either way.
 */
export async function forwardInspection(
  em: EntityManager,
  tenantId: string,
  id: string,
  input: { letterNumber: string },
) {
  const detail = await inspectionDetail(em, tenantId, null, id);
  if (detail.viewer !== 'municipality') throw new AppError(404, 'not_found');
  if (detail.status !== 'signed') throw new AppError(409, 'inspection_not_signed');
  if (!detail.needsForwarding) throw new AppError(409, 'nothing_to_forward');
  if (detail.forwardedAt) throw new AppError(409, 'already_forwarded');
  const letterNumber = input.letterNumber.trim();
  if (!letterNumber) throw invalid('letterNumber', 'required');
  const [agency] = await em.execute<{ id: string }[]>(
    `select id from tenant where kind = 'agency' order by created_at limit 1`,
  );
  await em.execute(
    `update inspection set forwarded_at = now(), forwarded_to_tenant_id = ?, forward_letter_number = ?,
       version = version + 1, updated_at = now() where tenant_id = ? and id = ?`,
    [agency?.id ?? null, letterNumber, tenantId, id],
  );
}

/**
 * A signed report never changes; a correction is a new inspection report linked to it, starting from a copy of its
 * findings, attachments and prescriptions, to be signed again.
 */
export async function correctInspection(em: EntityManager, tenantId: string, userId: string, id: string) {
  const row = await findRow(em, id, tenantId);
  if (row.status !== 'signed') throw new AppError(409, 'inspection_not_signed');
  const newId = uuidv7();
  const copy = (columns: string) =>
    em.execute(
      `insert into inspection (tenant_id, id, ${columns}, status, corrects_id, created_by)
       select tenant_id, ?, ${columns}, 'in_progress', id, ? from inspection where tenant_id = ? and id = ?`,
      [newId, userId, tenantId, id],
    );
  await copy(
    `provider_tenant_id, service_id, contract_id, service_name, provider_name, kind, reason, order_number, order_date,
     basis, catalogue_version_id, scope_criteria, place, starts_on, ends_on, report_due_on, completed_on,
     provider_present, users_asked, users_consented, consent_note, facts, other_violations, conclusions`,
  );
  const params = [newId, tenantId, id];
  await em.execute(
    `insert into inspection_inspector (tenant_id, inspection_id, user_id, name, position)
     select tenant_id, ?, user_id, name, position from inspection_inspector where tenant_id = ? and inspection_id = ?`,
    params,
  );
  await em.execute(
    `insert into inspection_finding (tenant_id, inspection_id, item_id, result, note, updated_by)
     select tenant_id, ?, item_id, result, note, updated_by from inspection_finding where tenant_id = ? and inspection_id = ?`,
    params,
  );
  await em.execute(
    `insert into inspection_attachment (tenant_id, id, inspection_id, item_id, file_id, description, created_by)
     select tenant_id, gen_random_uuid(), ?, item_id, file_id, description, created_by
     from inspection_attachment where tenant_id = ? and inspection_id = ?`,
    params,
  );
  await em.execute(
    `insert into inspection_prescription (tenant_id, id, inspection_id, item_id, text, due_on, done_on)
     select tenant_id, gen_random_uuid(), ?, item_id, text, due_on, done_on
     from inspection_prescription where tenant_id = ? and inspection_id = ?`,
    params,
  );
  return newId;
}

export interface PlanRow {
  contractId: string;
  serviceId: string;
  serviceName: string;
  providerName: string;
  address: string | null;
  lastInspectionOn: string | null;
  lastInspectionId: string | null;
  openInspectionId: string | null;
  /** The latest day by which the next periodic inspection must happen (art. 30(2)). */
  dueBy: string;
  state: 'overdue' | 'due' | 'ok' | 'ordered';
}

/** How far ahead the plan marks a service as due. */
export const PLAN_HORIZON_DAYS = 90;

/**
 * The plan of periodic inspections: every service commissioned under a contract in force, the last inspection, and
 * the day by which the next one is due — two years after the last one ended, or after the contract began.
 */
export async function inspectionPlan(em: EntityManager, tenantId: string): Promise<PlanRow[]> {
  await assertMunicipality(em, tenantId);
  const rows = await em.execute<
    {
      contract_id: string;
      service_id: string;
      starts_on: string;
      service_name: string | null;
      provider_name: string;
      address: string | null;
      last_on: string | null;
      last_id: string | null;
      open_id: string | null;
    }[]
  >(
    `select c.id as contract_id, c.service_id, c.starts_on::text, s.name as service_name, t.legal_name as provider_name,
       s.address,
       (select coalesce(i.completed_on, i.ends_on)::text from inspection i where i.tenant_id = c.tenant_id
          and i.service_id = c.service_id and i.status = 'signed' order by coalesce(i.completed_on, i.ends_on) desc limit 1) as last_on,
       (select i.id from inspection i where i.tenant_id = c.tenant_id and i.service_id = c.service_id
          and i.status = 'signed' order by coalesce(i.completed_on, i.ends_on) desc limit 1) as last_id,
       (select i.id from inspection i where i.tenant_id = c.tenant_id and i.service_id = c.service_id
          and i.status <> 'signed' order by i.order_date desc limit 1) as open_id
     from commissioning_contract c
     join tenant t on t.id = c.provider_tenant_id
     left join service s on s.tenant_id = c.provider_tenant_id and s.id = c.service_id
     where c.tenant_id = ? and c.status = 'active' and c.service_id is not null
     order by s.name, t.legal_name`,
    [tenantId],
  );
  const now = today();
  return rows.map((r) => {
    const dueBy = addMonths(r.last_on ?? r.starts_on, INSPECTION_INTERVAL_MONTHS);
    return {
      contractId: r.contract_id,
      serviceId: r.service_id,
      serviceName: r.service_name ?? '',
      providerName: r.provider_name,
      address: r.address,
      lastInspectionOn: r.last_on,
      lastInspectionId: r.last_id,
      openInspectionId: r.open_id,
      dueBy,
      state: r.open_id
        ? 'ordered'
        : dueBy < now
          ? 'overdue'
          : dueBy <= addDays(now, PLAN_HORIZON_DAYS)
            ? 'due'
            : 'ok',
    };
  });
}
