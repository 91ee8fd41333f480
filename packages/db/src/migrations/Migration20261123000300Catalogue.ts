import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * The Ordinance's standards as data, synced from the service plugins at start-up. Global (no tenant): the text of
 * a regulation is public. A version is immutable — a changed catalogue is a new version with its own effective date,
 * and an assessment pins the version it was made against, so a later amendment changes no past result.
 */
export class Migration20261123000300Catalogue extends Migration {
  override name = 'Migration20261123000300Catalogue';

  override up(): void {
    // Trusted extension: the database owner may create it.
    this.addSql(`create extension if not exists pg_trgm`);
    this.addSql(`
      create table catalogue_version (
        id uuid primary key,
        plugin_code text not null,
        variant_key text not null,
        annex integer not null,
        code text not null,
        title text not null,
        effective_from date not null,
        content_hash text not null,
        item_count integer not null,
        created_at timestamptz not null default now(),
        unique (plugin_code, variant_key, content_hash)
      )`);
    this.addSql(
      `create index catalogue_version_latest_idx on catalogue_version (plugin_code, variant_key, effective_from desc, created_at desc)`,
    );
    this.addSql(`
      create table catalogue_item (
        version_id uuid not null references catalogue_version (id),
        item_id text not null,
        kind text not null check (kind in ('section', 'standard', 'criterion', 'indicator')),
        parent_item_id text,
        position integer not null,
        key text not null,
        title text,
        statement text,
        text text,
        sources text[] not null default '{}',
        notes text[] not null default '{}',
        search_text text not null,
        -- 'simple': PostgreSQL ships no Bulgarian stemmer; lower-cased words plus trigram similarity (below)
        -- find inflected forms well enough, and never mangle the Ordinance's terms.
        search tsvector generated always as (to_tsvector('simple', search_text)) stored,
        primary key (version_id, item_id)
      )`);
    this.addSql(`create index catalogue_item_search_idx on catalogue_item using gin (search)`);
    this.addSql(
      `create index catalogue_item_trgm_idx on catalogue_item using gin (search_text gin_trgm_ops)`,
    );
    this.addSql(
      `create index catalogue_item_parent_idx on catalogue_item (version_id, parent_item_id, position)`,
    );
    // Reference data: the application adds versions; nobody rewrites them.
    this.addSql(sql.grantToApp('select, insert', 'catalogue_version, catalogue_item'));
  }
}
