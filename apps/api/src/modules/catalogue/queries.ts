import { sql, sqlOf, type Database, type EntityManager } from '@mera/db';
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/problem.ts';
import type { FlatItem } from './flatten.ts';

/** A stored catalogue item (the flattened row without its search text). */
export type StoredItem = Omit<FlatItem, 'search_text'>;

export const ITEM_COLUMNS = [
  'item_id',
  'kind',
  'parent_item_id',
  'position',
  'key',
  'title',
  'statement',
  'text',
  'sources',
  'notes',
] as const;

/**
 * The version in force today of every variant: the newest that has taken effect. Without a selection, so a
 * caller picks the columns it needs.
 */
export function versionsInForce(db: Kysely<Database>) {
  return db
    .selectFrom('catalogue_version')
    .distinctOn(['plugin_code', 'variant_key'])
    .where('effective_from', '<=', sql<string>`current_date`)
    .orderBy('plugin_code')
    .orderBy('variant_key')
    .orderBy('effective_from', 'desc')
    .orderBy('created_at', 'desc');
}

/** Every column of the version in force today of every variant. */
function latest(db: Kysely<Database>) {
  return versionsInForce(db).selectAll();
}

export function dateOnly(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** The version in force today of every variant. */
export function latestVersions(em: EntityManager) {
  return latest(sqlOf(em)).execute();
}
export type VersionInForce = Awaited<ReturnType<typeof latestVersions>>[number];

export async function latestVersion(
  em: EntityManager,
  plugin: string,
  variant: string,
): Promise<VersionInForce | undefined> {
  const db = sqlOf(em);
  return db
    .selectFrom(latest(db).as('v'))
    .selectAll()
    .where('plugin_code', '=', plugin)
    .where('variant_key', '=', variant)
    .executeTakeFirst();
}

/** The version in force of a variant, for a record that must cite one: a 503 while the catalogues are not synced. */
export async function versionInForce(em: EntityManager, plugin: string, variant: string) {
  const version = await latestVersion(em, plugin, variant);
  if (!version) throw new AppError(503, 'catalogue_not_synced');
  return version;
}

export interface TreeNode {
  id: string;
  kind: StoredItem['kind'];
  key: string;
  title: string | null;
  statement: string | null;
  text: string | null;
  sources: string[];
  notes: string[];
  children: TreeNode[];
}

/**
 * The trees already read, by version. A catalogue version is written once by the sync and never rewritten (its
 * table is insert-only for the application), so its tree is the same for every tenant and every request: a check
 * or a dashboard no longer reads the same ≈ 200 rows again (issue 15). Frozen, so no caller can change a shared
 * tree; `forgetCatalogueTrees` is the explicit invalidation (the sync calls it when it adds versions).
 */
const trees = new Map<string, Promise<TreeNode[]>>();

export function forgetCatalogueTrees(): void {
  trees.clear();
}

function deepFreeze(nodes: TreeNode[]): TreeNode[] {
  for (const node of nodes) {
    Object.freeze(node.sources);
    Object.freeze(node.notes);
    deepFreeze(node.children);
    Object.freeze(node.children);
    Object.freeze(node);
  }
  return Object.freeze(nodes) as TreeNode[];
}

/** A version's items as the annex's tree: sections → standards → criteria → indicators, in document order. */
export function versionTree(em: EntityManager, versionId: string): Promise<TreeNode[]> {
  const known = trees.get(versionId);
  if (known) return known;
  const reading = readTree(em, versionId).then((tree) => {
    // An unknown version (no rows) is not remembered: it may be being written.
    if (tree.length === 0) trees.delete(versionId);
    return deepFreeze(tree);
  });
  reading.catch(() => trees.delete(versionId));
  trees.set(versionId, reading);
  return reading;
}

async function readTree(em: EntityManager, versionId: string): Promise<TreeNode[]> {
  const rows = await sqlOf(em)
    .selectFrom('catalogue_item')
    .select(ITEM_COLUMNS)
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
  const nodes = new Map<string, TreeNode>();
  for (const row of rows) {
    nodes.set(row.item_id, {
      id: row.item_id,
      kind: row.kind,
      key: row.key,
      title: row.title,
      statement: row.statement,
      text: row.text,
      sources: row.sources,
      notes: row.notes,
      children: [],
    });
  }
  const roots: TreeNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.item_id);
    if (!node) continue;
    const parent = row.parent_item_id ? nodes.get(row.parent_item_id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/**
 * One item of each version in force that has it, with its ancestors (criterion, standard, section) for context:
 * the item first (depth 0), then its parent, and so on; grouped by plugin and variant. A catalogue is at most four
 * levels deep, so the chain is walked one level per query.
 */
export async function itemWithAncestors(em: EntityManager, itemId: string) {
  const db = sqlOf(em);
  const items = () =>
    db
      .selectFrom('catalogue_item as i')
      .innerJoin(latest(db).as('v'), 'v.id', 'i.version_id')
      .select([
        ...ITEM_COLUMNS.map((c) => `i.${c}` as const),
        'i.version_id',
        'v.plugin_code',
        'v.variant_key',
      ]);
  let level = await items().where('i.item_id', '=', itemId).execute();
  const chain = level.map((row) => ({ ...row, depth: 0 }));
  for (let depth = 1; level.length > 0 && depth < 8; depth++) {
    const wanted = level.filter((row) => row.parent_item_id !== null);
    if (wanted.length === 0) break;
    level = await items()
      .where((eb) =>
        eb.or(
          wanted.map((row) =>
            eb.and([eb('i.version_id', '=', row.version_id), eb('i.item_id', '=', row.parent_item_id ?? '')]),
          ),
        ),
      )
      .execute();
    chain.push(...level.map((row) => ({ ...row, depth })));
  }
  return chain.sort(
    (a, b) =>
      a.plugin_code.localeCompare(b.plugin_code) ||
      a.variant_key.localeCompare(b.variant_key) ||
      a.depth - b.depth,
  );
}

export interface SearchHit {
  id: string;
  kind: StoredItem['kind'];
  pluginCode: string;
  variantKey: string;
  annex: number;
  text: string;
  score: number;
}

/** Words as prefix terms (`думa:*`), so "обучени" finds "обучение" and "обучения". */
function prefixQuery(q: string): string {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    .slice(0, 8);
  return words.map((w) => `${w}:*`).join(' & ');
}

/**
 * Full-text search over the catalogue in force: every word as a prefix ('simple' configuration — there is no
 * Bulgarian stemmer in PostgreSQL), ranked together with trigram word similarity. Trigram matching over every item is
 * the slow part (a sequential scan computing word similarity on ~6,000 texts: ~0.4 s), so it runs only as the
 * fallback that catches typos — when full text finds nothing. Full text uses its GIN index (~10 ms).
 */
export async function searchCatalogue(
  em: EntityManager,
  q: string,
  options: { plugin?: string; limit: number },
): Promise<SearchHit[]> {
  const tsquery = prefixQuery(q);
  if (!tsquery) return [];
  const db = sqlOf(em);
  const search = (typos: boolean) => {
    let query = db
      .selectFrom('catalogue_item as i')
      .innerJoin(latest(db).as('v'), 'v.id', 'i.version_id')
      .select([
        'i.item_id',
        'i.kind',
        'v.plugin_code',
        'v.variant_key',
        'v.annex',
        sql<string>`coalesce(i.text, i.statement, i.title)`.as('text'),
        sql<number>`ts_rank(i.search, to_tsquery('simple', ${tsquery})) + word_similarity(${q}, i.search_text)`.as(
          'score',
        ),
      ])
      .where(
        typos
          ? sql<boolean>`${q} <% i.search_text`
          : sql<boolean>`i.search @@ to_tsquery('simple', ${tsquery})`,
      );
    if (options.plugin) query = query.where('v.plugin_code', '=', options.plugin);
    return query
      .orderBy('score', 'desc')
      .orderBy('v.annex')
      .orderBy('i.item_id')
      .limit(options.limit)
      .execute();
  };
  let rows = await search(false);
  if (rows.length === 0) rows = await search(true);
  return rows.map((r) => ({
    id: r.item_id,
    kind: r.kind,
    pluginCode: r.plugin_code,
    variantKey: r.variant_key,
    annex: r.annex,
    text: r.text,
    score: Number(r.score),
  }));
}
