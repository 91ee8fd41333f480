import type { EntityManager } from '@mera/db';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../shared/problem.ts';
import type { Plugins } from '../assessments/index.ts';
import { invalid, stale } from '../../shared/validation.ts';
import { isoDate } from '@mera/calendar';
import { assembleReport, reportPeriod, type ReportData, type ReportKind } from './assemble.ts';
import { bgDate } from '../documents/index.ts';
import { composeReport, draftSections, KIND_TITLES, SECTION_KEYS } from './document.ts';

interface ReportRow {
  tenant_id: string;
  id: string;
  kind: ReportKind;
  service_id: string | null;
  service_name: string | null;
  period_start: Date | string;
  period_end: Date | string;
  title: string;
  data: ReportData;
  sections: Record<string, string>;
  status: 'draft' | 'submitted';
  assembled_at: Date | string;
  submitted_at: Date | string | null;
  submitted_by_name: string | null;
  created_at: Date | string;
  version: number;
}

const SELECT = `select r.*, s.name as service_name, u.display_name as submitted_by_name
  from report r
  left join service s on s.tenant_id = r.tenant_id and s.id = r.service_id
  left join app_user u on u.id = r.submitted_by`;

function summaryView(row: ReportRow) {
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

function detailView(row: ReportRow) {
  return {
    ...summaryView(row),
    assembledAt: new Date(row.assembled_at).toISOString(),
    sectionTitles: SECTION_KEYS[row.kind],
    sections: Object.fromEntries(SECTION_KEYS[row.kind].map(({ key }) => [key, row.sections[key] ?? ''])),
    data: row.data,
  };
}

async function findRow(em: EntityManager, id: string): Promise<ReportRow> {
  // Row-level security decides: the tenant's own reports, or a commissioned service's submitted ones.
  const [row] = await em.execute<ReportRow[]>(`${SELECT} where r.id = ?`, [id]);
  if (!row) throw new AppError(404, 'not_found');
  return row;
}

function assertDraft(row: ReportRow) {
  if (row.status === 'submitted') throw new AppError(409, 'report_submitted');
}

export async function listReports(
  em: EntityManager,
  tenantId: string,
  query: { kind?: ReportKind | undefined; year?: number | undefined },
) {
  const rows = await em.execute<ReportRow[]>(
    `${SELECT} where r.tenant_id = ?
       ${query.kind ? 'and r.kind = ?' : ''}
       ${query.year ? 'and extract(year from r.period_start) = ?' : ''}
     order by r.period_start desc, r.created_at desc`,
    [tenantId, ...(query.kind ? [query.kind] : []), ...(query.year ? [query.year] : [])],
  );
  return rows.map(summaryView);
}

export async function reportDetail(em: EntityManager, id: string) {
  return detailView(await findRow(em, id));
}

export interface ReportInput {
  kind: ReportKind;
  year: number;
  half?: 1 | 2 | undefined;
  serviceId?: string | null | undefined;
  title?: string | undefined;
}

export async function createReport(
  em: EntityManager,
  app: Plugins,
  tenantId: string,
  userId: string,
  input: ReportInput,
) {
  if (input.kind === 'semi_annual_analysis' && !input.half) throw invalid('half', 'required');
  const serviceId = input.serviceId ?? null;
  if (serviceId) {
    const [service] = await em.execute(`select 1 from service where tenant_id = ? and id = ?`, [
      tenantId,
      serviceId,
    ]);
    if (!service) throw invalid('serviceId', 'unknown_service');
  }
  const period = reportPeriod(input.kind, input.year, input.half);
  const data = await assembleReport(em, app, tenantId, input.kind, period, serviceId);
  const halfName = input.half === 2 ? 'второ полугодие' : 'първо полугодие';
  const title =
    input.title?.trim() ||
    (input.kind === 'semi_annual_analysis'
      ? `${KIND_TITLES[input.kind]} — ${halfName} на ${input.year} г.`
      : `${KIND_TITLES[input.kind]} — ${input.year} г.`);
  const id = uuidv7();
  await em.execute(
    `insert into report (tenant_id, id, kind, service_id, period_start, period_end, title, data, sections, created_by)
     values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)`,
    [
      tenantId,
      id,
      input.kind,
      serviceId,
      period.start,
      period.end,
      title,
      JSON.stringify(data),
      JSON.stringify(draftSections(input.kind, data)),
      userId,
    ],
  );
  return reportDetail(em, id);
}

export async function updateReport(
  em: EntityManager,
  id: string,
  input: { version: number; title?: string | undefined; sections?: Record<string, string> | undefined },
) {
  const row = await findRow(em, id);
  assertDraft(row);
  if (row.version !== input.version) throw stale();
  const allowed = new Set(SECTION_KEYS[row.kind].map((s) => s.key));
  const unknown = Object.keys(input.sections ?? {}).find((key) => !allowed.has(key));
  if (unknown) throw invalid(`sections.${unknown}`, 'unknown_section');
  const title = input.title !== undefined ? input.title.trim() : row.title;
  if (!title) throw invalid('title', 'required');
  const sections = { ...row.sections, ...(input.sections ?? {}) };
  await em.execute(
    `update report set title = ?, sections = ?::jsonb, updated_at = now(), version = version + 1
     where tenant_id = ? and id = ? and version = ?`,
    [title, JSON.stringify(sections), row.tenant_id, id, input.version],
  );
  return reportDetail(em, id);
}

/** Collects the period's figures again (a check completed after the draft was started); the texts stay. */
export async function reassembleReport(em: EntityManager, app: Plugins, id: string, version: number) {
  const row = await findRow(em, id);
  assertDraft(row);
  if (row.version !== version) throw stale();
  const data = await assembleReport(
    em,
    app,
    row.tenant_id,
    row.kind,
    { start: isoDate(row.period_start), end: isoDate(row.period_end) },
    row.service_id,
  );
  await em.execute(
    `update report set data = ?::jsonb, assembled_at = now(), updated_at = now(), version = version + 1
     where tenant_id = ? and id = ?`,
    [JSON.stringify(data), row.tenant_id, id],
  );
  return reportDetail(em, id);
}

export async function submitReport(em: EntityManager, userId: string, id: string, version: number) {
  const row = await findRow(em, id);
  assertDraft(row);
  if (row.version !== version) throw stale();
  await em.execute(
    `update report set status = 'submitted', submitted_at = now(), submitted_by = ?, updated_at = now(),
       version = version + 1 where tenant_id = ? and id = ?`,
    [userId, row.tenant_id, id],
  );
  return reportDetail(em, id);
}

export async function deleteReport(em: EntityManager, id: string) {
  const row = await findRow(em, id);
  assertDraft(row);
  await em.execute(`delete from report where tenant_id = ? and id = ?`, [row.tenant_id, id]);
}

/** The report as a renderer-neutral document, and a file name for it. */
export async function reportDocument(em: EntityManager, id: string) {
  const row = await findRow(em, id);
  const document = composeReport({
    kind: row.kind,
    title: row.title,
    status: row.status,
    serviceName: row.service_name,
    data: row.data,
    sections: row.sections,
    submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
  });
  const name = `${row.kind === 'annual_report' ? 'Годишен отчет' : 'Анализ'} ${bgDate(isoDate(row.period_start))}-${bgDate(isoDate(row.period_end))}`;
  return { document, name };
}

/** Submitted reports of the services this municipality commissions: row-level security decides which (art. 25(1)). */
export async function receivedReports(em: EntityManager, tenantId: string) {
  const rows = await em.execute<(ReportRow & { provider_name: string })[]>(
    `select r.*, s.name as service_name, u.display_name as submitted_by_name, t.legal_name as provider_name
     from report r
     join tenant t on t.id = r.tenant_id
     left join service s on s.tenant_id = r.tenant_id and s.id = r.service_id
     left join app_user u on u.id = r.submitted_by
     where r.tenant_id <> ? and r.status = 'submitted'
     order by r.submitted_at desc`,
    [tenantId],
  );
  return rows.map((row) => ({ ...summaryView(row), providerName: row.provider_name }));
}
