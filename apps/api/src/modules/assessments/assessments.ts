// A provider's checks (art. 23–24): the record itself and its detail as a checklist (creating and changing it: changes.ts).
import {
  ASSESSMENT_KINDS as CHECK_KINDS,
  EVIDENCE_KINDS,
  sql,
  sqlOf,
  type AssessmentKind as CheckKind,
  type Database,
  type EntityManager,
  type EvidenceKind,
} from '@mera/db';
import type { Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { TenantContext } from '../../shared/context.ts';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../shared/problem.ts';
import {
  answerFields,
  answerRows,
  answersByItem,
  byItem,
  loadAnswers,
  mapTree,
  schemeFor as engineScheme,
  checklistTree,
  tally,
  type ChecklistAction,
  type GroupBase,
} from '../checklists/index.ts';
import { invalid } from '../../shared/validation.ts';
import { isoDate } from '@mera/calendar';
import { ofItsService, sameTenant } from '../../shared/sql.ts';

export const ASSESSMENT_KINDS = CHECK_KINDS;
export type AssessmentKind = CheckKind;
export { EVIDENCE_KINDS, type EvidenceKind };

export type Plugins = Pick<FastifyInstance, 'servicePlugins'>;

/** What a service function of the checks needs: the request's transaction, the tenant and the service plugins. */
export type CheckContext = Pick<TenantContext, 'em' | 'tenantId' | 'plugins'>;

/**
 * Evidence as it is shown: a cited register document by the title it had when attached — and, once the check is
 * completed, when it was completed (copied onto the evidence and frozen with it, issue 12.1).
 */
function evidenceRows(db: Kysely<Database>) {
  return db
    .selectFrom('assessment_evidence as e')
    .leftJoin('stored_file as f', (join) => sameTenant(join, 'f.id', 'e.file_id'))
    .leftJoin('quality_document as d', (join) => sameTenant(join, 'd.id', 'e.document_id'))
    .select((eb) => [
      'e.id',
      'e.item_id',
      'e.kind',
      'e.file_id',
      'e.document_id',
      'e.description',
      'f.name as file_name',
      eb.fn.coalesce('e.document_title', 'd.title').as('document_title'),
    ]);
}
export const evidenceOf = (em: EntityManager, tenantId: string) =>
  evidenceRows(sqlOf(em)).where('e.tenant_id', '=', tenantId);
type Evidence = Awaited<ReturnType<ReturnType<typeof evidenceOf>['executeTakeFirstOrThrow']>>;

export const schemeFor = (app: Plugins, pluginCode: string) => engineScheme(app.servicePlugins, pluginCode);

/** The checks with their service and catalogue version, as every view of a check reads them. */
function checks(em: EntityManager) {
  return sqlOf(em)
    .selectFrom('assessment as a')
    .innerJoin('service as s', (join) => ofItsService(join, 's', 'a'))
    .innerJoin('catalogue_version as v', 'v.id', 'a.catalogue_version_id')
    .selectAll('a')
    .select([
      's.name as service_name',
      's.plugin_code',
      's.variant_key',
      'v.effective_from as catalogue_effective_from',
      'v.annex',
    ]);
}

/** A municipality reads a commissioned service's completed checks: the record carries the provider's tenant. */
export async function findRow(em: EntityManager, tenantId: string | null, id: string) {
  let query = checks(em).where('a.id', '=', id);
  if (tenantId) query = query.where('a.tenant_id', '=', tenantId);
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found');
  return row;
}
/** A check as its service functions read it: the record, its service and its catalogue version. */
export type CheckRecord = Awaited<ReturnType<typeof findRow>>;

export const scopeOf = async (em: EntityManager, row: CheckRecord) =>
  await checklistTree(em, row.catalogue_version_id, row.scope_criteria);

export function summaryView(
  row: CheckRecord,
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

export function evidenceView(e: Evidence) {
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

export async function counts(ctx: Pick<CheckContext, 'em' | 'plugins'>, row: CheckRecord) {
  const scoped = await scopeOf(ctx.em, row);
  return tally(
    scoped,
    await loadAnswers(ctx.em, 'assessment', row.tenant_id, row.id),
    engineScheme(ctx.plugins.list, row.plugin_code),
  );
}

export async function listAssessments(
  ctx: CheckContext,
  filter: { serviceId?: string | undefined; year?: number | undefined; status?: string | undefined },
) {
  let query = checks(ctx.em).where('a.tenant_id', '=', ctx.tenantId);
  if (filter.serviceId) query = query.where('a.service_id', '=', filter.serviceId);
  if (filter.year)
    query = query.where(
      sql<number>`extract(year from coalesce(a.started_on, a.planned_on))`,
      '=',
      filter.year,
    );
  if (filter.status) query = query.where('a.status', '=', filter.status as CheckRecord['status']);
  const rows = await query
    .orderBy((eb) => eb.fn.coalesce('a.started_on', 'a.planned_on'), 'desc')
    .orderBy('a.created_at', 'desc')
    .execute();
  const out = [];
  for (const row of rows) out.push(summaryView(row, await counts(ctx, row)));
  return out;
}

/**
 * Documents of the register that stand for a source the indicators cite: offered, never re-uploaded. `documents` are
 * the register's documents for the service (or every service) that stand for any source, by title.
 */
function offeredDocuments(documents: { id: string; title: string; sources: string[] }[]) {
  return (itemSources: string[]) =>
    documents.flatMap((d) => {
      const source = itemSources.find((s) => d.sources.includes(s));
      return source ? [{ id: d.id, title: d.title, source }] : [];
    });
}

/**
 * The check's record with everything its page shows — answers, evidence, measures and the register's documents — in
 * one statement (issue 15: at national scale the SQL of a check's read is ≈ 1 ms, its round trips were the rest). Each
 * part is read under its own table's row-level security, exactly as the separate reads were; json_agg keeps each
 * part's order. Timestamps arrive as JSON text (`…T…+00:00`), which reads to the same instant as PostgreSQL's text.
 */
async function checkSheet(em: EntityManager, ownTenantId: string | null, id: string) {
  const db = sqlOf(em);
  const tenant = sql.ref<string>('a.tenant_id');
  const check = sql.ref<string>('a.id');
  let query = checks(em)
    .where('a.id', '=', id)
    .select([
      jsonArrayFrom(
        answerRows(db, 'assessment').where('r.tenant_id', '=', tenant).where('r.assessment_id', '=', check),
      ).as('answers'),
      jsonArrayFrom(
        evidenceRows(db)
          .where('e.tenant_id', '=', tenant)
          .where('e.assessment_id', '=', check)
          .orderBy('e.created_at'),
      ).as('evidence'),
      // The measures of the quality programme made from this check's indicators (art. 19), shown where they came from.
      jsonArrayFrom(
        db
          .selectFrom('quality_programme_measure as m')
          .select(['m.indicator_id as item_id', 'm.id', 'm.title', 'm.programme_id'])
          .where('m.tenant_id', '=', tenant)
          .where('m.assessment_id', '=', check)
          .orderBy('m.created_at'),
      ).as('measures'),
      jsonArrayFrom(
        db
          .selectFrom('quality_document as d')
          .select(['d.id', 'd.title', 'd.sources'])
          .where('d.tenant_id', '=', tenant)
          .where((eb) =>
            eb.or([eb('d.service_id', 'is', null), eb('d.service_id', '=', sql.ref<string>('a.service_id'))]),
          )
          .where(sql<boolean>`cardinality(d.sources) > 0`)
          .orderBy((eb) => eb.fn('lower', ['d.title'])),
      ).as('documents'),
    ]);
  if (ownTenantId) query = query.where('a.tenant_id', '=', ownTenantId);
  const sheet = await query.executeTakeFirst();
  if (!sheet) throw new AppError(404, 'not_found');
  return sheet;
}

/** A check's detail; `ownTenantId` null: whichever tenant's check row-level security shows (a municipality's read). */
export async function assessmentDetail(
  ctx: Pick<CheckContext, 'em' | 'plugins'>,
  id: string,
  ownTenantId: string | null,
) {
  const {
    answers: answerList,
    evidence: evidenceList,
    measures: measureList,
    documents,
    ...row
  } = await checkSheet(ctx.em, ownTenantId, id);
  const scoped = await scopeOf(ctx.em, row);
  const answers = answersByItem(answerList);
  const evidence = byItem(evidenceList);
  const measures = byItem(measureList);
  const offered = offeredDocuments(documents);
  const scheme = engineScheme(ctx.plugins.list, row.plugin_code);
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
export async function checkScope(em: EntityManager, versionId: string, scope: string[] | null | undefined) {
  if (!scope) return null;
  const unique = [...new Set(scope)];
  if (unique.length === 0) throw invalid('scopeCriteria', 'minItems', { limit: 1 });
  const known = await sqlOf(em)
    .selectFrom('catalogue_item')
    .select('item_id')
    .where('version_id', '=', versionId)
    .where('kind', '=', 'criterion')
    .where('item_id', 'in', unique)
    .execute();
  const knownSet = new Set(known.map((k) => k.item_id));
  const index = unique.findIndex((c) => !knownSet.has(c));
  if (index >= 0) throw invalid(`scopeCriteria.${index}`, 'unknown_criterion');
  return unique;
}

export function assertOpen(row: CheckRecord) {
  if (row.status === 'completed') throw new AppError(409, 'assessment_completed');
}
