import { Meeting, MeetingRecommendation, ProgrammeMeasure, type MeetingKind } from '@mera/db';
import type { TenantContext } from '../../shared/context.ts';
import { AppError, type FieldProblem } from '../../shared/problem.ts';
import { isoDate, today } from '@mera/calendar';
import { invalid, optionalText, stale } from '../../shared/validation.ts';
import { checkOwnService } from '../services/index.ts';

export interface MeetingInput {
  serviceId?: string | null;
  kind: MeetingKind;
  heldOn: string;
  participantsCount: number;
  participants?: string | null;
  topics: string;
  conclusions?: string | null;
  recommendations?: string[];
}

/** What the meetings' functions need of the request: its transaction and tenant. */
type Scope = Pick<TenantContext, 'em' | 'tenantId'>;

type RecommendationView = {
  id: string;
  position: number;
  text: string;
  measureId: string | null;
  programmeId: string | null;
};

export function meetingView(m: Meeting, recommendations: RecommendationView[]) {
  return {
    id: m.id,
    serviceId: m.serviceId ?? null,
    kind: m.kind,
    heldOn: isoDate(m.heldOn),
    participantsCount: m.participantsCount,
    participants: m.participants ?? null,
    topics: m.topics,
    conclusions: m.conclusions ?? null,
    recommendations,
    version: m.version,
  };
}

/** Each meeting's recommendations, with the measure each became (the link back from the programme). */
export async function recommendationsOf({ em, tenantId }: Scope, meetingIds: string[]) {
  const byMeeting = new Map<string, RecommendationView[]>();
  if (meetingIds.length === 0) return byMeeting;
  const recommendations = await em.find(
    MeetingRecommendation,
    { tenantId, meetingId: { $in: meetingIds } },
    { orderBy: { position: 'asc' } },
  );
  const measures = recommendations.length
    ? await em.find(ProgrammeMeasure, {
        tenantId,
        recommendationId: { $in: recommendations.map((r) => r.id) },
      })
    : [];
  const measureOf = new Map(measures.map((measure) => [measure.recommendationId, measure]));
  for (const r of recommendations) {
    const measure = measureOf.get(r.id);
    const list = byMeeting.get(r.meetingId) ?? [];
    list.push({
      id: r.id,
      position: r.position,
      text: r.text,
      measureId: measure?.id ?? null,
      programmeId: measure?.programmeId ?? null,
    });
    byMeeting.set(r.meetingId, list);
  }
  return byMeeting;
}

export async function meetingViewOf(ctx: Scope, meeting: Meeting) {
  const recommendations = await recommendationsOf(ctx, [meeting.id]);
  return meetingView(meeting, recommendations.get(meeting.id) ?? []);
}

function checkMeeting(input: Partial<MeetingInput>): void {
  const fields: FieldProblem[] = [];
  if (input.heldOn !== undefined && input.heldOn > today())
    fields.push({ field: 'body.heldOn', rule: 'not_in_future' });
  if (input.topics !== undefined && !input.topics.trim())
    fields.push({ field: 'body.topics', rule: 'required' });
  input.recommendations?.forEach((text, index) => {
    if (!text.trim()) fields.push({ field: `body.recommendations.${index}`, rule: 'required' });
  });
  if (fields.length) throw new AppError(400, 'validation_failed', { fields });
}

export async function findMeeting({ em, tenantId }: Scope, id: string) {
  const meeting = await em.findOne(Meeting, { tenantId, id });
  if (!meeting) throw new AppError(404, 'not_found');
  return meeting;
}

export async function createMeeting(ctx: Scope & Pick<TenantContext, 'userId'>, input: MeetingInput) {
  const { em, tenantId, userId } = ctx;
  checkMeeting(input);
  await checkOwnService(em, tenantId, input.serviceId);
  const meeting = em.create(Meeting, {
    tenantId,
    serviceId: input.serviceId ?? null,
    kind: input.kind,
    heldOn: input.heldOn,
    participantsCount: input.participantsCount,
    participants: optionalText(input.participants) ?? null,
    topics: input.topics.trim(),
    conclusions: optionalText(input.conclusions) ?? null,
    createdBy: userId,
  });
  // The meeting first: the ORM knows no relation between the two, so it would not order the inserts.
  await em.flush();
  (input.recommendations ?? []).forEach((text, index) =>
    em.create(MeetingRecommendation, {
      tenantId,
      meetingId: meeting.id,
      position: index + 1,
      text: text.trim(),
    }),
  );
  await em.flush();
  return meeting;
}

