import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, authored, versioned, oneOf, period, step } from './columns.ts';

/** draft → submitted → agreed | changes_requested (art. 16(2), 20(2)); agreed → draft reopens it for an update. */
export const PROGRAMME_STATUSES = ['draft', 'submitted', 'agreed', 'changes_requested'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const MEASURE_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** The nine kinds of activity of art. 19 (global reference data, seeded by the migration). */
export const ProgrammeCategory = defineEntity({
  name: 'ProgrammeCategory',
  tableName: 'quality_programme_category',
  properties: {
    number: p.integer().primary().autoincrement(false),
    textBg: p.text(),
    textEn: p.text(),
    textUk: p.text(),
    shortBg: p.text(),
    shortEn: p.text(),
    shortUk: p.text(),
  },
});
export type ProgrammeCategory = InferEntity<typeof ProgrammeCategory>;

/** A programme for the development of quality (art. 15–20). Tenant-owned (the provider's). */
export const QualityProgramme = defineEntity({
  name: 'QualityProgramme',
  tableName: 'quality_programme',
  properties: {
    ...tenantKey(),
    /** Null: the provider's programme for all of its services. */
    serviceId: p.uuid().nullable(),
    title: p.text(),
    ...period(),
    status: oneOf(PROGRAMME_STATUSES).default('draft'),
    municipalityTenantId: p.uuid().nullable(),
    contractId: p.uuid().nullable(),
    ...step('submitted'),
    ...step('decided'),
    decisionNote: p.text().nullable(),
    ...authored(),
    ...versioned(),
  },
});
export type QualityProgramme = InferEntity<typeof QualityProgramme>;

/** One measure of a programme, in one of the nine categories of art. 19. */
export const ProgrammeMeasure = defineEntity({
  name: 'ProgrammeMeasure',
  tableName: 'quality_programme_measure',
  properties: {
    ...tenantKey(),
    programmeId: p.uuid(),
    category: p.integer(),
    title: p.text(),
    description: p.text().nullable(),
    finding: p.text().nullable(),
    recommendationId: p.uuid().nullable(),
    /** A catalogue indicator's id, e.g. `bg-2022/a02/s1/c1.1/i1` (with `assessmentId`, of that check). */
    indicatorId: p.text().nullable(),
    /** The check whose indicator the measure answers (created from a not-met indicator, issue 11). */
    assessmentId: p.uuid().nullable(),
    responsibleUserId: p.uuid().nullable(),
    deadline: p.date().nullable(),
    status: oneOf(MEASURE_STATUSES).default('planned'),
    progressNote: p.text().nullable(),
    completedOn: p.date().nullable(),
    ...authored(),
    ...versioned(),
  },
});
export type ProgrammeMeasure = InferEntity<typeof ProgrammeMeasure>;

/** The review of a programme, at least once a year (art. 20(1)). */
export const ProgrammeReview = defineEntity({
  name: 'ProgrammeReview',
  tableName: 'quality_programme_review',
  properties: {
    ...tenantKey(),
    programmeId: p.uuid(),
    reviewedOn: p.date(),
    participants: p.text(),
    usersConsulted: p.boolean().default(false),
    conclusions: p.text(),
    ...authored(),
    ...versioned(),
  },
});
export type ProgrammeReview = InferEntity<typeof ProgrammeReview>;

/** A measure a review carries over into the next period. */
export const ProgrammeCarryover = defineEntity({
  name: 'ProgrammeCarryover',
  tableName: 'quality_programme_carryover',
  properties: {
    ...tenantKey(),
    reviewId: p.uuid(),
    measureId: p.uuid(),
  },
});
export type ProgrammeCarryover = InferEntity<typeof ProgrammeCarryover>;
