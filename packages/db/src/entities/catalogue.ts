import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId, createdNow, oneOf } from './columns.ts';

/** One version of a service plugin's catalogue (global data, written at start-up, never rewritten). */
export const CatalogueVersion = defineEntity({
  name: 'CatalogueVersion',
  tableName: 'catalogue_version',
  properties: {
    id: newId(),
    pluginCode: p.text(),
    variantKey: p.text(),
    annex: p.integer(),
    code: p.text(),
    title: p.text(),
    effectiveFrom: p.date(),
    contentHash: p.text(),
    itemCount: p.integer(),
    createdAt: createdNow(),
  },
});
export type CatalogueVersion = InferEntity<typeof CatalogueVersion>;

export const CATALOGUE_ITEM_KINDS = ['section', 'standard', 'criterion', 'indicator'] as const;
export type CatalogueItemKind = (typeof CATALOGUE_ITEM_KINDS)[number];

/** A section, standard, criterion or indicator of a catalogue version, with its stable key. */
export const CatalogueItem = defineEntity({
  name: 'CatalogueItem',
  tableName: 'catalogue_item',
  properties: {
    versionId: p.uuid().primary(),
    itemId: p.text().primary(),
    kind: oneOf(CATALOGUE_ITEM_KINDS),
    parentItemId: p.text().nullable(),
    position: p.integer(),
    key: p.text(),
    title: p.text().nullable(),
    statement: p.text().nullable(),
    text: p.text().nullable(),
    sources: p.array().defaultRaw(`'{}'`),
    notes: p.array().defaultRaw(`'{}'`),
    searchText: p.text(),
    search: p
      .string()
      .columnType('tsvector')
      .generated("to_tsvector('simple'::regconfig, search_text) stored")
      .nullable(),
  },
});
export type CatalogueItem = InferEntity<typeof CatalogueItem>;
