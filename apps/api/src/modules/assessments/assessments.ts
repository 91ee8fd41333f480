// A provider's checks (art. 23–24): the record itself, its detail as a checklist, creating and changing it.
import type { EntityManager } from '@mera/db';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../shared/problem.ts';
import { latestVersion, type TreeNode } from '../catalogue/index.ts';
import {
  answerFields,
  byItem,
  indicatorsOf,
  loadAnswers,
  mapTree,
  schemeFor as engineScheme,
  checklistTree,
  tally,
  type ChecklistAction,
  type GroupBase,
} from '../checklists/index.ts';
import { invalid, optionalText, stale } from '../../shared/validation.ts';
import { isoDate } from '@mera/calendar';

export const ASSESSMENT_KINDS = ['periodic', 'self_assessment'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export const EVIDENCE_KINDS = ['file', 'document', 'interview', 'observation', 'record'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export type Plugins = Pick<FastifyInstance, 'servicePlugins'>;

export interface AssessmentRow {
  tenant_id: string;
  id: string;
  service_id: string;
  service_name: string;
  plugin_code: string;
  variant_key: string;
  kind: AssessmentKind;
  catalogue_version_id: string;
  catalogue_effective_from: string | Date;
  annex: number;
  scope_criteria: string[] | null;
  methods: number[];
  title: string;
  planned_on: string | Date | null;
  started_on: string | Date | null;
  status: 'planned' | 'in_progress' | 'completed';
  conclusions: string | null;
  completed_at: string | Date | null;
  version: number;
}

export interface EvidenceRow {
  id: string;
  item_id: string;
  kind: EvidenceKind;
  file_id: string | null;
  document_id: string | null;
  description: string | null;
  file_name: string | null;
  document_title: string | null;
}

/**
 * Evidence as it is shown: a cited register document by the title it had when attached — and, once the check is
 * completed, when it was completed (copied onto the evidence and frozen with it, issue 12.1).
 */
export const EVIDENCE_SELECT = `select e.id, e.item_id, e.kind, e.file_id, e.document_id, e.description,
    f.name as file_name, coalesce(e.document_title, d.title) as document_title
  from assessment_evidence e
  left join stored_file f on f.tenant_id = e.tenant_id and f.id = e.file_id
  left join quality_document d on d.tenant_id = e.tenant_id and d.id = e.document_id`;

const ASSESSMENT_SELECT = `select a.*, s.name as service_name, s.plugin_code, s.variant_key,
    v.effective_from as catalogue_effective_from, v.annex
  from assessment a
  join service s on s.tenant_id = a.tenant_id and s.id = a.service_id
  join catalogue_version v on v.id = a.catalogue_version_id`;

export const schemeFor = (app: Plugins, pluginCode: string) => engineScheme(app.servicePlugins, pluginCode);

export async function findRow(
  em: EntityManager,
  tenantId: string | null,
  id: string,
): Promise<AssessmentRow> {
  // A municipality reads a commissioned service's completed checks: the row carries the provider's tenant.
  const rows = await em.execute<AssessmentRow[]>(
    `${ASSESSMENT_SELECT} where a.id = ? and (?::uuid is null or a.tenant_id = ?)`,
    [id, tenantId, tenantId],
  );
  if (!rows[0]) throw new AppError(404, 'not_found');
  return rows[0];
}

export const scopeOf = async (em: EntityManager, row: AssessmentRow) =>
  await checklistTree(em, row.catalogue_version_id, row.scope_criteria);

export function summaryView(
  row: AssessmentRow,
  counts: { total: number; answered: number; score: number | null },
) {
  return {
    id: row.id,
    serviceId: row.service_id,
    serviceName: row.service_name,
    pluginCode: row.plugin_code,
    variantKey: row.variant_key,
    annex: row.annex,
    kind: row.kind,
    title: row.title,
    plannedOn: row.planned_on ? isoDate(row.planned_on) : null,
    startedOn: row.started_on ? isoDate(row.started_on) : null,
    status: row.status,
    scopeCriteria: row.scope_criteria,
    methods: row.methods,
    conclusions: row.conclusions,
    completedAt: row.completed_at ? new Date(row.completed_at).toISOString() : null,
    catalogue: { versionId: row.catalogue_version_id, effectiveFrom: isoDate(row.catalogue_effective_from) },
    progress: { answered: counts.answered, total: counts.total },
    score: counts.score,
    version: row.version,
  };
}

export interface IndicatorOut extends ReturnType<typeof answerFields> {
  id: string;
  kind: 'indicator';
  key: string;
  text: string | null;
  sources: string[];
  notes: string[];
  resultVersion: number;
  evidence: ReturnType<typeof evidenceView>[];
  offeredDocuments: { id: string; title: string; source: string }[];
  actions: ChecklistAction[];
}
interface GroupOut<K extends string, C> extends GroupBase<K, C> {
  notes: string[];
  score: number | null;
  progress: { answered: number; total: number };
}
export type SectionOut = GroupOut<'section', GroupOut<'standard', GroupOut<'criterion', IndicatorOut>>>;

export function evidenceView(e: EvidenceRow) {
  return {
    id: e.id,
    kind: e.kind,
    fileId: e.file_id,
    fileName: e.file_name,
    documentId: e.document_id,
    documentTitle: e.document_title,
    description: e.description,
  };
}

export async function counts(em: EntityManager, app: Plugins, row: AssessmentRow) {
  const scoped = await scopeOf(em, row);
  return tally(
    scoped,
    await loadAnswers(em, 'assessment', row.tenant_id, row.id),
    schemeFor(app, row.plugin_code),
  );
}

export async function listAssessments(
  em: EntityManager,
  app: Plugins,
  tenantId: string,
  filter: { serviceId?: string | undefined; year?: number | undefined; status?: string | undefined },
) {
  const where = ['a.tenant_id = ?'];
  const params: unknown[] = [tenantId];
  if (filter.serviceId) {
    where.push('a.service_id = ?');
    params.push(filter.serviceId);
  }
  if (filter.year) {
    where.push(`extract(year from coalesce(a.started_on, a.planned_on)) = ?`);
    params.push(filter.year);
  }
  if (filter.status) {
    where.push('a.status = ?');
    params.push(filter.status);
  }
  const rows = await em.execute<AssessmentRow[]>(
    `${ASSESSMENT_SELECT} where ${where.join(' and ')}
     order by coalesce(a.started_on, a.planned_on) desc, a.created_at desc`,
    params,
  );
  const out = [];
  for (const row of rows) out.push(summaryView(row, await counts(em, app, row)));
  return out;
}

/** Documents of the register that stand for a source the indicators cite: offered, never re-uploaded. */
async function offeredDocuments(em: EntityManager, row: AssessmentRow, scoped: TreeNode[]) {
  const sources = [...new Set(indicatorsOf(scoped).flatMap((i) => i.sources))];
  const documents = sources.length
    ? await em.execute<{ id: string; title: string; sources: string[] }[]>(
        `select id, title, sources from quality_document
         where tenant_id = ? and (service_id is null or service_id = ?)
           and sources && string_to_array(?, chr(31)) order by lower(title)`,
        [row.tenant_id, row.service_id, sources.join('\u001f')],
      )
    : [];
  return (itemSources: string[]) =>
    documents.flatMap((d) => {
      const source = itemSources.find((s) => d.sources.includes(s));
      return source ? [{ id: d.id, title: d.title, source }] : [];
    });
}

export async function assessmentDetail(em: EntityManager, app: Plugins, tenantId: string | null, id: string) {
  const row = await findRow(em, tenantId, id);
  const scoped = await scopeOf(em, row);
  const answers = await loadAnswers(em, 'assessment', row.tenant_id, row.id);
  const evidence = byItem(
    await em.execute<EvidenceRow[]>(
      `${EVIDENCE_SELECT} where e.tenant_id = ? and e.assessment_id = ? order by e.created_at`,
      [row.tenant_id, row.id],
    ),
  );
  // The measures of the quality programme made from this check's indicators (art. 19), shown where they came from.
  const measures = byItem(
    await em.execute<{ item_id: string | null; id: string; title: string; programme_id: string }[]>(
      `select indicator_id as item_id, id, title, programme_id from quality_programme_measure
       where tenant_id = ? and assessment_id = ? order by created_at`,
      [row.tenant_id, row.id],
    ),
  );
  const offered = await offeredDocuments(em, row, scoped);
  const scheme = schemeFor(app, row.plugin_code);
  const sections = mapTree<IndicatorOut, GroupOut<string, unknown>>(
    scoped,
    (node) => {
      const answer = answerFields(answers.get(node.id));
      return {
        id: node.id,
        kind: 'indicator',
        key: node.key,
        text: node.text,
        sources: node.sources,
        notes: node.notes,
        ...answer,
        resultVersion: answer.version,
        evidence: (evidence.get(node.id) ?? []).map(evidenceView),
        offeredDocuments: offered(node.sources),
        actions: (measures.get(node.id) ?? []).map((m) => ({
          kind: 'measure',
          id: m.id,
          title: m.title,
          programmeId: m.programme_id,
        })),
      };
    },
    (node, base) => {
      const t = tally([node], answers, scheme);
      return {
        ...base,
        notes: node.notes,
        score: t.score,
        progress: { answered: t.answered, total: t.total },
      };
    },
  ) as SectionOut[];
  return {
    ...summaryView(row, tally(scoped, answers, scheme)),
    scoring: { key: scheme.key, name: scheme.name },
    sections,
  };
}
export interface AssessmentInput {
  serviceId: string;
  kind: AssessmentKind;
  title?: string | undefined;
  plannedOn?: string | null | undefined;
  startedOn?: string | null | undefined;
  scopeCriteria?: string[] | null | undefined;
  methods?: number[] | undefined;
}

export async function checkScope(em: EntityManager, versionId: string, scope: string[] | null | undefined) {
  if (!scope) return null;
  const unique = [...new Set(scope)];
  if (unique.length === 0) throw invalid('scopeCriteria', 'minItems', { limit: 1 });
  const known = await em.execute<{ item_id: string }[]>(
    `select item_id from catalogue_item where version_id = ? and kind = 'criterion'
       and item_id = any (string_to_array(?, chr(31)))`,
    [versionId, unique.join('\u001f')],
  );
  const knownSet = new Set(known.map((k) => k.item_id));
  const index = unique.findIndex((c) => !knownSet.has(c));
  if (index >= 0) throw invalid(`scopeCriteria.${index}`, 'unknown_criterion');
  return unique;
}

const KIND_TITLES: Record<AssessmentKind, string> = {
  periodic: 'Периодичен вътрешен контрол',
  self_assessment: 'Годишна самооценка',
};

export async function createAssessment(
  em: EntityManager,
  app: Plugins,
  tenantId: string,
  userId: string,
  input: AssessmentInput,
) {
  const [service] = await em.execute<{ plugin_code: string; variant_key: string }[]>(
    `select plugin_code, variant_key from service where tenant_id = ? and id = ?`,
    [tenantId, input.serviceId],
  );
  if (!service) throw invalid('serviceId', 'unknown_service');
  if (!input.plannedOn && !input.startedOn) throw invalid('startedOn', 'required');
  const version = await latestVersion(em, service.plugin_code, service.variant_key);
  if (!version) throw new AppError(503, 'catalogue_not_synced');
  const scope = await checkScope(em, version.id, input.scopeCriteria);
  const id = uuidv7();
  const title = optionalText(input.title) ?? KIND_TITLES[input.kind];
  await em.execute(
    `insert into assessment (tenant_id, id, service_id, kind, catalogue_version_id, scope_criteria, methods, title,
       planned_on, started_on, status, created_by)
     values (?, ?, ?, ?, ?, ${scope ? 'string_to_array(?, chr(31))' : '?::text[]'},
       string_to_array(?, ',')::integer[], ?, ?, ?, ?, ?)`,
    [
      tenantId,
      id,
      input.serviceId,
      input.kind,
      version.id,
      scope ? scope.join('\u001f') : null,
      [...new Set(input.methods ?? [])].sort((a, b) => a - b).join(','),
      title,
      input.plannedOn ?? null,
      input.startedOn ?? null,
      input.startedOn ? 'in_progress' : 'planned',
      userId,
    ],
  );
  return assessmentDetail(em, app, tenantId, id);
}

export function assertOpen(row: AssessmentRow) {
  if (row.status === 'completed') throw new AppError(409, 'assessment_completed');
}

export async function updateAssessment(
  em: EntityManager,
  app: Plugins,
  tenantId: string,
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
  const methods =
    input.methods !== undefined ? [...new Set(input.methods)].sort((a, b) => a - b) : row.methods;
  const conclusions = input.conclusions !== undefined ? optionalText(input.conclusions) : row.conclusions;
  const updated = await em.execute<{ id: string }[]>(
    `update assessment set title = ?, planned_on = ?, started_on = ?,
       scope_criteria = ${scope ? 'string_to_array(?, chr(31))' : '?::text[]'},
       methods = string_to_array(?, ',')::integer[], conclusions = ?,
       status = case when ?::date is not null then 'in_progress' else 'planned' end,
       version = version + 1, updated_at = now()
     where tenant_id = ? and id = ? and version = ? returning id`,
    [
      title,
      plannedOn,
      startedOn,
      scope ? scope.join('\u001f') : null,
      methods.join(','),
      conclusions ?? null,
      startedOn,
      tenantId,
      id,
      input.version,
    ],
  );
  if (updated.length === 0) throw stale();
  return assessmentDetail(em, app, tenantId, id);
}

export async function deleteAssessment(em: EntityManager, tenantId: string, id: string) {
  const row = await findRow(em, tenantId, id);
  assertOpen(row);
  await em.execute(`delete from assessment where tenant_id = ? and id = ?`, [tenantId, id]);
}
