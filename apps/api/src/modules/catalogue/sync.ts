import { createHash } from 'node:crypto';
import { uuidv7, type EntityManager } from '@mera/db';
import { flattenCatalogue } from './flatten.ts';
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
  const existing = await em.execute<{ plugin_code: string; variant_key: string; content_hash: string }[]>(
    `select plugin_code, variant_key, content_hash from catalogue_version`,
  );
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
      await em.execute(
        `insert into catalogue_version (id, plugin_code, variant_key, annex, code, title, effective_from, content_hash, item_count)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          versionId,
          plugin.code,
          variant.key,
          variant.annex,
          variant.catalogue.code,
          variant.catalogue.title,
          variant.catalogue.effectiveFrom ?? ORDINANCE_EFFECTIVE_FROM,
          hash,
          items.length,
        ],
      );
      // One statement per version: the rows travel as one JSON document.
      await em.execute(
        `insert into catalogue_item (version_id, item_id, kind, parent_item_id, position, key, title, statement, text, sources, notes, search_text)
         select ?::uuid, x.item_id, x.kind, x.parent_item_id, x.position, x.key, x.title, x.statement, x.text, x.sources, x.notes, x.search_text
         from jsonb_to_recordset(?::jsonb) as x(item_id text, kind text, parent_item_id text, position int, key text,
           title text, statement text, text text, sources text[], notes text[], search_text text)`,
        [versionId, JSON.stringify(items)],
      );
      report.added.push({ plugin: plugin.code, variant: variant.key, items: items.length });
    }
  }
  return report;
}
