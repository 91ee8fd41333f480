import {
  AppUser,
  CommissioningContract,
  Meeting,
  MeetingRecommendation,
  Membership,
  ProgrammeCarryover,
  ProgrammeMeasure,
  ProgrammeReview,
  QualityProgramme,
  Tenant,
  type MeasureStatus,
} from '@mera/db';
import type { Scope } from './lifecycle.ts';
import { isoDate, today } from '@mera/calendar';

/** `2026-03-31` → `31.03.2026`, as dates are written in Bulgaria and Ukraine (and read fine in English). */
import { UNFINISHED } from './lifecycle.ts';

/** How the API shows programmes and measures: with the people's names, overdue flags and the contract. */
// ——— views ———

export function overdue(m: ProgrammeMeasure, now: string): boolean {
  return m.deadline != null && isoDate(m.deadline) < now && UNFINISHED.includes(m.status);
}

export async function peopleOf(ctx: Scope, ids: (string | null | undefined)[]) {
  const { em, tenantId } = ctx;
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return { names: new Map<string, string>(), members: new Set<string>() };
  const [people, memberships] = await Promise.all([
    em.find(AppUser, { id: { $in: wanted } }),
    em.find(Membership, { tenantId, userId: { $in: wanted } }),
  ]);
  return {
    names: new Map(people.map((p) => [p.id, p.displayName])),
    members: new Set(memberships.map((m) => m.userId)),
  };
}

export async function measureViews(ctx: Scope, measures: ProgrammeMeasure[]) {
  const { em, tenantId } = ctx;
  const now = today();
  const people = await peopleOf(
    ctx,
    measures.map((m) => m.responsibleUserId),
  );
  const recommendationIds = measures.map((m) => m.recommendationId).filter((id): id is string => Boolean(id));
  const recommendations = recommendationIds.length
    ? await em.find(MeetingRecommendation, { tenantId, id: { $in: recommendationIds } })
    : [];
  const meetings = recommendations.length
    ? await em.find(Meeting, { tenantId, id: { $in: recommendations.map((r) => r.meetingId) } })
    : [];
  const meetingOf = new Map(meetings.map((m) => [m.id, m]));
  const recommendationOf = new Map(
    recommendations.map((r) => {
      const meeting = meetingOf.get(r.meetingId);
      return [
        r.id,
        {
          id: r.id,
          text: r.text,
          meetingId: r.meetingId,
          meetingKind: meeting?.kind ?? 'team',
          meetingHeldOn: meeting ? isoDate(meeting.heldOn) : '',
        },
      ] as const;
    }),
  );
  return measures.map((m) => ({
    id: m.id,
    programmeId: m.programmeId,
    category: m.category,
    title: m.title,
    description: m.description ?? null,
    finding: m.finding ?? null,
    recommendation: (m.recommendationId && recommendationOf.get(m.recommendationId)) || null,
    indicatorId: m.indicatorId ?? null,
    responsibleUserId: m.responsibleUserId ?? null,
    responsibleName: m.responsibleUserId ? (people.names.get(m.responsibleUserId) ?? null) : null,
    responsibleIsMember: m.responsibleUserId ? people.members.has(m.responsibleUserId) : false,
    deadline: m.deadline ? isoDate(m.deadline) : null,
    status: m.status,
    progressNote: m.progressNote ?? null,
    completedOn: m.completedOn ? isoDate(m.completedOn) : null,
    overdue: overdue(m, now),
    version: m.version,
  }));
}

export async function measureView(ctx: Scope, measure: ProgrammeMeasure) {
  const [view] = await measureViews(ctx, [measure]);
  if (!view) throw new Error('a measure has a view');
  return view;
}

