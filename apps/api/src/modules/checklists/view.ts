// Reading a checklist: its answers, its tree with an answer on every indicator, progress and score.
import { sql, sqlOf, type Database, type EntityManager } from '@mera/db';
import type { Kysely } from 'kysely';
import { ordinanceScoring, type IndicatorResult, type ScoringScheme } from '@mera/plugin-sdk';
import type { TreeNode } from '../catalogue/index.ts';
import { answerTable, type ChecklistKind } from './answers.ts';
import { indicatorsOf } from './tree.ts';

/**
 * The answers of a kind of checklist with the name of whoever saved each last (alias `r`), as every reader selects
 * them; the caller says whose (by value, or by reference to its own record in one statement with it).
 */
export function answerRows(db: Kysely<Database>, of: ChecklistKind) {
  return db
    .selectFrom(`${answerTable(of).table} as r`)
    .leftJoin('app_user as u', 'u.id', 'r.updated_by')
    .select([
      'r.item_id',
      'r.result',
      'r.value',
      'r.note',
      'r.version',
      'r.updated_at',
      'u.display_name as updated_by_name',
    ]);
}

/** The answers by indicator. */
export const answersByItem = <A extends { item_id: string }>(rows: A[]) =>
  new Map(rows.map((r) => [r.item_id, r]));

/** One checklist's answers by indicator. */
export async function loadAnswers(em: EntityManager, of: ChecklistKind, tenantId: string, parentId: string) {
  const rows = await answerRows(sqlOf(em), of)
    .where('r.tenant_id', '=', tenantId)
    .where(sql.ref(`r.${answerTable(of).parent}`), '=', parentId)
    .execute();
  return answersByItem(rows);
}
export type Answer = NonNullable<ReturnType<Awaited<ReturnType<typeof loadAnswers>>['get']>>;

/** The scheme a service type's plugin scores with (the Ordinance's default when it names none). */
export function schemeFor(plugins: readonly { code: string; scoring?: ScoringScheme }[], pluginCode: string) {
  return plugins.find((p) => p.code === pluginCode)?.scoring ?? ordinanceScoring;
}

/** How far a part of the checklist is answered, and its score by the scheme. */
export function tally(
  nodes: TreeNode[],
  answers: Map<string, Answer>,
  scheme: ScoringScheme = ordinanceScoring,
) {
  const indicators = indicatorsOf(nodes);
  const results = indicators.map((i) => answers.get(i.id)?.result).filter((x): x is IndicatorResult => !!x);
  return { answered: results.length, total: indicators.length, score: scheme.score(results) };
}

/** One indicator's answer as both checklists show it; `version` is sent back with the next save (0: none yet). */
export function answerFields(a: Answer | undefined) {
  return {
    result: a?.result ?? null,
    value: a?.value ?? null,
    note: a?.note ?? null,
    version: a?.version ?? 0,
    updatedAt: a ? new Date(a.updated_at).toISOString() : null,
    updatedByName: a?.updated_by_name ?? null,
  };
}

export interface ChecklistAction {
  kind: 'measure' | 'prescription';
  id: string;
  title: string;
  /** For a measure: its quality programme, so the web app can link to the measure itself. */
  programmeId?: string;
}

export interface GroupBase<K extends string, C> {
  id: string;
  kind: K;
  key: string;
  title: string | null;
  statement: string | null;
  children: C[];
}

/**
 * The checklist's tree (section → standard → criterion → indicator) with what each kind of checklist shows on an
 * indicator and on a group. Nodes are keyed by catalogue id, never by text: the Ordinance prints the same source or
 * indicator text twice under one criterion (annex criterion 4.4; 4.1 in annex 14), verbatim.
 */
export function mapTree<I, G>(
  nodes: TreeNode[],
  indicator: (node: TreeNode) => I,
  group: (node: TreeNode, base: GroupBase<string, I | G>) => G,
): (I | G)[] {
  return nodes.map((node) =>
    node.kind === 'indicator'
      ? indicator(node)
      : group(node, {
          id: node.id,
          kind: node.kind,
          key: node.key,
          title: node.title,
          statement: node.statement,
          children: mapTree(node.children, indicator, group),
        }),
  );
}

/** Groups actions (measures, prescriptions) by the indicator they came from. */
export function byItem<T extends { item_id: string | null }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) if (r.item_id) out.set(r.item_id, [...(out.get(r.item_id) ?? []), r]);
  return out;
}
