import type { EntityManager } from '@mera/db';
import type { IndicatorResult } from '@mera/plugin-sdk';
import { schemeFor, type Plugins } from './assessments.ts';

/**
 * Scores of many checks at once (issue 15): one grouped statement over the answers, whatever the number of checks —
 * the dashboard, the deadlines, the yearly monitoring and the reports' figures read them here instead of loading
 * each check's whole detail for one number.
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
  answered: number;
}

export interface CheckRef {
  tenantId: string;
  id: string;
  pluginCode: string;
}

/**
 * How many answers of each result each check has, in its scope: `assessment id → result → count`. Raw SQL until
 * issue 11 brings the checks' tables their entities (the pending list of docs/architecture.md).
 */
async function answerCounts(em: EntityManager, checks: readonly CheckRef[]) {
  const rows = await em.execute<{ assessment_id: string; result: IndicatorResult; n: number }[]>(
    `select r.assessment_id, r.result, count(*)::int as n
     from assessment_result r
     join assessment a on a.tenant_id = r.tenant_id and a.id = r.assessment_id
     join catalogue_item i on i.version_id = a.catalogue_version_id and i.item_id = r.item_id and i.kind = 'indicator'
     where (r.tenant_id, r.assessment_id) in (select * from unnest(string_to_array(?, ',')::uuid[], string_to_array(?, ',')::uuid[]))
       and r.result is not null
       and (a.scope_criteria is null or i.parent_item_id = any(a.scope_criteria))
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

/** Each check's score by its plugin's scheme, and how many indicators were answered: `id → score`. */
export async function checkScores(
  em: EntityManager,
  app: Plugins,
  checks: readonly CheckRef[],
): Promise<Map<string, CheckScore>> {
  const scores = new Map<string, CheckScore>();
  if (checks.length === 0) return scores;
  const counts = await answerCounts(em, checks);
  for (const check of checks) {
    const results = [...(counts.get(check.id) ?? [])].flatMap(([result, n]) =>
      Array.from({ length: n }, () => result),
    );
    scores.set(check.id, {
      score: schemeFor(app, check.pluginCode).score(results),
      answered: results.length,
    });
  }
  return scores;
}
