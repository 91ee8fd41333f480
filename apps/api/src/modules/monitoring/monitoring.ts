import type { InferResult } from 'kysely';
import { MonitoringReport, sqlOf, Tenant, type EntityManager } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import { assertEditable, bgDate, changedTexts, sectionTexts } from '../documents/index.ts';
import { assembleMonitoring, type MonitoringData } from './assemble.ts';
import {
  ART_35_METHODS,
  composeMonitoring,
  draftMonitoringSections,
  MONITORING_SECTIONS,
  MONITORING_TITLE,
} from './document.ts';

/** The municipality's monitoring reports with the name of who approved them. */
function monitoringReports(em: EntityManager, tenantId: string) {
  return sqlOf(em)
    .selectFrom('monitoring_report as r')
    .leftJoin('app_user as u', 'u.id', 'r.approved_by')
    .selectAll('r')
    .select('u.display_name as approved_by_name')
    .where('r.tenant_id', '=', tenantId);
}
/** A monitoring report as the query above reads it. */
type ListedMonitoring = InferResult<ReturnType<typeof monitoringReports>>[number];

const SECTION_KEYS = MONITORING_SECTIONS.map(({ key }) => key);

const iso = (value: Date | string) => new Date(value).toISOString();

function summaryView(row: ListedMonitoring) {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    year: row.year,
    title: row.title,
    status: row.status,
    approvedAt: row.approved_at ? iso(row.approved_at) : null,
    approvedByName: row.approved_by_name,
    createdAt: iso(row.created_at),
    version: row.version,
  };
}

function detailView(row: ListedMonitoring) {
  return {
    ...summaryView(row),
    assembledAt: iso(row.assembled_at),
    methods: Object.entries(ART_35_METHODS).map(([number, text]) => ({ number: Number(number), text })),
    sectionTitles: MONITORING_SECTIONS.map(({ key, method, title }) => ({ key, method, title })),
    sections: sectionTexts(SECTION_KEYS, row.sections),
    data: row.data as MonitoringData,
  };
}

/** The yearly monitoring is the mayor's (art. 35): a provider has none and is refused, like the oversight routes. */
export async function assertMunicipality(em: EntityManager, tenantId: string) {
  const tenant = await em.findOne(Tenant, { id: tenantId }, { fields: ['kind'] });
  if (tenant?.kind === 'provider') throw new AppError(403, 'forbidden');
}

async function findRow(em: EntityManager, tenantId: string, id: string): Promise<ListedMonitoring> {
  const row = await monitoringReports(em, tenantId).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found');
  return row;
}

const assertDraft = (row: ListedMonitoring, version?: number) =>
  assertEditable(row.status === 'approved', 'monitoring_report_approved', row, version);

/** The report's record, to change it (after the checks on its view). */
const recordOf = (em: EntityManager, row: ListedMonitoring) =>
  em.findOneOrFail(MonitoringReport, { tenantId: row.tenant_id, id: row.id });

export async function listMonitoringReports({ em, tenantId }: TenantContext) {
  await assertMunicipality(em, tenantId);
  return (await monitoringReports(em, tenantId).orderBy('r.year', 'desc').execute()).map(summaryView);
}

export async function monitoringReportDetail({ em, tenantId }: TenantContext, id: string) {
  await assertMunicipality(em, tenantId);
  return detailView(await findRow(em, tenantId, id));
}

export async function createMonitoringReport(
  ctx: TenantContext,
  input: { year: number; title?: string | undefined },
) {
  const { em, tenantId, userId } = ctx;
  await assertMunicipality(em, tenantId);
  if ((await em.count(MonitoringReport, { tenantId, year: input.year })) > 0)
    throw new AppError(409, 'monitoring_year_exists', { fields: [{ field: 'body.year', rule: 'unique' }] });
  const data = await assembleMonitoring(ctx, input.year);
  const title = input.title?.trim() || `${MONITORING_TITLE} — ${input.year} г.`;
  const report = em.create(MonitoringReport, {
    tenantId,
    year: input.year,
    title,
    data,
    sections: draftMonitoringSections(data),
    createdBy: userId,
  });
  await em.flush();
  return detailView(await findRow(em, tenantId, report.id));
}

export async function updateMonitoringReport(
  { em, tenantId }: TenantContext,
  id: string,
  input: { version: number; title?: string | undefined; sections?: Record<string, string> | undefined },
) {
  await assertMunicipality(em, tenantId);
  const row = await findRow(em, tenantId, id);
  assertDraft(row, input.version);
  em.assign(await recordOf(em, row), changedTexts(row, SECTION_KEYS, input));
  await em.flush();
  return detailView(await findRow(em, tenantId, id));
}

/** Collects the year's figures again (a check completed or a report received since); the texts stay. */
export async function reassembleMonitoringReport(ctx: TenantContext, id: string, version: number) {
  const { em, tenantId } = ctx;
  await assertMunicipality(em, tenantId);
  const row = await findRow(em, tenantId, id);
  assertDraft(row, version);
  const data = await assembleMonitoring(ctx, row.year);
  em.assign(await recordOf(em, row), { data, assembledAt: new Date() });
  await em.flush();
  return detailView(await findRow(em, tenantId, id));
}

/** Approves the analysis: from now on the database refuses any change (`monitoring_report_guard`). */
export async function approveMonitoringReport(
  { em, tenantId, userId }: TenantContext,
  id: string,
  version: number,
) {
  await assertMunicipality(em, tenantId);
  const row = await findRow(em, tenantId, id);
  assertDraft(row, version);
  em.assign(await recordOf(em, row), { status: 'approved', approvedAt: new Date(), approvedBy: userId });
  await em.flush();
  return detailView(await findRow(em, tenantId, id));
}

/** The analysis as a renderer-neutral document (and its figures, for the workbook), with a file name. */
export async function monitoringDocument({ em, tenantId }: TenantContext, id: string) {
  await assertMunicipality(em, tenantId);
  const row = await findRow(em, tenantId, id);
  const document = composeMonitoring({
    title: row.title,
    data: row.data as MonitoringData,
    sections: row.sections,
    approvedAt: row.approved_at ? iso(row.approved_at) : null,
  });
  const name = `Ежегоден мониторинг ${row.year}${row.approved_at ? ` (утвърден ${bgDate(iso(row.approved_at).slice(0, 10))})` : ''}`;
  return { document, data: row.data as MonitoringData, name };
}
