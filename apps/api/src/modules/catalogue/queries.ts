import type { EntityManager } from '@mera/db';
import type { FlatItem } from './flatten.ts';

/** A stored catalogue item (the flattened row without its search text). */
export type ItemRow = Omit<FlatItem, 'search_text'>;

export interface VersionRow {
  id: string;
  plugin_code: string;
  variant_key: string;
  annex: number;
  code: string;
  title: string;
  effective_from: string | Date;
  item_count: number;
}

const LATEST = `select distinct on (plugin_code, variant_key) * from catalogue_version
  where effective_from <= current_date order by plugin_code, variant_key, effective_from desc, created_at desc`;

export function dateOnly(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** The version in force today of every variant. */
export async function latestVersions(em: EntityManager): Promise<VersionRow[]> {
  return em.execute<VersionRow[]>(LATEST);
}

export async function latestVersion(
  em: EntityManager,
  plugin: string,
  variant: string,
): Promise<VersionRow | undefined> {
  const rows = await em.execute<VersionRow[]>(
    `select * from (${LATEST}) v where plugin_code = ? and variant_key = ?`,
    [plugin, variant],
  );
  return rows[0];
}

export interface TreeNode {
  id: string;
  kind: ItemRow['kind'];
  key: string;
  title: string | null;
  statement: string | null;
  text: string | null;
  sources: string[];
  notes: string[];
  children: TreeNode[];
}

/** A version's items as the annex's tree: sections → standards → criteria → indicators, in document order. */
export async function versionTree(em: EntityManager, versionId: string): Promise<TreeNode[]> {
  const rows = await em.execute<ItemRow[]>(
    `select item_id, kind, parent_item_id, position, key, title, statement, text, sources, notes
     from catalogue_item where version_id = ? order by position`,
    [versionId],
  );
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

/** One item of the version in force, with its ancestors (criterion, standard, section) for context. */
export async function itemWithAncestors(em: EntityManager, itemId: string) {
  const rows = await em.execute<
    (ItemRow & { depth: number; plugin_code: string; variant_key: string; version_id: string })[]
  >(
    `with recursive latest as (${LATEST}),
     chain as (
       select i.*, 0 as depth from catalogue_item i join latest v on v.id = i.version_id where i.item_id = ?
       union all
       select p.*, c.depth + 1 from catalogue_item p join chain c on p.version_id = c.version_id and p.item_id = c.parent_item_id
     )
     select chain.*, v.plugin_code, v.variant_key from chain join catalogue_version v on v.id = chain.version_id
     order by v.plugin_code, v.variant_key, depth`,
    [itemId],
  );
  return rows;
}

export interface SearchHit {
  id: string;
  kind: ItemRow['kind'];
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
  type Row = {
    item_id: string;
    kind: ItemRow['kind'];
    plugin_code: string;
    variant_key: string;
    annex: number;
    text: string;
    score: number;
  };
  const search = (match: string) =>
    em.execute<Row[]>(
      `with latest as (${LATEST})
       select i.item_id, i.kind, v.plugin_code, v.variant_key, v.annex, coalesce(i.text, i.statement, i.title) as text,
              ts_rank(i.search, to_tsquery('simple', ?)) + word_similarity(?, i.search_text) as score
       from catalogue_item i join latest v on v.id = i.version_id
       where ${match}
         and (?::text is null or v.plugin_code = ?)
       order by score desc, v.annex, i.item_id
       limit ?`,
      [
        tsquery,
        q,
        ...(match.includes('<%') ? [q] : [tsquery]),
        options.plugin ?? null,
        options.plugin ?? null,
        options.limit,
      ],
    );
  let rows = await search(`i.search @@ to_tsquery('simple', ?)`);
  if (rows.length === 0) rows = await search(`? <% i.search_text`);
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
