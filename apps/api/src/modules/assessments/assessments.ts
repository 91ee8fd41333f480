import type { EntityManager } from '@mera/db';
import { ordinanceScoring, type IndicatorResult, type ScoringScheme } from '@mera/plugin-sdk';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../shared/problem.ts';
import { latestVersion, versionTree, type TreeNode } from '../catalogue/index.ts';
import { invalid, optionalText, stale } from '../../shared/validation.ts';
import { isoDate, today } from '@mera/calendar';
import { saveAnswer } from './answers.ts';

export const ASSESSMENT_KINDS = ['periodic', 'self_assessment'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export const RESULTS = ['met', 'partly_met', 'not_met', 'not_applicable'] as const;
export const EVIDENCE_KINDS = ['file', 'document', 'interview', 'observation', 'record'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export type Plugins = Pick<FastifyInstance, 'servicePlugins'>;

interface AssessmentRow {
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

interface ResultRow {
  item_id: string;
  result: IndicatorResult | null;
  note: string | null;
  version: number;
  updated_at: string | Date;
  updated_by_name: string | null;
}

interface EvidenceRow {
  id: string;
  item_id: string;
  kind: EvidenceKind;
  file_id: string | null;
  document_id: string | null;
  description: string | null;
  file_name: string | null;
  document_title: string | null;
}

const ASSESSMENT_SELECT = `select a.*, s.name as service_name, s.plugin_code, s.variant_key,
    v.effective_from as catalogue_effective_from, v.annex
  from assessment a
  join service s on s.tenant_id = a.tenant_id and s.id = a.service_id
  join catalogue_version v on v.id = a.catalogue_version_id`;

export function schemeFor(app: Plugins, pluginCode: string): ScoringScheme {
  return app.servicePlugins.find((p) => p.code === pluginCode)?.scoring ?? ordinanceScoring;
}

async function findRow(em: EntityManager, tenantId: string | null, id: string): Promise<AssessmentRow> {
  // A municipality reads a commissioned service's completed checks: the row carries the provider's tenant.
  const rows = await em.execute<AssessmentRow[]>(
    `${ASSESSMENT_SELECT} where a.id = ? and (?::uuid is null or a.tenant_id = ?)`,
    [id, tenantId, tenantId],
  );
  if (!rows[0]) throw new AppError(404, 'not_found');
  return rows[0];
}

/** The criteria and indicators an assessment covers: the variant's whole tree, or the chosen criteria only. */
export function scopedTree(tree: TreeNode[], scope: string[] | null): TreeNode[] {
  if (!scope) return tree;
  const chosen = new Set(scope);
  const prune = (nodes: TreeNode[]): TreeNode[] =>
    nodes.flatMap((node) => {
      if (node.kind === 'criterion') return chosen.has(node.id) ? [node] : [];
      if (node.kind === 'indicator') return [node];
      const children = prune(node.children);
      return children.length ? [{ ...node, children }] : [];
    });
  return prune(tree);
}

export function indicatorsOf(nodes: TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => (n.kind === 'indicator' ? [n] : indicatorsOf(n.children)));
}

function criteriaOf(nodes: TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => (n.kind === 'criterion' ? [n] : criteriaOf(n.children)));
}

function summaryView(row: AssessmentRow, counts: { total: number; answered: number; score: number | null }) {
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

export interface IndicatorOut {
  id: string;
  kind: 'indicator';
  key: string;
  text: string | null;
  sources: string[];
  notes: string[];
  result: IndicatorResult | null;
  note: string | null;
  resultVersion: number;
  updatedAt: string | null;
  updatedByName: string | null;
  evidence: ReturnType<typeof evidenceView>[];
  offeredDocuments: { id: string; title: string; source: string }[];
}
interface GroupOut<K extends string, C> {
  id: string;
  kind: K;
  key: string;
  title: string | null;
  statement: string | null;
  notes: string[];
  score: number | null;
  progress: { answered: number; total: number };
  children: C[];
}
export type SectionOut = GroupOut<'section', GroupOut<'standard', GroupOut<'criterion', IndicatorOut>>>;

/** Scores each node from the results of the indicators under it, by the plugin's scoring scheme. */
function scoredTree(
  nodes: TreeNode[],
  scheme: ScoringScheme,
  results: Map<string, ResultRow>,
  evidence: Map<string, EvidenceRow[]>,
  offered: (sources: string[]) => { id: string; title: string; source: string }[],
): unknown[] {
  return nodes.map((node) => {
    if (node.kind === 'indicator') {
      const r = results.get(node.id);
      return {
        id: node.id,
        kind: node.kind,
        key: node.key,
        text: node.text,
        sources: node.sources,
        notes: node.notes,
        result: r?.result ?? null,
        note: r?.note ?? null,
        resultVersion: r?.version ?? 0,
        updatedAt: r ? new Date(r.updated_at).toISOString() : null,
        updatedByName: r?.updated_by_name ?? null,
        evidence: (evidence.get(node.id) ?? []).map(evidenceView),
        offeredDocuments: offered(node.sources),
      };
    }
    const indicators = indicatorsOf([node]);
    const answered = indicators
      .map((i) => results.get(i.id)?.result)
      .filter((x): x is IndicatorResult => !!x);
    return {
      id: node.id,
      kind: node.kind,
      key: node.key,
      title: node.title,
      statement: node.statement,
      notes: node.notes,
      score: scheme.score(answered),
      progress: { answered: answered.length, total: indicators.length },
      children: scoredTree(node.children, scheme, results, evidence, offered),
    };
  });
}

function evidenceView(e: EvidenceRow) {
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

async function loadResults(em: EntityManager, row: AssessmentRow) {
  const results = await em.execute<ResultRow[]>(
    `select r.item_id, r.result, r.note, r.version, r.updated_at, u.display_name as updated_by_name
     from assessment_result r left join app_user u on u.id = r.updated_by
     where r.tenant_id = ? and r.assessment_id = ?`,
    [row.tenant_id, row.id],
  );
  return new Map(results.map((r) => [r.item_id, r]));
}

async function counts(em: EntityManager, app: Plugins, row: AssessmentRow, tree?: TreeNode[]) {
  const scoped = scopedTree(tree ?? (await versionTree(em, row.catalogue_version_id)), row.scope_criteria);
  const indicators = indicatorsOf(scoped);
  const results = await loadResults(em, row);
  const answered = indicators.map((i) => results.get(i.id)?.result).filter((x): x is IndicatorResult => !!x);
  return {
    total: indicators.length,
    answered: answered.length,
    score: schemeFor(app, row.plugin_code).score(answered),
  };
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
  const trees = new Map<string, TreeNode[]>();
  const out = [];
  for (const row of rows) {
    let tree = trees.get(row.catalogue_version_id);
    if (!tree) {
      tree = await versionTree(em, row.catalogue_version_id);
      trees.set(row.catalogue_version_id, tree);
    }
    out.push(summaryView(row, await counts(em, app, row, tree)));
  }
  return out;
}

export async function assessmentDetail(em: EntityManager, app: Plugins, tenantId: string | null, id: string) {
  const row = await findRow(em, tenantId, id);
  const scoped = scopedTree(await versionTree(em, row.catalogue_version_id), row.scope_criteria);
  const results = await loadResults(em, row);
  const evidenceRows = await em.execute<EvidenceRow[]>(
    `select e.id, e.item_id, e.kind, e.file_id, e.document_id, e.description, f.name as file_name, d.title as document_title
     from assessment_evidence e
     left join stored_file f on f.tenant_id = e.tenant_id and f.id = e.file_id
     left join quality_document d on d.tenant_id = e.tenant_id and d.id = e.document_id
     where e.tenant_id = ? and e.assessment_id = ? order by e.created_at`,
    [row.tenant_id, row.id],
  );
  const evidence = new Map<string, EvidenceRow[]>();
  for (const e of evidenceRows) evidence.set(e.item_id, [...(evidence.get(e.item_id) ?? []), e]);
  // Documents of the register that stand for a source these indicators cite: offered, never re-uploaded.
  const sources = [...new Set(indicatorsOf(scoped).flatMap((i) => i.sources))];
  const documents = sources.length
    ? await em.execute<{ id: string; title: string; sources: string[] }[]>(
        `select id, title, sources from quality_document
         where tenant_id = ? and (service_id is null or service_id = ?)
           and sources && string_to_array(?, chr(31)) order by lower(title)`,
        [row.tenant_id, row.service_id, sources.join('\u001f')],
      )
    : [];
  const offered = (itemSources: string[]) =>
    documents.flatMap((d) => {
      const source = itemSources.find((s) => d.sources.includes(s));
      return source ? [{ id: d.id, title: d.title, source }] : [];
    });
  const scheme = schemeFor(app, row.plugin_code);
  const indicators = indicatorsOf(scoped);
  const answered = indicators.map((i) => results.get(i.id)?.result).filter((x): x is IndicatorResult => !!x);
  return {
    ...summaryView(row, {
      total: indicators.length,
      answered: answered.length,
      score: scheme.score(answered),
    }),
    scoring: { key: scheme.key, name: scheme.name },
    sections: scoredTree(scoped, scheme, results, evidence, offered) as SectionOut[],
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

function assertOpen(row: AssessmentRow) {
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

async function indicatorInScope(em: EntityManager, row: AssessmentRow, itemId: string) {
  const scoped = scopedTree(await versionTree(em, row.catalogue_version_id), row.scope_criteria);
  const indicator = indicatorsOf(scoped).find((i) => i.id === itemId);
  if (!indicator) throw invalid('itemId', 'not_in_scope');
  return indicator;
}

/** The first answer marks the check as started today, when it was only planned. */
async function markStarted(em: EntityManager, row: AssessmentRow) {
  if (row.status !== 'planned') return;
  await em.execute(
    `update assessment set status = 'in_progress', started_on = coalesce(started_on, ?::date), updated_at = now(),
       version = version + 1 where tenant_id = ? and id = ?`,
    [today(), row.tenant_id, row.id],
  );
}

/**
 * Saves one indicator's result and note. `version` is the result's version as read (0 when it had none): when
 * someone else saved the same indicator meanwhile, the answer is 409 with the current result, never a silent overwrite.
 */
export async function saveResult(
  em: EntityManager,
  app: Plugins,
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
  const row = await findRow(em, tenantId, id);
  assertOpen(row);
  await indicatorInScope(em, row, input.itemId);
  const note = optionalText(input.note) ?? null;
  const resultVersion = await saveAnswer(
    em,
    'assessment',
    { tenantId, parentId: id, itemId: input.itemId },
    { result: input.result, note, userId, version: input.version },
  );
  await markStarted(em, row);
  const after = await findRow(em, tenantId, id);
  return {
    itemId: input.itemId,
    result: input.result,
    note,
    resultVersion,
    assessment: summaryView(after, await counts(em, app, after)),
  };
}

export async function addEvidence(
  em: EntityManager,
  tenantId: string,
  userId: string,
  id: string,
  input: {
    itemId: string;
    kind: EvidenceKind;
    fileId?: string | null | undefined;
    documentId?: string | null | undefined;
    description?: string | null | undefined;
  },
) {
  const row = await findRow(em, tenantId, id);
  assertOpen(row);
  await indicatorInScope(em, row, input.itemId);
  const description = optionalText(input.description) ?? null;
  if (input.kind === 'file') {
    if (!input.fileId) throw invalid('fileId', 'required');
    const [file] = await em.execute(`select 1 from stored_file where tenant_id = ? and id = ?`, [
      tenantId,
      input.fileId,
    ]);
    if (!file) throw invalid('fileId', 'unknown_file');
  } else if (input.kind === 'document') {
    if (!input.documentId) throw invalid('documentId', 'required');
    const [doc] = await em.execute(
      `select 1 from quality_document where tenant_id = ? and id = ? and (service_id is null or service_id = ?)`,
      [tenantId, input.documentId, row.service_id],
    );
    if (!doc) throw invalid('documentId', 'unknown_document');
  } else if (!description) throw invalid('description', 'required');
  const evidenceId = uuidv7();
  const inserted = await em.execute<{ id: string }[]>(
    `insert into assessment_evidence (tenant_id, id, assessment_id, item_id, kind, file_id, document_id, description, created_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id`,
    [
      tenantId,
      evidenceId,
      id,
      input.itemId,
      input.kind,
      input.kind === 'file' ? input.fileId : null,
      input.kind === 'document' ? input.documentId : null,
      description,
      userId,
    ],
  );
  if (inserted.length === 0) throw new AppError(409, 'evidence_exists');
  await markStarted(em, row);
  const [e] = await em.execute<EvidenceRow[]>(
    `select e.id, e.item_id, e.kind, e.file_id, e.document_id, e.description, f.name as file_name, d.title as document_title
     from assessment_evidence e
     left join stored_file f on f.tenant_id = e.tenant_id and f.id = e.file_id
     left join quality_document d on d.tenant_id = e.tenant_id and d.id = e.document_id
     where e.tenant_id = ? and e.id = ?`,
    [tenantId, evidenceId],
  );
  return { itemId: input.itemId, ...evidenceView(e as EvidenceRow) };
}

export async function removeEvidence(em: EntityManager, tenantId: string, id: string, evidenceId: string) {
  const row = await findRow(em, tenantId, id);
  assertOpen(row);
  const deleted = await em.execute<{ id: string }[]>(
    `delete from assessment_evidence where tenant_id = ? and assessment_id = ? and id = ? returning id`,
    [tenantId, id, evidenceId],
  );
  if (deleted.length === 0) throw new AppError(404, 'not_found');
}

/**
 * Completing freezes the check (the database refuses later changes); every indicator in scope needs a result. A check
 * done on paper and typed in later is completed on the day it was done (`completedOn`): never in the future, never
 * before it started — its quarter (art. 23(3)) is the one it was done in.
 */
export async function completeAssessment(
  em: EntityManager,
  app: Plugins,
  tenantId: string,
  userId: string,
  id: string,
  input: { version: number; conclusions?: string | null | undefined; completedOn?: string | undefined },
) {
  const row = await findRow(em, tenantId, id);
  if (row.version !== input.version) throw stale();
  assertOpen(row);
  const completedOn = input.completedOn;
  if (completedOn && completedOn > today()) throw invalid('completedOn', 'not_in_future');
  if (completedOn && row.started_on && completedOn < isoDate(row.started_on))
    throw invalid('completedOn', 'not_before_start');
  const c = await counts(em, app, row);
  if (c.answered < c.total)
    throw new AppError(400, 'validation_failed', {
      fields: [{ field: 'body', rule: 'unanswered_indicators', params: { count: c.total - c.answered } }],
    });
  const conclusions = input.conclusions !== undefined ? optionalText(input.conclusions) : row.conclusions;
  await em.execute(
    `update assessment set status = 'completed', completed_by = ?, conclusions = ?,
       completed_at = coalesce((?::date + time '12:00') at time zone 'Europe/Sofia', now()),
       started_on = coalesce(started_on, ?::date, ?::date), version = version + 1, updated_at = now()
     where tenant_id = ? and id = ?`,
    [userId, conclusions ?? null, completedOn ?? null, completedOn ?? null, today(), tenantId, id],
  );
  return assessmentDetail(em, app, tenantId, id);
}

// ————— The annual plan (art. 23) —————

const QUARTER_DAYS = ['-02-15', '-05-15', '-08-15', '-11-15'];

/**
 * The year's plan for a service (art. 23): four periodic checks, one a quarter (art. 23(3): at least every three
 * months), and the annual self-assessment in December. The criteria come from last year's results (art. 23(2)):
 * those not fully met last year are checked first, then the rest, so that over the year every criterion is checked.
 * Quarters that already have a check are left as they are.
 */
export async function generatePlan(
  em: EntityManager,
  app: Plugins,
  tenantId: string,
  userId: string,
  input: { serviceId: string; year: number },
) {
  const [service] = await em.execute<{ plugin_code: string; variant_key: string }[]>(
    `select plugin_code, variant_key from service where tenant_id = ? and id = ?`,
    [tenantId, input.serviceId],
  );
  if (!service) throw invalid('serviceId', 'unknown_service');
  const version = await latestVersion(em, service.plugin_code, service.variant_key);
  if (!version) throw new AppError(503, 'catalogue_not_synced');
  const criteria = criteriaOf(await versionTree(em, version.id)).map((c) => c.id);
  // Last year's completed checks: each criterion's share of indicators not fully met.
  const weak = await em.execute<{ criterion: string; weakness: number }[]>(
    `select i.parent_item_id as criterion,
            avg(case r.result when 'not_met' then 1 when 'partly_met' then 0.5 else 0 end)::float as weakness
     from assessment a
     join assessment_result r on r.tenant_id = a.tenant_id and r.assessment_id = a.id
     join catalogue_item i on i.version_id = a.catalogue_version_id and i.item_id = r.item_id
     where a.tenant_id = ? and a.service_id = ? and a.status = 'completed'
       and extract(year from a.started_on) = ? and r.result <> 'not_applicable'
     group by i.parent_item_id`,
    [tenantId, input.serviceId, input.year - 1],
  );
  const weakness = new Map(weak.map((w) => [w.criterion, Number(w.weakness)]));
  const ordered = [...criteria].sort((a, b) => (weakness.get(b) ?? 0) - (weakness.get(a) ?? 0));
  const weakFirst = ordered.filter((c) => (weakness.get(c) ?? 0) > 0);
  const rest = ordered.filter((c) => !((weakness.get(c) ?? 0) > 0));
  const quarters: string[][] = [[], [], [], []];
  // Weak criteria go into the first quarter; the rest are spread evenly over the year.
  quarters[0]?.push(...weakFirst);
  rest.forEach((c, i) => quarters[i % 4]?.push(c));

  const existing = await em.execute<{ quarter: number; kind: AssessmentKind }[]>(
    `select extract(quarter from coalesce(started_on, planned_on))::int as quarter, kind from assessment
     where tenant_id = ? and service_id = ? and extract(year from coalesce(started_on, planned_on)) = ?`,
    [tenantId, input.serviceId, input.year],
  );
  const created: string[] = [];
  for (let q = 0; q < 4; q++) {
    const scope = quarters[q] ?? [];
    if (scope.length === 0 || existing.some((e) => e.quarter === q + 1 && e.kind === 'periodic')) continue;
    const detail = await createAssessment(em, app, tenantId, userId, {
      serviceId: input.serviceId,
      kind: 'periodic',
      title: `Периодичен вътрешен контрол — ${q + 1}. тримесечие ${input.year}`,
      plannedOn: `${input.year}${QUARTER_DAYS[q]}`,
      scopeCriteria: scope,
      methods: [1, 3, 4, 6, 8],
    });
    created.push(detail.id);
  }
  if (!existing.some((e) => e.kind === 'self_assessment')) {
    const detail = await createAssessment(em, app, tenantId, userId, {
      serviceId: input.serviceId,
      kind: 'self_assessment',
      title: `Годишна самооценка ${input.year}`,
      plannedOn: `${input.year}-12-01`,
      scopeCriteria: null,
      methods: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    });
    created.push(detail.id);
  }
  return {
    created: created.length,
    plan: await monitoringPlan(em, app, tenantId, input.year, input.serviceId),
  };
}

/** The year's checks per service, with each quarter marked as covered or not (art. 23(3)). */
export async function monitoringPlan(
  em: EntityManager,
  app: Plugins,
  tenantId: string,
  year: number,
  serviceId?: string,
) {
  const checks = await listAssessments(em, app, tenantId, { serviceId, year });
  // A quarter that ended before the organisation came to Mera is not a missed check in Mera.
  const services = await em.execute<{ id: string; name: string; joined_on: string }[]>(
    `select id, name, (select (t.created_at at time zone 'Europe/Sofia')::date::text from tenant t
                        where t.id = s.tenant_id) as joined_on
     from service s where tenant_id = ? and (?::uuid is null or id = ?) order by lower(name)`,
    [tenantId, serviceId ?? null, serviceId ?? null],
  );
  const now = today();
  return {
    year,
    services: services.map((s) => {
      const own = checks.filter((c) => c.serviceId === s.id);
      const quarters = [1, 2, 3, 4].map((q) => {
        const inQuarter = own.filter((c) => {
          const day = c.startedOn ?? c.plannedOn ?? '';
          return Math.ceil(Number(day.slice(5, 7)) / 3) === q;
        });
        const end = `${year}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? '31' : '30'}`;
        const covered = inQuarter.some((c) => c.status === 'completed');
        const status: 'done' | 'planned' | 'overdue' | 'missing' | 'none' = covered
          ? 'done'
          : inQuarter.length
            ? end < now
              ? 'overdue'
              : 'planned'
            : end < now && end >= s.joined_on
              ? 'missing'
              : 'none';
        return { quarter: q, checks: inQuarter.length, status };
      });
      return { serviceId: s.id, serviceName: s.name, quarters, checks: own };
    }),
  };
}
