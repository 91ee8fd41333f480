import { createHash } from 'node:crypto';
import { sql, sqlOf, uuidv7, type EntityManager } from '@mera/db';
import { flattenCatalogue } from './flatten.ts';
import { forgetCatalogueTrees, ITEM_COLUMNS } from './queries.ts';
import type { DiscoveredPlugin } from './types.ts';

/** The Ordinance's original text applies from 1 July 2022 (promulgated in ДВ бр. 48 of 28 June 2022). */
export const ORDINANCE_EFFECTIVE_FROM = '2022-07-01';

export interface SyncReport {
  added: { plugin: string; variant: string; items: number }[];
  unchanged: number;
}

function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * Writes each plugin variant's catalogue as a version, unless a version with the same content exists. Idempotent and
 * cheap when nothing changed (one query per variant); a changed catalogue becomes a new version and the old one stays,
 * so assessments pinned to it keep their meaning.
 */
export async function syncCatalogues(em: EntityManager, plugins: DiscoveredPlugin[]): Promise<SyncReport> {
  const report: SyncReport = { added: [], unchanged: 0 };
  const db = sqlOf(em);
  const existing = await db
    .selectFrom('catalogue_version')
    .select(['plugin_code', 'variant_key', 'content_hash'])
    .execute();
  const known = new Set(existing.map((row) => `${row.plugin_code}|${row.variant_key}|${row.content_hash}`));
  for (const plugin of plugins) {
    for (const variant of plugin.variants) {
      const hash = contentHash(variant.catalogue);
      if (known.has(`${plugin.code}|${variant.key}|${hash}`)) {
        report.unchanged += 1;
        continue;
      }
      const items = flattenCatalogue(variant.catalogue);
      const versionId = uuidv7();
      await db
        .insertInto('catalogue_version')
        .values({
          id: versionId,
          plugin_code: plugin.code,
          variant_key: variant.key,
          annex: variant.annex,
          code: variant.catalogue.code,
          title: variant.catalogue.title,
          effective_from: variant.catalogue.effectiveFrom ?? ORDINANCE_EFFECTIVE_FROM,
          content_hash: hash,
          item_count: items.length,
          created_at: sql<string>`now()`,
        })
        .execute();
      // One statement per version, the rows travelling as one JSON document (thousands of items: fast start-up).
      await db
        .insertInto('catalogue_item')
        .columns(['version_id', ...ITEM_COLUMNS, 'search_text'])
        // sql template: a JSON document unpacked by jsonb_to_recordset with its column list, which Kysely cannot build.
        .expression(
          sql`select ${versionId}::uuid, x.item_id, x.kind, x.parent_item_id, x.position, x.key, x.title, x.statement,
                x.text, x.sources, x.notes, x.search_text
              from jsonb_to_recordset(${JSON.stringify(items)}::jsonb) as x(item_id text, kind text,
                parent_item_id text, position int, key text, title text, statement text, text text, sources text[],
                notes text[], search_text text)`,
        )
        .execute();
      report.added.push({ plugin: plugin.code, variant: variant.key, items: items.length });
    }
  }
  if (report.added.length) forgetCatalogueTrees();
  return report;
}
