import type { InferResult } from 'kysely';
import { Report, Service, sql, sqlOf, type EntityManager } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import { invalid } from '../../shared/validation.ts';
import { ofItsService } from '../../shared/sql.ts';
import { isoDate } from '@mera/calendar';
import { assembleReport, reportPeriod, type ReportData, type ReportKind } from './assemble.ts';
import { assertEditable, bgDate, changedTexts, sectionTexts } from '../documents/index.ts';
import { composeReport, draftSections, KIND_TITLES, SECTION_KEYS } from './document.ts';
import { publishNotice } from '../notices/index.ts';

/** Reports with the names they are shown with; row-level security decides which the tenant reads. */
function reports(em: EntityManager) {
  return sqlOf(em)
    .selectFrom('report as r')
    .leftJoin('service as s', (join) => ofItsService(join, 's', 'r'))
    .leftJoin('app_user as u', 'u.id', 'r.submitted_by')
    .selectAll('r')
    .select(['s.name as service_name', 'u.display_name as submitted_by_name']);
}
/** A report as the query above reads it. */
type ListedReport = InferResult<ReturnType<typeof reports>>[number];

function summaryView(row: ListedReport) {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    kind: row.kind,
    serviceId: row.service_id,
    serviceName: row.service_name,
    periodStart: isoDate(row.period_start),
    periodEnd: isoDate(row.period_end),
    title: row.title,
    status: row.status,
    submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
    submittedByName: row.submitted_by_name,
    createdAt: new Date(row.created_at).toISOString(),
    version: row.version,
  };
}

function detailView(row: ListedReport) {
  return {
    ...summaryView(row),
    assembledAt: new Date(row.assembled_at).toISOString(),
    sectionTitles: SECTION_KEYS[row.kind],
    sections: sectionTexts(
      SECTION_KEYS[row.kind].map(({ key }) => key),
      row.sections,
    ),
    data: row.data as ReportData,
  };
}

async function findRow(em: EntityManager, id: string): Promise<ListedReport> {
  // Row-level security decides: the tenant's own reports, or a commissioned service's submitted ones.
  const row = await reports(em).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found');
  return row;
}

const assertDraft = (row: ListedReport, version?: number) =>
  assertEditable(row.status === 'submitted', 'report_submitted', row, version);

/** The report's record, to change it (after the checks on its view). */
const recordOf = (em: EntityManager, row: ListedReport) =>
  em.findOneOrFail(Report, { tenantId: row.tenant_id, id: row.id });

export async function listReports(
  { em, tenantId }: TenantContext,
  query: { kind?: ReportKind | undefined; year?: number | undefined },
) {
  let rows = reports(em).where('r.tenant_id', '=', tenantId);
  if (query.kind) rows = rows.where('r.kind', '=', query.kind);
  if (query.year) rows = rows.where(sql<boolean>`extract(year from r.period_start) = ${query.year}`);
  return (await rows.orderBy('r.period_start', 'desc').orderBy('r.created_at', 'desc').execute()).map(
    summaryView,
  );
}

export async function reportDetail({ em }: Pick<TenantContext, 'em'>, id: string) {
  return detailView(await findRow(em, id));
}

export interface ReportInput {
  kind: ReportKind;
  year: number;
  half?: 1 | 2 | undefined;
  serviceId?: string | null | undefined;
  title?: string | undefined;
}

export async function createReport(ctx: TenantContext, input: ReportInput) {
  const { em, tenantId, userId } = ctx;
  if (input.kind === 'semi_annual_analysis' && !input.half) throw invalid('half', 'required');
  const serviceId = input.serviceId ?? null;
  if (serviceId && (await em.count(Service, { tenantId, id: serviceId })) === 0)
    throw invalid('serviceId', 'unknown_service');
  const period = reportPeriod(input.kind, input.year, input.half);
  const data = await assembleReport(ctx, input.kind, period, serviceId);
  const halfName = input.half === 2 ? 'второ полугодие' : 'първо полугодие';
  const title =
    input.title?.trim() ||
    (input.kind === 'semi_annual_analysis'
      ? `${KIND_TITLES[input.kind]} — ${halfName} на ${input.year} г.`
      : `${KIND_TITLES[input.kind]} — ${input.year} г.`);
  const report = em.create(Report, {
    tenantId,
    kind: input.kind,
    serviceId,
    periodStart: period.start,
    periodEnd: period.end,
    title,
    data,
    sections: draftSections(input.kind, data),
    createdBy: userId,
  });
  await em.flush();
  return reportDetail(ctx, report.id);
}

