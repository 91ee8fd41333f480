import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, createdNow, authored, sqlVersioned, oneOf, step, term } from './columns.ts';

/**
 * The checklist engine's records (issue 11): a provider's check (art. 23–24) and a municipality's inspection
 * (art. 30–34), each with answers per catalogue indicator and what is attached to them. The service code reads and
 * writes them set-based through `sqlOf` (the guards and the freezing live in the migrations); the entities say what
 * the tables are, so the schema-diff test and the typed query builder know them — each enum with its own type.
 */

export const ASSESSMENT_STATUSES = ['planned', 'in_progress', 'completed'] as const;
export const INSPECTION_STATUSES = ['ordered', 'in_progress', 'signing', 'signed'] as const;
export const INDICATOR_RESULTS = ['met', 'partly_met', 'not_met', 'not_applicable'] as const;
export const ASSESSMENT_KINDS = ['periodic', 'self_assessment'] as const;
export const EVIDENCE_KINDS = ['file', 'document', 'interview', 'observation', 'record'] as const;
export const INSPECTION_KINDS = ['periodic', 'extraordinary'] as const;
export const INSPECTION_REASONS = ['plan', 'need', 'complaint', 'own_initiative'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export type IndicatorResultLevel = (typeof INDICATOR_RESULTS)[number];
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export type InspectionReason = (typeof INSPECTION_REASONS)[number];

/** One indicator's answer, the same in a check and an inspection (the engine reads both the same way). */
const indicatorAnswer = () => ({
  result: oneOf(INDICATOR_RESULTS).nullable(),
  /** An answer kind's figures (a percentage n/d, a count, a 0–3 scale); null for the four levels. */
  value: p.json<Record<string, unknown>>().nullable(),
  note: p.text().nullable(),
  updatedBy: p.uuid().nullable(),
  ...sqlVersioned(),
});

export const Assessment = defineEntity({
  name: 'Assessment',
  tableName: 'assessment',
  properties: {
    ...tenantKey(),
    serviceId: p.uuid(),
    kind: oneOf(ASSESSMENT_KINDS),
    catalogueVersionId: p.uuid(),
    scopeCriteria: p.array().nullable(),
    methods: p.array<number>().columnType('integer[]').defaultRaw(`'{}'`),
    title: p.text(),
    plannedOn: p.date().nullable(),
    startedOn: p.date().nullable(),
    status: oneOf(ASSESSMENT_STATUSES).default('planned'),
    conclusions: p.text().nullable(),
    ...step('completed'),
    /** The score by the plugin's scheme, stored by the completion (issue 15); null: not stored or none. */
    score: p.decimal().columnType('numeric').nullable(),
    ...authored(),
    ...sqlVersioned(),
  },
});
export type Assessment = InferEntity<typeof Assessment>;

/** One indicator's answer in a check, with its own version (two people on different indicators never collide). */
export const AssessmentResult = defineEntity({
  name: 'AssessmentResult',
  tableName: 'assessment_result',
  properties: {
    tenantId: p.uuid().primary(),
    assessmentId: p.uuid().primary(),
    itemId: p.text().primary(),
    ...indicatorAnswer(),
  },
});
export type AssessmentResult = InferEntity<typeof AssessmentResult>;

/** Evidence for an indicator; a cited register document as it was when attached and when the check was completed. */
export const AssessmentEvidence = defineEntity({
  name: 'AssessmentEvidence',
  tableName: 'assessment_evidence',
  properties: {
    ...tenantKey(),
    assessmentId: p.uuid(),
    itemId: p.text(),
    kind: oneOf(EVIDENCE_KINDS),
    fileId: p.uuid().nullable(),
    documentId: p.uuid().nullable(),
    description: p.text().nullable(),
    documentTitle: p.text().nullable(),
    documentVersionLabel: p.text().nullable(),
    documentFileId: p.uuid().nullable(),
    ...authored(),
  },
});
export type AssessmentEvidence = InferEntity<typeof AssessmentEvidence>;

export const Inspection = defineEntity({
  name: 'Inspection',
  tableName: 'inspection',
  properties: {
    ...tenantKey(),
    providerTenantId: p.uuid(),
    serviceId: p.uuid(),
    contractId: p.uuid(),
    serviceName: p.text(),
    providerName: p.text(),
    kind: oneOf(INSPECTION_KINDS),
    reason: oneOf(INSPECTION_REASONS),
    orderNumber: p.text(),
    orderDate: p.date(),
    basis: p.text(),
    catalogueVersionId: p.uuid(),
    scopeCriteria: p.array().nullable(),
    place: p.text(),
    ...term(),
    reportDueOn: p.date(),
    status: oneOf(INSPECTION_STATUSES).default('ordered'),
    completedOn: p.date().nullable(),
    providerPresent: p.text().nullable(),
    usersAsked: p.boolean().default(false),
    usersConsented: p.integer().nullable(),
    consentNote: p.text().nullable(),
    facts: p.text().nullable(),
    otherViolations: p.text().nullable(),
    conclusions: p.text().nullable(),
    signedAt: p.datetime().nullable(),
    mayorReceivedOn: p.date().nullable(),
    forwardedAt: p.datetime().nullable(),
    forwardedToTenantId: p.uuid().nullable(),
    forwardLetterNumber: p.text().nullable(),
    correctsId: p.uuid().nullable(),
    ...authored(),
    ...sqlVersioned(),
  },
});
export type Inspection = InferEntity<typeof Inspection>;

/** An inspector the order names; each signs for themselves (art. 33(2)). */
export const InspectionInspector = defineEntity({
  name: 'InspectionInspector',
  tableName: 'inspection_inspector',
  properties: {
    tenantId: p.uuid().primary(),
    inspectionId: p.uuid().primary(),
    userId: p.uuid().primary(),
    name: p.text(),
    position: p.text().nullable(),
    signedAt: p.datetime().nullable(),
  },
});
export type InspectionInspector = InferEntity<typeof InspectionInspector>;

/** One indicator's finding in an inspection, with its own version. */
export const InspectionFinding = defineEntity({
  name: 'InspectionFinding',
  tableName: 'inspection_finding',
  properties: {
    tenantId: p.uuid().primary(),
    inspectionId: p.uuid().primary(),
    itemId: p.text().primary(),
    ...indicatorAnswer(),
  },
});
export type InspectionFinding = InferEntity<typeof InspectionFinding>;

/** A photo or a copy of a document collected on site (art. 33(3)), for an indicator or the whole report. */
export const InspectionAttachment = defineEntity({
  name: 'InspectionAttachment',
  tableName: 'inspection_attachment',
  properties: {
    ...tenantKey(),
    inspectionId: p.uuid(),
    itemId: p.text().nullable(),
    fileId: p.uuid(),
    description: p.text().nullable(),
    ...authored(),
  },
});
export type InspectionAttachment = InferEntity<typeof InspectionAttachment>;

/** A prescription with its deadline (art. 33(2)); its fulfilment is recorded after signing. */
export const InspectionPrescription = defineEntity({
  name: 'InspectionPrescription',
  tableName: 'inspection_prescription',
  properties: {
    ...tenantKey(),
    inspectionId: p.uuid(),
    itemId: p.text().nullable(),
    text: p.text(),
    dueOn: p.date(),
    doneOn: p.date().nullable(),
    createdAt: createdNow(),
  },
});
export type InspectionPrescription = InferEntity<typeof InspectionPrescription>;
