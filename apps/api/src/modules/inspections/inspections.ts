import type { EntityManager } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import {
  answerFields,
  byItem,
  checklistTree,
  indicatorsOf,
  loadAnswers,
  mapTree,
} from '../checklists/index.ts';
import type { Answer, Checklist, ChecklistAction, GroupBase } from '../checklists/index.ts';
import type { TreeNode } from '../catalogue/index.ts';
import { addDays, isoDate, today } from '@mera/calendar';
import { FORWARD_DAYS, inspectionReportDue } from '../deadlines/index.ts';

export const INSPECTION_KINDS = ['periodic', 'extraordinary'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export const INSPECTION_REASONS = ['plan', 'need', 'complaint', 'own_initiative'] as const;
export type InspectionReason = (typeof INSPECTION_REASONS)[number];
export type InspectionStatus = 'ordered' | 'in_progress' | 'signing' | 'signed';

export const REASONS_OF: Record<InspectionKind, InspectionReason[]> = {
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

export const dateOrNull = (value: string | Date | null) => (value ? isoDate(value) : null);
const instantOrNull = (value: string | Date | null) => (value ? new Date(value).toISOString() : null);

/**
 * One inspection, as row-level security lets the current tenant see it: the municipality its own, the provider the
 * signed ones about its services, the agency the forwarded ones. `ownTenantId` narrows to the tenant's own (for
 * every change).
 */
export async function findRow(
  em: EntityManager,
  id: string,
  ownTenantId: string | null,
): Promise<InspectionRow> {
  const rows = await em.execute<InspectionRow[]>(
    `${SELECT} where i.id = ? and (?::uuid is null or i.tenant_id = ?)`,
    [id, ownTenantId, ownTenantId],
  );
  if (!rows[0]) throw new AppError(404, 'not_found');
  return rows[0];
}

export function assertOpen(row: InspectionRow) {
  if (row.status === 'signing' || row.status === 'signed') throw new AppError(409, 'inspection_signed');
}

/** The legal deadline of the report: as ordered, and never later than 10 days after the on-site work ended. */
export function reportDueOn(row: Pick<InspectionRow, 'report_due_on' | 'completed_on'>): string {
  return inspectionReportDue({
    reportDueOn: isoDate(row.report_due_on),
    completedOn: row.completed_on ? isoDate(row.completed_on) : null,
  });
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

export interface ChecklistIndicator extends ReturnType<typeof answerFields> {
  id: string;
  key: string;
  text: string | null;
  sources: string[];
  findingVersion: number;
  attachments: ReturnType<typeof attachmentView>[];
  actions: ChecklistAction[];
}
export type ChecklistGroup<K extends string, C> = GroupBase<K, C>;
export type ChecklistSection = ChecklistGroup<
  'section',
  ChecklistGroup<'standard', ChecklistGroup<'criterion', ChecklistIndicator>>
>;

function checklist(
  nodes: TreeNode[],
  findings: Map<string, Answer>,
  attachments: Map<string, AttachmentRow[]>,
  prescriptions: Map<string, PrescriptionRow[]>,
) {
  return mapTree<ChecklistIndicator, GroupBase<string, unknown>>(
    nodes,
    (node) => {
      const answer = answerFields(findings.get(node.id));
      return {
        id: node.id,
        key: node.key,
        text: node.text,
        sources: node.sources,
        ...answer,
        findingVersion: answer.version,
        attachments: (attachments.get(node.id) ?? []).map(attachmentView),
        actions: (prescriptions.get(node.id) ?? []).map((p) => ({
          kind: 'prescription' as const,
          id: p.id,
          title: p.text,
        })),
      };
    },
    (_node, base) => base,
  ) as ChecklistSection[];
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

function nonConformities(tree: TreeNode[], findings: Map<string, Answer>): NonConformity[] {
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
  const tree = await checklistTree(em, row.catalogue_version_id, row.scope_criteria);
  const findings = await loadAnswers(em, 'inspection', row.tenant_id, row.id);
  const attachmentRows = await em.execute<AttachmentRow[]>(
    `select a.id, a.item_id, a.file_id, a.description, f.name, f.media_type, f.size_bytes, a.created_at
     from inspection_attachment a join stored_file f on f.tenant_id = a.tenant_id and f.id = a.file_id
     where a.tenant_id = ? and a.inspection_id = ? order by a.created_at`,
    [row.tenant_id, row.id],
  );
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
    checklist: checklist(tree, findings, byItem(attachmentRows), byItem(prescriptions)),
  };
}

export type InspectionDetail = Awaited<ReturnType<typeof inspectionDetail>>;

async function tenantKind(em: EntityManager, id: string) {
  const [row] = await em.execute<{ kind: string }[]>(`select kind from tenant where id = ?`, [id]);
  return row?.kind;
}

export async function assertMunicipality(em: EntityManager, tenantId: string) {
  if ((await tenantKind(em, tenantId)) !== 'municipality') throw new AppError(403, 'forbidden');
}

/**
 * A municipality's inspection as a checklist of the engine: findings by the inspectors named in the order, closed
 * from the first signature on (art. 33(2)); the first finding starts it.
 */
export const INSPECTION: Checklist<InspectionRow> = {
  kind: 'inspection',
  find: (em, tenantId, id) => findRow(em, id, tenantId),
  assertOpen,
  tree: (em, row) => checklistTree(em, row.catalogue_version_id, row.scope_criteria),
  async markStarted(em, row) {
    if (row.status !== 'ordered') return;
    await em.execute(
      `update inspection set status = 'in_progress', updated_at = now(), version = version + 1
       where tenant_id = ? and id = ?`,
      [row.tenant_id, row.id],
    );
  },
};
