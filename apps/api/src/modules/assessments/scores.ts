import { sql, sqlOf, type EntityManager } from '@mera/db';
import type { IndicatorResult } from '@mera/plugin-sdk';
import { versionTree, type TreeNode } from '../catalogue/index.ts';
import { indicatorsOf, scopedTree } from '../checklists/index.ts';
import { schemeFor, type Plugins } from './assessments.ts';
import { ofItsService, sameTenant } from '../../shared/sql.ts';

/**
 * Scores of many checks at once (issue 15). A check completed since 20261208500000AssessmentScore carries its score,
 * stored by the completion (a completed check is frozen, so it never changes): the caller reads it with the check's
 * row and no answer is touched. A check without a stored score — completed before that column existed (the
 * migration could not run the plugins' schemes), or not completed — is scored from its answers by one grouped
 * statement, whatever the number of checks, instead of each check's whole detail for one number.
 *
 * **The one place that reads answers for scores.** Issue 11 replaces `assessment_result` with the checklist engine's
 * answers table; re-point `answerCounts` and every figure follows.
 *
 * An answer counts when it belongs to an indicator of the check's scope (the variant's whole tree, or the chosen
 * criteria's indicators — `scopedTree`), exactly as the check's own page scores it. The scheme scores the multiset of
 * results (how many met, partly met, …): the order of the indicators does not enter a score.
 */
export interface CheckScore {
  score: number | null;
}

export interface CheckRef {
  tenantId: string;
  id: string;
  pluginCode: string;
  /** `assessment.score` (as `score::float8`): null when not stored, or when the scheme gave none. */
  storedScore: number | null;
}

/**
 * `(tenant, check) in (…)` for many checks at once, as two arrays unnested into pairs — one parameter each, however
 * many checks (`unnest` of two arrays: a PostgreSQL function Kysely has no builder for).
 */
function inChecks(
  tenantColumn: string,
  idColumn: string,
  checks: readonly { tenantId: string; id: string }[],
) {
  return sql<boolean>`(${sql.ref(tenantColumn)}, ${sql.ref(idColumn)}) in (select * from unnest(${checks.map((c) => c.tenantId)}::uuid[], ${checks.map((c) => c.id)}::uuid[]))`;
}

/**
 * How many answers of each result each check has, in its scope: `assessment id → result → count`.
 */
async function answerCounts(em: EntityManager, checks: readonly CheckRef[]) {
  // Answers are saved for indicators of the check's scope only (`indicatorInScope`); a check whose scope was later
  // narrowed is filtered through the catalogue, the others need no catalogue row at all. The answers are read
  // from the index `assessment_result_counts_idx` alone (no table rows: an index-only scan).
  const rows = await sqlOf(em)
    .selectFrom('assessment_result as r')
    .innerJoin('assessment as a', (join) => sameTenant(join, 'a.id', 'r.assessment_id'))
    .select((eb) => ['r.assessment_id', 'r.result', eb.cast<number>(eb.fn.countAll(), 'integer').as('n')])
    .where(inChecks('r.tenant_id', 'r.assessment_id', checks))
    .where('r.result', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('a.scope_criteria', 'is', null),
        eb.exists(
          eb
            .selectFrom('catalogue_item as i')
            .select(sql<number>`1`.as('one'))
            .whereRef('i.version_id', '=', 'a.catalogue_version_id')
            .whereRef('i.item_id', '=', 'r.item_id')
            .where('i.kind', '=', 'indicator')
            .where(sql<boolean>`i.parent_item_id = any(a.scope_criteria)`),
        ),
      ]),
    )
    .groupBy(['r.assessment_id', 'r.result'])
    .execute();
  const counts = new Map<string, Map<IndicatorResult, number>>();
  for (const row of rows) {
    if (!row.result) continue;
    const byResult = counts.get(row.assessment_id) ?? new Map<IndicatorResult, number>();
    byResult.set(row.result, Number(row.n));
    counts.set(row.assessment_id, byResult);
  }
  return counts;
}

/**
 * Each check's score by its plugin's scheme: `id → score`. The stored one when there is one; the others from their
 * answers (no statement at all when every check has its score stored). A completed check whose scheme gave no score
 * is scored again from its answers — null again, as the check's page shows it.
 */
