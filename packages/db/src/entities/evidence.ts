import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, authored, versioned, oneOf } from './columns.ts';

export const STORED_FILE_STORAGES = ['database', 's3'] as const;
export type StoredFileStorage = (typeof STORED_FILE_STORAGES)[number];

/** An evidence file: its bytes in PostgreSQL or its key in an S3-compatible store. */
export const StoredFile = defineEntity({
  name: 'StoredFile',
  tableName: 'stored_file',
  properties: {
    ...tenantKey(),
    name: p.text(),
    mediaType: p.text(),
    sizeBytes: p.integer(),
    sha256: p.text(),
    storage: oneOf(STORED_FILE_STORAGES),
    content: p.blob().nullable(),
    storageKey: p.text().nullable(),
    ...authored(),
  },
});
export type StoredFile = InferEntity<typeof StoredFile>;

export const QUALITY_DOCUMENT_KINDS = [
  'policy',
  'procedure',
  'plan',
  'programme',
  'register',
  'rules',
  'other',
] as const;
export type QualityDocumentKind = (typeof QUALITY_DOCUMENT_KINDS)[number];

/** An entry of the document register (policies, procedures, plans …) with its review date. */
export const QualityDocument = defineEntity({
  name: 'QualityDocument',
  tableName: 'quality_document',
  properties: {
    ...tenantKey(),
    kind: oneOf(QUALITY_DOCUMENT_KINDS),
    title: p.text(),
    serviceId: p.uuid().nullable(),
    versionLabel: p.text().nullable(),
    approvedOn: p.date().nullable(),
    nextReviewOn: p.date().nullable(),
    fileId: p.uuid().nullable(),
    sources: p.array().defaultRaw(`'{}'`),
    note: p.text().nullable(),
    ...authored(),
    ...versioned(),
  },
});
export type QualityDocument = InferEntity<typeof QualityDocument>;