export async function updateReport(
  ctx: TenantContext,
  id: string,
  input: { version: number; title?: string | undefined; sections?: Record<string, string> | undefined },
) {
  const { em } = ctx;
  const row = await findRow(em, id);
  assertDraft(row, input.version);
  const texts = changedTexts(
    row,
    SECTION_KEYS[row.kind].map(({ key }) => key),
    input,
  );
  em.assign(await recordOf(em, row), texts);
  await em.flush();
  return reportDetail(ctx, id);
}

/** Collects the period's figures again (a check completed after the draft was started); the texts stay. */
export async function reassembleReport(ctx: TenantContext, id: string, version: number) {
  const { em } = ctx;
  const row = await findRow(em, id);
  assertDraft(row, version);
  // A draft is always the tenant's own (row-level security lets only submitted reports through to others).
  const data = await assembleReport(
    ctx,
    row.kind,
    { start: isoDate(row.period_start), end: isoDate(row.period_end) },
    row.service_id,
  );
  em.assign(await recordOf(em, row), { data, assembledAt: new Date() });
  await em.flush();
  return reportDetail(ctx, id);
}

export async function submitReport(ctx: TenantContext, id: string, version: number) {
  const { em, userId } = ctx;
  const row = await findRow(em, id);
  assertDraft(row, version);
  em.assign(await recordOf(em, row), { status: 'submitted', submittedAt: new Date(), submittedBy: userId });
  await em.flush();
  // Every municipality that commissions the service receives it (art. 25(1)); a report of the whole provider, each
  // municipality that commissions one of its services.
  let contracts = sqlOf(em)
    .selectFrom('commissioning_contract')
    .select('tenant_id')
    .distinct()
    .where('provider_tenant_id', '=', row.tenant_id)
    .where('status', '=', 'active');
  if (row.service_id) contracts = contracts.where('service_id', '=', row.service_id);
  for (const { tenant_id } of await contracts.execute())
    await publishNotice(
      em,
      { tenantId: row.tenant_id, userId },
      {
        event: 'report_received',
        recipientTenantId: tenant_id,
        target: { type: 'report', id },
        subject: row.title,
        serviceId: row.service_id,
      },
    );
  return reportDetail(ctx, id);
}

export async function deleteReport({ em }: TenantContext, id: string) {
  const row = await findRow(em, id);
  assertDraft(row);
  await em.nativeDelete(Report, { tenantId: row.tenant_id, id });
}

/** The report as a renderer-neutral document, and a file name for it. */
export async function reportDocument({ em }: TenantContext, id: string) {
  const row = await findRow(em, id);
  const document = composeReport({
    kind: row.kind,
    title: row.title,
    status: row.status,
    serviceName: row.service_name,
    data: row.data as ReportData,
    sections: row.sections,
    submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
  });
  const name = `${row.kind === 'annual_report' ? 'Годишен отчет' : 'Анализ'} ${bgDate(isoDate(row.period_start))}-${bgDate(isoDate(row.period_end))}`;
  return { document, name };
}

/** Submitted reports of the services this municipality commissions: row-level security decides which (art. 25(1)). */
export async function receivedReports({ em, tenantId }: TenantContext) {
  const rows = await reports(em)
    .innerJoin('tenant as t', 't.id', 'r.tenant_id')
    .select('t.legal_name as provider_name')
    .where('r.tenant_id', '<>', tenantId)
    .where('r.status', '=', 'submitted')
    .orderBy('r.submitted_at', 'desc')
    .execute();
  return rows.map((row) => ({ ...summaryView(row), providerName: row.provider_name }));
}
