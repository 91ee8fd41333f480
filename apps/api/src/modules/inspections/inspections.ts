import {
  INSPECTION_KINDS,
  INSPECTION_REASONS,
  sql,
  sqlOf,
  type EntityManager,
  type InspectionKind,
  type InspectionReason,
  type InspectionStatus,
} from '@mera/db';
import type { TenantContext } from '../../shared/context.ts';
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
import { sameTenant } from '../../shared/sql.ts';

export {
  INSPECTION_KINDS,
  INSPECTION_REASONS,
  type InspectionKind,
  type InspectionReason,
  type InspectionStatus,
};

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

/** The inspections with their municipality's name and their catalogue version, as every view reads them. */
function inspections(em: EntityManager) {
  return sqlOf(em)
    .selectFrom('inspection as i')
    .innerJoin('tenant as m', 'm.id', 'i.tenant_id')
    .innerJoin('catalogue_version as v', 'v.id', 'i.catalogue_version_id')
    .selectAll('i')
    .select(['m.legal_name as municipality_name', 'v.annex', 'v.effective_from as catalogue_effective_from']);
}

export const dateOrNull = (value: string | Date | null) => (value ? isoDate(value) : null);
const instantOrNull = (value: string | Date | null) => (value ? new Date(value).toISOString() : null);

/**
 * One inspection, as row-level security lets the current tenant see it: the municipality its own, the provider the
 * signed ones about its services, the agency the forwarded ones. `ownTenantId` narrows to the tenant's own (for
 * every change).
 */
export async function findRow(em: EntityManager, id: string, ownTenantId: string | null) {
  let query = inspections(em).where('i.id', '=', id);
  if (ownTenantId) query = query.where('i.tenant_id', '=', ownTenantId);
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found');
  return row;
}
/** An inspection as its service functions read it. */
export type InspectionRecord = Awaited<ReturnType<typeof findRow>>;

export function assertOpen(row: InspectionRecord) {
  if (row.status === 'signing' || row.status === 'signed') throw new AppError(409, 'inspection_signed');
}

/** The legal deadline of the report: as ordered, and never later than 10 days after the on-site work ended. */
export function reportDueOn(row: Pick<InspectionRecord, 'report_due_on' | 'completed_on'>): string {
  return inspectionReportDue({
    reportDueOn: isoDate(row.report_due_on),
    completedOn: row.completed_on ? isoDate(row.completed_on) : null,
  });
}

/** What was collected on site, with its file's name, type and size. */
function attachmentsOf(em: EntityManager, tenantId: string, inspectionId: string) {
  return sqlOf(em)
    .selectFrom('inspection_attachment as a')
    .innerJoin('stored_file as f', (join) => sameTenant(join, 'f.id', 'a.file_id'))
    .select([
      'a.id',
      'a.item_id',
      'a.file_id',
      'a.description',
      'f.name',
      'f.media_type',
      'f.size_bytes',
      'a.created_at',
    ])
    .where('a.tenant_id', '=', tenantId)
    .where('a.inspection_id', '=', inspectionId)
    .orderBy('a.created_at')
    .execute();
}
type Attachment = Awaited<ReturnType<typeof attachmentsOf>>[number];

function prescriptionsOf(em: EntityManager, tenantId: string, inspectionId: string) {
  return sqlOf(em)
    .selectFrom('inspection_prescription')
    .select(['id', 'item_id', 'text', 'due_on', 'done_on'])
    .where('tenant_id', '=', tenantId)
    .where('inspection_id', '=', inspectionId)
    .orderBy('due_on')
    .orderBy('created_at')
    .execute();
}
type Prescription = Awaited<ReturnType<typeof prescriptionsOf>>[number];

const attachmentView = (a: Attachment) => ({
  id: a.id,
  itemId: a.item_id,
  fileId: a.file_id,
  name: a.name,
  mediaType: a.media_type,
  sizeBytes: a.size_bytes,
  description: a.description,
  createdAt: new Date(a.created_at).toISOString(),
});

const prescriptionView = (p: Prescription, now: string) => ({
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
  attachments: Map<string, Attachment[]>,
  prescriptions: Map<string, Prescription[]>,
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

function summaryView(row: InspectionRecord, tenantId: string) {
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

export async function listInspections({ em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>) {
  const rows = await inspections(em)
    .where('i.tenant_id', '=', tenantId)
    .orderBy('i.order_date', 'desc')
    .orderBy('i.created_at', 'desc')
    .execute();
  return rows.map((r) => summaryView(r, tenantId));
}

/** Reports received: by a provider, the signed ones about its services; by the agency, those forwarded to it. */
export async function receivedInspections({ em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>) {
  const rows = await inspections(em)
    .where('i.tenant_id', '<>', tenantId)
    .orderBy('i.signed_at', (order) => order.desc().nullsLast())
    .execute();
  return rows.map((r) => summaryView(r, tenantId));
}

/** What a route that changes an inspection answers: the inspection as it is once `change` is done. */
export async function inspectionAfter(ctx: TenantContext, id: string, change: Promise<unknown>) {
  await change;
  return inspectionDetail(ctx, id);
}

/** An inspection as the current tenant reads it; `userId` null: nobody's signature is asked for. */
export async function inspectionDetail(
  { em, tenantId, userId }: Pick<TenantContext, 'em' | 'tenantId'> & { userId: string | null },
  id: string,
) {
  const row = await findRow(em, id, null);
  const tree = await checklistTree(em, row.catalogue_version_id, row.scope_criteria);
  const findings = await loadAnswers(em, 'inspection', row.tenant_id, row.id);
  const attachmentRows = await attachmentsOf(em, row.tenant_id, row.id);
  const prescriptions = await prescriptionsOf(em, row.tenant_id, row.id);
  const inspectors = await sqlOf(em)
    .selectFrom('inspection_inspector')
    .select(['user_id', 'name', 'position', 'signed_at'])
    .where('tenant_id', '=', row.tenant_id)
    .where('inspection_id', '=', row.id)
    .orderBy('name')
    .execute();
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
  const tenant = await sqlOf(em).selectFrom('tenant').select('kind').where('id', '=', id).executeTakeFirst();
  return tenant?.kind;
}

export async function assertMunicipality(em: EntityManager, tenantId: string) {
  if ((await tenantKind(em, tenantId)) !== 'municipality') throw new AppError(403, 'forbidden');
}

/**
 * A municipality's inspection as a checklist of the engine: findings by the inspectors named in the order, closed
 * from the first signature on (art. 33(2)); the first finding starts it.
 */
export const INSPECTION: Checklist<InspectionRecord> = {
  kind: 'inspection',
  find: (em, tenantId, id) => findRow(em, id, tenantId),
  assertOpen,
  tree: (em, row) => checklistTree(em, row.catalogue_version_id, row.scope_criteria),
  async markStarted(em, row) {
    if (row.status !== 'ordered') return;
    await sqlOf(em)
      .updateTable('inspection')
      .set((eb) => ({
        status: 'in_progress',
        updated_at: sql<string>`now()`,
        version: eb('version', '+', 1),
      }))
      .where('tenant_id', '=', row.tenant_id)
      .where('id', '=', row.id)
      .execute();
  },
};
