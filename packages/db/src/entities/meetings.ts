import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, createdNow, authored, versioned, oneOf } from './columns.ts';

/** art. 24(1) 3: the monthly team meeting; 24(1) 4: the monthly meeting of the staff with the head. */
export const MEETING_KINDS = ['team', 'with_head'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** A meeting of the meetings log. Tenant-owned (the provider's); no service user is ever named in it. */
export const Meeting = defineEntity({
  name: 'Meeting',
  tableName: 'meeting',
  properties: {
    ...tenantKey(),
    /** Null: the meeting was for all of the provider's services. */
    serviceId: p.uuid().nullable(),
    kind: oneOf(MEETING_KINDS),
    heldOn: p.date(),
    participantsCount: p.integer(),
    participants: p.text().nullable(),
    topics: p.text(),
    conclusions: p.text().nullable(),
    ...authored(),
    ...versioned(),
  },
});
export type Meeting = InferEntity<typeof Meeting>;

/** One recommendation of a meeting; it may become a measure of the quality programme. */
export const MeetingRecommendation = defineEntity({
  name: 'MeetingRecommendation',
  tableName: 'meeting_recommendation',
  properties: {
    ...tenantKey(),
    meetingId: p.uuid(),
    position: p.integer(),
    text: p.text(),
    createdAt: createdNow(),
  },
});
export type MeetingRecommendation = InferEntity<typeof MeetingRecommendation>;