export async function updateMeeting(
  ctx: Scope,
  id: string,
  version: number,
  changes: Partial<Omit<MeetingInput, 'recommendations'>>,
) {
  const { em, tenantId } = ctx;
  const meeting = await findMeeting(ctx, id);
  if (meeting.version !== version) throw stale();
  checkMeeting(changes);
  if (changes.serviceId !== undefined) await checkOwnService(em, tenantId, changes.serviceId);
  const assigned: Partial<Meeting> = {};
  if (changes.serviceId !== undefined) assigned.serviceId = changes.serviceId;
  if (changes.kind !== undefined) assigned.kind = changes.kind;
  if (changes.heldOn !== undefined) assigned.heldOn = changes.heldOn;
  if (changes.participantsCount !== undefined) assigned.participantsCount = changes.participantsCount;
  if (changes.participants !== undefined) assigned.participants = optionalText(changes.participants) ?? null;
  if (changes.topics !== undefined) assigned.topics = changes.topics.trim();
  if (changes.conclusions !== undefined) assigned.conclusions = optionalText(changes.conclusions) ?? null;
  em.assign(meeting, assigned);
  await em.flush();
  return meeting;
}

/** A recommendation that became a measure keeps its meeting: the programme points at it. */
async function assertNoMeasure({ em, tenantId }: Scope, recommendationIds: string[]) {
  if (recommendationIds.length === 0) return;
  const linked = await em.count(ProgrammeMeasure, { tenantId, recommendationId: { $in: recommendationIds } });
  if (linked > 0) throw new AppError(409, 'in_use');
}

export async function deleteMeeting(ctx: Scope, id: string) {
  const { em, tenantId } = ctx;
  const meeting = await findMeeting(ctx, id);
  const recommendations = await em.find(MeetingRecommendation, { tenantId, meetingId: id });
  await assertNoMeasure(
    ctx,
    recommendations.map((r) => r.id),
  );
  em.remove(meeting);
  await em.flush();
}

export async function addRecommendation(ctx: Scope, meetingId: string, text: string) {
  const { em, tenantId } = ctx;
  await findMeeting(ctx, meetingId);
  if (!text.trim()) throw invalid('text', 'required');
  const last = await em.findOne(
    MeetingRecommendation,
    { tenantId, meetingId },
    { orderBy: { position: 'desc' } },
  );
  const recommendation = em.create(MeetingRecommendation, {
    tenantId,
    meetingId,
    position: (last?.position ?? 0) + 1,
    text: text.trim(),
  });
  await em.flush();
  return recommendation;
}

export async function deleteRecommendation(ctx: Scope, meetingId: string, id: string) {
  const { em, tenantId } = ctx;
  const recommendation = await em.findOne(MeetingRecommendation, { tenantId, meetingId, id });
  if (!recommendation) throw new AppError(404, 'not_found');
  await assertNoMeasure(ctx, [id]);
  em.remove(recommendation);
  await em.flush();
}

export type MonthStatus = 'held' | 'missing' | 'due' | 'upcoming';

/**
 * The year month by month: how many meetings of each kind, and whether one is missing (art. 24(1) 3–4 ask for one of
 * each every month). For one service, a meeting for all services counts too. The current month is `due` until it
 * has one; months to come are `upcoming`.
 */
export async function meetingsOfYear(ctx: Scope, year: number, serviceId: string | undefined, now = today()) {
  const { em, tenantId } = ctx;
  const where = {
    tenantId,
    heldOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` },
    ...(serviceId ? { $or: [{ serviceId }, { serviceId: null }] } : {}),
  };
  const meetings = await em.find(Meeting, where, { orderBy: { heldOn: 'desc', createdAt: 'desc' } });
  const thisMonth = now.slice(0, 7);
  const months = Array.from({ length: 12 }, (_, index) => {
    const month = `${year}-${String(index + 1).padStart(2, '0')}`;
    const status = (count: number): MonthStatus =>
      count > 0 ? 'held' : month < thisMonth ? 'missing' : month === thisMonth ? 'due' : 'upcoming';
    const count = (kind: MeetingKind) =>
      meetings.filter((m) => m.kind === kind && isoDate(m.heldOn).startsWith(month)).length;
    return {
      month,
      team: { count: count('team'), status: status(count('team')) },
      withHead: { count: count('with_head'), status: status(count('with_head')) },
    };
  });
  const recommendations = await recommendationsOf(
    ctx,
    meetings.map((m) => m.id),
  );
  return {
    year,
    serviceId: serviceId ?? null,
    missing: months.reduce(
      (total, m) => total + (m.team.status === 'missing' ? 1 : 0) + (m.withHead.status === 'missing' ? 1 : 0),
      0,
    ),
    months,
    meetings: meetings.map((m) => meetingView(m, recommendations.get(m.id) ?? [])),
  };
}
