import type { EntityManager } from '@mera/db';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../shared/problem.ts';
import type { Plugins } from '../assessments/index.ts';
import { invalid, stale } from '../../shared/validation.ts';
import { bgDate } from '../documents/index.ts';
import { assembleMonitoring, type MonitoringData } from './assemble.ts';
import {
  ART_35_METHODS,
  composeMonitoring,
  draftMonitoringSections,
  MONITORING_SECTIONS,
  MONITORING_TITLE,
} from './document.ts';

interface MonitoringRow {
  tenant_id: string;
  id: string;
  year: number;
  title: string;
  data: MonitoringData;
  sections: Record<string, string>;
  status: 'draft' | 'approved';
  assembled_at: Date | string;
  approved_at: Date | string | null;
  approved_by_name: string | null;
  created_at: Date | string;
  version: number;
}

const SELECT = `select r.*, u.display_name as approved_by_name
  from monitoring_report r left join app_user u on u.id = r.approved_by`;

const iso = (value: Date | string) => new Date(value).toISOString();

function summaryView(row: MonitoringRow) {
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

function detailView(row: MonitoringRow) {
  return {
    ...summaryView(row),
    assembledAt: iso(row.assembled_at),
    methods: Object.entries(ART_35_METHODS).map(([number, text]) => ({ number: Number(number), text })),
    sectionTitles: MONITORING_SECTIONS.map(({ key, method, title }) => ({ key, method, title })),
    sections: Object.fromEntries(MONITORING_SECTIONS.map(({ key }) => [key, row.sections[key] ?? ''])),
    data: row.data,
  };
}

/** The yearly monitoring is the mayor's (art. 35): a provider has none and is refused, like the oversight routes. */
export async function assertMunicipality(em: EntityManager, tenantId: string) {
  const [tenant] = await em.execute<{ kind: string }[]>(`select kind from tenant where id = ?`, [tenantId]);
  if (tenant?.kind === 'provider') throw new AppError(403, 'forbidden');
}

async function findRow(em: EntityManager, tenantId: string, id: string): Promise<MonitoringRow> {
  const [row] = await em.execute<MonitoringRow[]>(`${SELECT} where r.tenant_id = ? and r.id = ?`, [
    tenantId,
    id,
  ]);
  if (!row) throw new AppError(404, 'not_found');
  return row;
}

function assertDraft(row: MonitoringRow, version?: number) {
  if (row.status === 'approved') throw new AppError(409, 'monitoring_report_approved');
  if (version !== undefined && row.version !== version) throw stale();
}

export async function listMonitoringReports(em: EntityManager, tenantId: string) {
  await assertMunicipality(em, tenantId);
  const rows = await em.execute<MonitoringRow[]>(`${SELECT} where r.tenant_id = ? order by r.year desc`, [
    tenantId,
  ]);
  return rows.map(summaryView);
}

export async function monitoringReportDetail(em: EntityManager, tenantId: string, id: string) {
  await assertMunicipality(em, tenantId);
  return detailView(await findRow(em, tenantId, id));
}

export async function createMonitoringReport(
  em: EntityManager,
  app: Plugins,
  tenantId: string,
  userId: string,
  input: { year: number; title?: string | undefined },
) {
  await assertMunicipality(em, tenantId);
  const [existing] = await em.execute(`select 1 from monitoring_report where tenant_id = ? and year = ?`, [
    tenantId,
    input.year,
  ]);
  if (existing)
    throw new AppError(409, 'monitoring_year_exists', { fields: [{ field: 'body.year', rule: 'unique' }] });
  const data = await assembleMonitoring(em, app, tenantId, input.year);
  const title = input.title?.trim() || `${MONITORING_TITLE} — ${input.year} г.`;
  const id = uuidv7();
  await em.execute(
    `insert into monitoring_report (tenant_id, id, year, title, data, sections, created_by)
     values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)`,
    [
      tenantId,
      id,
      input.year,
      title,
      JSON.stringify(data),
      JSON.stringify(draftMonitoringSections(data)),
      userId,
    ],
  );
  return detailView(await findRow(em, tenantId, id));
}

export async function updateMonitoringReport(
  em: EntityManager,
  tenantId: string,
  id: string,
  input: { version: number; title?: string | undefined; sections?: Record<string, string> | undefined },
) {
  await assertMunicipality(em, tenantId);
  const row = await findRow(em, tenantId, id);
  assertDraft(row, input.version);
  const allowed = new Set(MONITORING_SECTIONS.map((s) => s.key));
  const unknown = Object.keys(input.sections ?? {}).find((key) => !allowed.has(key));
  if (unknown) throw invalid(`sections.${unknown}`, 'unknown_section');
  const title = input.title !== undefined ? input.title.trim() : row.title;
  if (!title) throw invalid('title', 'required');
  const sections = { ...row.sections, ...(input.sections ?? {}) };
  await em.execute(
    `update monitoring_report set title = ?, sections = ?::jsonb, updated_at = now(), version = version + 1
     where tenant_id = ? and id = ? and version = ?`,
    [title, JSON.stringify(sections), tenantId, id, input.version],
  );
  return detailView(await findRow(em, tenantId, id));
}

/** Collects the year's figures again (a check completed or a report received since); the texts stay. */
export async function reassembleMonitoringReport(
  em: EntityManager,
  app: Plugins,
  tenantId: string,
  id: string,
  version: number,
) {
  await assertMunicipality(em, tenantId);
  const row = await findRow(em, tenantId, id);
  assertDraft(row, version);
  const data = await assembleMonitoring(em, app, tenantId, row.year);
  await em.execute(
    `update monitoring_report set data = ?::jsonb, assembled_at = now(), updated_at = now(), version = version + 1
     where tenant_id = ? and id = ? and version = ?`,
    [JSON.stringify(data), tenantId, id, version],
  );
  return detailView(await findRow(em, tenantId, id));
}

/** Approves the analysis: from now on the database refuses any change (`monitoring_report_guard`). */
export async function approveMonitoringReport(
  em: EntityManager,
  tenantId: string,
  userId: string,
  id: string,
  version: number,
) {
  await assertMunicipality(em, tenantId);
  const row = await findRow(em, tenantId, id);
  assertDraft(row, version);
  await em.execute(
    `update monitoring_report set status = 'approved', approved_at = now(), approved_by = ?, updated_at = now(),
       version = version + 1 where tenant_id = ? and id = ? and version = ?`,
    [userId, tenantId, id, version],
  );
  return detailView(await findRow(em, tenantId, id));
}

/** The analysis as a renderer-neutral document (and its figures, for the workbook), with a file name. */
export async function monitoringDocument(em: EntityManager, tenantId: string, id: string) {
  await assertMunicipality(em, tenantId);
  const row = await findRow(em, tenantId, id);
  const document = composeMonitoring({
    title: row.title,
    data: row.data,
    sections: row.sections,
    approvedAt: row.approved_at ? iso(row.approved_at) : null,
  });
  const name = `Ежегоден мониторинг ${row.year}${row.approved_at ? ` (утвърден ${bgDate(iso(row.approved_at).slice(0, 10))})` : ''}`;
  return { document, data: row.data, name };
}
