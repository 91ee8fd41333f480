import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, authored, versioned, oneOf, period, assembled, step } from './columns.ts';

export const REPORT_KINDS = ['semi_annual_analysis', 'annual_report'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_STATUSES = ['draft', 'submitted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A provider's semi-annual analysis or annual report (art. 25–26): its figures, texts and submission. */
export const Report = defineEntity({
  name: 'Report',
  tableName: 'report',
  properties: {
    ...tenantKey(),
    kind: oneOf(REPORT_KINDS),
    serviceId: p.uuid().nullable(),
    ...period(),
    ...assembled(REPORT_STATUSES),
    ...step('submitted'),
    ...authored(),
    ...versioned(),
  },
});
export type Report = InferEntity<typeof Report>;

export const MONITORING_REPORT_STATUSES = ['draft', 'approved'] as const;
export type MonitoringReportStatus = (typeof MONITORING_REPORT_STATUSES)[number];

/** A municipality's yearly monitoring (art. 35(1)): figures by the seven methods, frozen once approved. */
export const MonitoringReport = defineEntity({
  name: 'MonitoringReport',
  tableName: 'monitoring_report',
  properties: {
    ...tenantKey(),
    year: p.integer(),
    ...assembled(MONITORING_REPORT_STATUSES),
    ...step('approved'),
    ...authored(),
    ...versioned(),
  },
});
export type MonitoringReport = InferEntity<typeof MonitoringReport>;

export const RENDERED_DOCUMENT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type RenderedDocumentFormat = (typeof RENDERED_DOCUMENT_FORMATS)[number];

/**
 * A document's bytes as last rendered for this organisation, with the key of the content they show (decision 102):
 * a download whose key matches is served from here instead of being rendered again.
 */
export const RenderedDocument = defineEntity({
  name: 'RenderedDocument',
  tableName: 'rendered_document',
  properties: {
    tenantId: p.uuid().primary(),
    /** The report or yearly monitoring the document shows. */
    subjectId: p.uuid().primary(),
    format: oneOf(RENDERED_DOCUMENT_FORMATS).primary(),
    /** SHA-256 of the composed document and the renderer's code. */
    contentKey: p.text(),
    content: p.blob(),
    renderedAt: p.datetime().onCreate(() => new Date()),
  },
});
export type RenderedDocument = InferEntity<typeof RenderedDocument>;