export function summaryView(p: QualityProgramme, measures: ProgrammeMeasure[]) {
  const now = today();
  const count = (status: MeasureStatus) => measures.filter((m) => m.status === status).length;
  return {
    id: p.id,
    serviceId: p.serviceId ?? null,
    title: p.title,
    periodStart: isoDate(p.periodStart),
    periodEnd: isoDate(p.periodEnd),
    status: p.status,
    submittedAt: p.submittedAt ? p.submittedAt.toISOString() : null,
    decidedAt: p.decidedAt ? p.decidedAt.toISOString() : null,
    measures: {
      planned: count('planned'),
      inProgress: count('in_progress'),
      done: count('done'),
      cancelled: count('cancelled'),
      overdue: measures.filter((m) => overdue(m, now)).length,
    },
    version: p.version,
  };
}

export async function listProgrammes(ctx: Scope) {
  const { em, tenantId } = ctx;
  const programmes = await em.find(
    QualityProgramme,
    { tenantId },
    { orderBy: { periodStart: 'desc', createdAt: 'desc' } },
  );
  const measures = programmes.length
    ? await em.find(ProgrammeMeasure, { tenantId, programmeId: { $in: programmes.map((p) => p.id) } })
    : [];
  return programmes.map((p) =>
    summaryView(
      p,
      measures.filter((m) => m.programmeId === p.id),
    ),
  );
}

/** The contract in force under which the programme's service is commissioned, if any (art. 16(2)). */
export async function activeContract(ctx: Scope, serviceId: string | null | undefined) {
  const { em, tenantId } = ctx;
  if (!serviceId) return null;
  const now = today();
  return em.findOne(
    CommissioningContract,
    {
      providerTenantId: tenantId,
      serviceId,
      status: 'active',
      startsOn: { $lte: now },
      endsOn: { $gte: now },
    },
    { orderBy: { startsOn: 'desc' } },
  );
}

export async function programmeView(ctx: Scope, programme: QualityProgramme) {
  const { em, tenantId } = ctx;
  const [measures, reviews, contract] = await Promise.all([
    em.find(
      ProgrammeMeasure,
      { tenantId, programmeId: programme.id },
      { orderBy: { category: 'asc', deadline: 'asc nulls last', createdAt: 'asc' } },
    ),
    em.find(
      ProgrammeReview,
      { tenantId, programmeId: programme.id },
      { orderBy: { reviewedOn: 'desc', createdAt: 'desc' } },
    ),
    activeContract(ctx, programme.serviceId),
  ]);
  const carryovers = reviews.length
    ? await em.find(ProgrammeCarryover, { tenantId, reviewId: { $in: reviews.map((r) => r.id) } })
    : [];
  const municipalityIds = [programme.municipalityTenantId, contract?.tenantId].filter((id): id is string =>
    Boolean(id),
  );
  const municipalities = municipalityIds.length
    ? await em.find(Tenant, { id: { $in: municipalityIds } })
    : [];
  const nameOf = (id: string | null | undefined) =>
    (id && municipalities.find((t) => t.id === id)?.legalName) || null;
  const people = await peopleOf(ctx, [programme.submittedBy, ...reviews.map((r) => r.createdBy)]);
  return {
    ...summaryView(programme, measures),
    submittedByName: programme.submittedBy ? (people.names.get(programme.submittedBy) ?? null) : null,
    municipalityTenantId: programme.municipalityTenantId ?? null,
    municipalityName: nameOf(programme.municipalityTenantId),
    contractId: programme.contractId ?? null,
    decisionNote: programme.decisionNote ?? null,
    commissionedBy: contract
      ? { contractId: contract.id, municipalityName: nameOf(contract.tenantId) ?? '', basis: contract.basis }
      : null,
    measureList: await measureViews(ctx, measures),
    reviews: reviews.map((r) => ({
      id: r.id,
      reviewedOn: isoDate(r.reviewedOn),
      participants: r.participants,
      usersConsulted: r.usersConsulted,
      conclusions: r.conclusions,
      carriedOverMeasureIds: carryovers.filter((c) => c.reviewId === r.id).map((c) => c.measureId),
      recordedBy: r.createdBy ? (people.names.get(r.createdBy) ?? null) : null,
      version: r.version,
    })),
  };
}