export async function checkScores(
  em: EntityManager,
  app: Plugins,
  checks: readonly CheckRef[],
): Promise<Map<string, CheckScore>> {
  const scores = new Map<string, CheckScore>();
  for (const check of checks)
    if (check.storedScore !== null) scores.set(check.id, { score: check.storedScore });
  const unscored = checks.filter((check) => check.storedScore === null);
  if (unscored.length === 0) return scores;
  const counts = await answerCounts(em, unscored);
  for (const check of unscored) {
    const results = [...(counts.get(check.id) ?? [])].flatMap(([result, n]) =>
      Array.from({ length: n }, () => result),
    );
    scores.set(check.id, { score: schemeFor(app, check.pluginCode).score(results) });
  }
  return scores;
}

/** A completed check as the yearly figures read it: its scoped tree (cached per version) and its answers. */
export interface CheckSheet {
  id: string;
  tenantId: string;
  serviceId: string;
  title: string;
  kind: string;
  annex: number;
  methods: number[];
  completedAt: string;
  score: number | null;
  answered: number;
  total: number;
  /** Sections → standards → criteria → indicators, pruned to the check's scope. Shared: do not change. */
  sections: TreeNode[];
  answers: Map<string, { result: IndicatorResult; note: string | null }>;
}

/**
 * Many checks with their answers in two statements (the checks, then every answer of them), instead of one whole
 * detail per check: what the yearly monitoring and the reports' figures walk.
 */
export async function checkSheets(
  em: EntityManager,
  app: Plugins,
  checks: readonly { tenantId: string; id: string }[],
): Promise<Map<string, CheckSheet>> {
  const sheets = new Map<string, CheckSheet>();
  if (checks.length === 0) return sheets;
  const db = sqlOf(em);
  const rows = await db
    .selectFrom('assessment as a')
    .innerJoin('service as s', (join) => ofItsService(join, 's', 'a'))
    .innerJoin('catalogue_version as v', 'v.id', 'a.catalogue_version_id')
    .select((eb) => [
      'a.tenant_id',
      'a.id',
      'a.service_id',
      'a.title',
      'a.kind',
      'a.methods',
      'a.completed_at',
      'a.catalogue_version_id',
      'a.scope_criteria',
      's.plugin_code',
      'v.annex',
      eb.cast<number | null>('a.score', 'float8').as('score'),
    ])
    .where(inChecks('a.tenant_id', 'a.id', checks))
    .execute();
  const answers = await db
    .selectFrom('assessment_result as r')
    .select(['r.assessment_id', 'r.item_id', 'r.result', 'r.note'])
    .where(inChecks('r.tenant_id', 'r.assessment_id', checks))
    .where('r.result', 'is not', null)
    .execute();
  const byCheck = new Map<string, Map<string, { result: IndicatorResult; note: string | null }>>();
  for (const a of answers) {
    if (!a.result) continue;
    const own = byCheck.get(a.assessment_id) ?? new Map();
    own.set(a.item_id, { result: a.result, note: a.note });
    byCheck.set(a.assessment_id, own);
  }
  for (const row of rows) {
    const sections = scopedTree(await versionTree(em, row.catalogue_version_id), row.scope_criteria);
    const indicators = indicatorsOf(sections);
    const own = byCheck.get(row.id) ?? new Map<string, { result: IndicatorResult; note: string | null }>();
    const answered = indicators.flatMap((i) => {
      const answer = own.get(i.id);
      return answer ? [answer.result] : [];
    });
    sheets.set(row.id, {
      id: row.id,
      tenantId: row.tenant_id,
      serviceId: row.service_id,
      title: row.title,
      kind: row.kind,
      annex: row.annex,
      methods: row.methods,
      // The sheets are of completed checks: `completed_at` is set.
      completedAt: row.completed_at ?? '',
      // Stored by the completion (issue 15); a check completed before that is scored here, the same way.
      score: row.score ?? schemeFor(app, row.plugin_code).score(answered),
      answered: answered.length,
      total: indicators.length,
      sections,
      answers: own,
    });
  }
  return sheets;
}
