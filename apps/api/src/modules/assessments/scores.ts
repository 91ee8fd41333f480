import type { EntityManager } from '@mera/db';
import type { IndicatorResult } from '@mera/plugin-sdk';
import { versionTree, type TreeNode } from '../catalogue/index.ts';
import { indicatorsOf, scopedTree } from '../checklists/index.ts';
import { schemeFor, type Plugins } from './assessments.ts';

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
 * How many answers of each result each check has, in its scope: `assessment id → result → count`. Raw SQL until
 * issue 11 brings the checks' tables their entities (the pending list of docs/architecture.md).
 */
async function answerCounts(em: EntityManager, checks: readonly CheckRef[]) {
  const rows = await em.execute<{ assessment_id: string; result: IndicatorResult; n: number }[]>(
    // Answers are saved for indicators of the check's scope only (`indicatorInScope`); a check whose scope was later
    // narrowed is filtered through the catalogue, the others need no catalogue row at all. The answers are read
    // from the index `assessment_result_counts_idx` alone (no table rows: an index-only scan).
    `select r.assessment_id, r.result, count(*)::int as n
     from assessment_result r
     join assessment a on a.tenant_id = r.tenant_id and a.id = r.assessment_id
     where (r.tenant_id, r.assessment_id) in (select * from unnest(string_to_array(?, ',')::uuid[],
                                                                   string_to_array(?, ',')::uuid[]))
       and r.result is not null
       and (a.scope_criteria is null
            or exists (select 1 from catalogue_item i
                       where i.version_id = a.catalogue_version_id and i.item_id = r.item_id and i.kind = 'indicator'
                         and i.parent_item_id = any(a.scope_criteria)))
     group by r.assessment_id, r.result`,
    [checks.map((c) => c.tenantId).join(','), checks.map((c) => c.id).join(',')],
  );
  const counts = new Map<string, Map<IndicatorResult, number>>();
  for (const row of rows) {
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
 * detail per check: what the yearly monitoring and the reports' figures walk. Raw SQL until issue 11.
 */
export async function checkSheets(
  em: EntityManager,
  app: Plugins,
  checks: readonly { tenantId: string; id: string }[],
): Promise<Map<string, CheckSheet>> {
  const sheets = new Map<string, CheckSheet>();
  if (checks.length === 0) return sheets;
  const ids = [checks.map((c) => c.tenantId).join(','), checks.map((c) => c.id).join(',')];
  const rows = await em.execute<
    {
      tenant_id: string;
      id: string;
      service_id: string;
      title: string;
      kind: string;
      methods: number[];
      completed_at: string;
      catalogue_version_id: string;
      scope_criteria: string[] | null;
      plugin_code: string;
      annex: number;
      score: number | null;
    }[]
  >(
    `select a.tenant_id, a.id, a.service_id, a.title, a.kind, a.methods, a.completed_at, a.catalogue_version_id,
            a.scope_criteria, s.plugin_code, v.annex, a.score::float8 as score
     from assessment a
     join service s on s.tenant_id = a.tenant_id and s.id = a.service_id
     join catalogue_version v on v.id = a.catalogue_version_id
     where (a.tenant_id, a.id) in (select * from unnest(string_to_array(?, ',')::uuid[], string_to_array(?, ',')::uuid[]))`,
    ids,
  );
  const answers = await em.execute<
    { assessment_id: string; item_id: string; result: IndicatorResult; note: string | null }[]
  >(
    `select r.assessment_id, r.item_id, r.result, r.note from assessment_result r
     where (r.tenant_id, r.assessment_id) in (select * from unnest(string_to_array(?, ',')::uuid[], string_to_array(?, ',')::uuid[]))
       and r.result is not null`,
    ids,
  );
  const byCheck = new Map<string, Map<string, { result: IndicatorResult; note: string | null }>>();
  for (const a of answers) {
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
      completedAt: row.completed_at,
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
