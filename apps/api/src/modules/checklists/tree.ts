// The scope of a checklist: which catalogue indicators it covers, and which of them are still unanswered.
import { AppError } from '../../shared/problem.ts';
import type { EntityManager } from '@mera/db';
import { versionTree, type TreeNode } from '../catalogue/index.ts';

/** The checklist's tree: the catalogue version's, cut to the chosen criteria (null: the whole variant). */
export async function checklistTree(
  em: EntityManager,
  versionId: string,
  scope: string[] | null,
): Promise<TreeNode[]> {
  // versionTree is read once per catalogue version and process, frozen (catalogue/queries.ts).
  return scopedTree(await versionTree(em, versionId), scope);
}

/** The criteria and indicators a checklist covers: the variant's whole tree, or the chosen criteria only. */
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

export function criteriaOf(nodes: TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => (n.kind === 'criterion' ? [n] : criteriaOf(n.children)));
}

export interface MissingIndicator {
  itemId: string;
  key: string;
  standardKey: string;
  criterionKey: string;
}

/** The indicators in scope without an answer, in the catalogue's order, with the standard and criterion they are under. */
export function missingIndicators(
  tree: TreeNode[],
  answered: (itemId: string) => boolean,
): MissingIndicator[] {
  const out: MissingIndicator[] = [];
  const walk = (nodes: TreeNode[], standardKey: string, criterionKey: string) => {
    for (const node of nodes) {
      if (node.kind === 'indicator') {
        if (!answered(node.id)) out.push({ itemId: node.id, key: node.key, standardKey, criterionKey });
      } else
        walk(
          node.children,
          node.kind === 'standard' ? node.key : standardKey,
          node.kind === 'criterion' ? node.key : criterionKey,
        );
    }
  };
  walk(tree, '', '');
  return out;
}

/**
 * Completing a check (art. 24) or signing an inspection report (art. 33(2)) needs an answer for every indicator in
 * scope. The refusal names every missing one, so the person can go to each.
 */
export function assertComplete(tree: TreeNode[], answered: (itemId: string) => boolean): void {
  const missing = missingIndicators(tree, answered);
  if (missing.length === 0) return;
  const shown = missing.slice(0, 10).map((m) => m.key);
  const list = missing.length > shown.length ? `${shown.join(', ')} …` : shown.join(', ');
  throw new AppError(422, 'checklist_incomplete', {
    params: { count: missing.length, list },
    fields: missing.map((m) => ({ field: `items.${m.itemId}`, rule: 'unanswered' })),
    extra: {
      fields: missing.map((m) => ({ field: `items.${m.itemId}`, rule: 'unanswered' })),
      missing,
    },
  });
}
