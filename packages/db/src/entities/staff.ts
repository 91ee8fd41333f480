import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, createdNow, versioned, oneOf, term } from './columns.ts';

export const STAFF_POSITION_CATEGORIES = ['core', 'recommended', 'support'] as const;
export type StaffPositionCategory = (typeof STAFF_POSITION_CATEGORIES)[number];

/** A position in a service's staffing plan (art. 29–33 of the Ordinance's staff standards). Tenant-owned. */
export const StaffPosition = defineEntity({
  name: 'StaffPosition',
  tableName: 'staff_position',
  properties: {
    ...tenantKey(),
    serviceId: p.uuid(),
    title: p.text(),
    category: oneOf(STAFF_POSITION_CATEGORIES),
    plannedFte: p.decimal().precision(6).scale(2),
    createdAt: createdNow(),
    ...versioned(),
  },
});
export type StaffPosition = InferEntity<typeof StaffPosition>;

export const STAFF_MEMBER_EMPLOYMENT_TYPES = [
  'labour_contract',
  'civil_contract',
  'volunteer',
  'other',
] as const;
export type StaffMemberEmploymentType = (typeof STAFF_MEMBER_EMPLOYMENT_TYPES)[number];

/** A person in the staff register: employee, civil contract or volunteer. Tenant-owned; names never leave the tenant. */
export const StaffMember = defineEntity({
  name: 'StaffMember',
  tableName: 'staff_member',
  properties: {
    ...tenantKey(),
    serviceId: p.uuid(),
    positionId: p.uuid().nullable(),
    fullName: p.text(),
    employmentType: oneOf(STAFF_MEMBER_EMPLOYMENT_TYPES),
    fte: p.decimal().precision(4).scale(2).defaultRaw(`1`),
    startedOn: p.date(),
    endedOn: p.date().nullable(),
    qualification: p.text().nullable(),
    newToSocialServices: p.boolean().default(false),
    createdAt: createdNow(),
    ...versioned(),
  },
});
export type StaffMember = InferEntity<typeof StaffMember>;

export const STAFF_TRAINING_KINDS = ['induction', 'specialised'] as const;
export type StaffTrainingKind = (typeof STAFF_TRAINING_KINDS)[number];

/** An induction or specialised training a staff member attended, with its hours. */
export const StaffTraining = defineEntity({
  name: 'StaffTraining',
  tableName: 'staff_training',
  properties: {
    ...tenantKey(),
    memberId: p.uuid(),
    kind: oneOf(STAFF_TRAINING_KINDS),
    heldOn: p.date(),
    hours: p.decimal().precision(6).scale(1),
    topic: p.text(),
    trainer: p.text().nullable(),
    createdAt: createdNow(),
  },
});
export type StaffTraining = InferEntity<typeof StaffTraining>;

export const STAFF_SUPERVISION_KINDS = ['group', 'individual'] as const;
export type StaffSupervisionKind = (typeof STAFF_SUPERVISION_KINDS)[number];

/** A group or individual supervision of a service's staff. */
export const StaffSupervision = defineEntity({
  name: 'StaffSupervision',
  tableName: 'staff_supervision',
  properties: {
    ...tenantKey(),
    serviceId: p.uuid(),
    kind: oneOf(STAFF_SUPERVISION_KINDS),
    memberId: p.uuid().nullable(),
    heldOn: p.date(),
    hours: p.decimal().precision(5).scale(1),
    supervisor: p.text(),
    supervisorExternal: p.boolean(),
    participantsCount: p.integer().nullable(),
    createdAt: createdNow(),
  },
});
export type StaffSupervision = InferEntity<typeof StaffSupervision>;

/** A mentor assigned to a newcomer for a period. */
export const StaffMentoring = defineEntity({
  name: 'StaffMentoring',
  tableName: 'staff_mentoring',
  properties: {
    ...tenantKey(),
    mentorId: p.uuid(),
    newcomerId: p.uuid(),
    ...term(),
    createdAt: createdNow(),
  },
});
export type StaffMentoring = InferEntity<typeof StaffMentoring>;

/** A staff member's yearly appraisal. */
export const StaffAppraisal = defineEntity({
  name: 'StaffAppraisal',
  tableName: 'staff_appraisal',
  properties: {
    ...tenantKey(),
    memberId: p.uuid(),
    year: p.integer(),
    appraisedOn: p.date(),
    outcome: p.text(),
    discussedInPerson: p.boolean().default(false),
    createdAt: createdNow(),
  },
});
export type StaffAppraisal = InferEntity<typeof StaffAppraisal>;
