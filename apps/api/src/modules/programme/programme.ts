import {
  CatalogueItem,
  AppUser,
  CheckConstraintViolationException,
  CommissioningContract,
  Meeting,
  MeetingRecommendation,
  Membership,
  ProgrammeCarryover,
  ProgrammeCategory,
  ProgrammeMeasure,
  ProgrammeReview,
  QualityProgramme,
  Tenant,
  UniqueConstraintViolationException,
  type EntityManager,
  type MeasureStatus,
} from '@mera/db';
import { AppError, type FieldProblem } from '../../shared/problem.ts';
import { checkOwnService } from '../services/index.ts';
import { invalid, optionalText, stale } from '../../shared/validation.ts';
import { isoDate, today } from '@mera/calendar';

/** `2026-03-31` → `31.03.2026`, as dates are written in Bulgaria and Ukraine (and read fine in English). */
const dotted = (date: string) => date.split('-').reverse().join('.');

const EDITABLE = ['draft', 'changes_requested'] as const;
const UNFINISHED: MeasureStatus[] = ['planned', 'in_progress'];

export async function categories(em: EntityManager) {
  const rows = await em.find(ProgrammeCategory, {}, { orderBy: { number: 'asc' } });
  return rows.map((c) => ({
    number: c.number,
    text: { bg: c.textBg, en: c.textEn, uk: c.textUk },
    short: { bg: c.shortBg, en: c.shortEn, uk: c.shortUk },
  }));
}

/**
 * Writes, turning what the database guard refuses into the answer the person should see. The API checks first;
 * this catches what only the database can see (a colleague submitting in the same instant).
 */
async function flush(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof CheckConstraintViolationException) {
      if (/programme_locked/.test(error.message)) throw new AppError(409, 'programme_locked');
      if (/programme_transition/.test(error.message)) throw new AppError(409, 'programme_transition');
    }
    if (error instanceof UniqueConstraintViolationException)
      throw invalid('recommendationId', 'already_measure');
    throw error;
  }
}

export async function findProgramme(em: EntityManager, tenantId: string, id: string) {
  const programme = await em.findOne(QualityProgramme, { tenantId, id });
  if (!programme) throw new AppError(404, 'not_found');
  return programme;
}

function assertEditable(programme: QualityProgramme): void {
  if (!(EDITABLE as readonly string[]).includes(programme.status))
    throw new AppError(409, 'programme_locked');
}

// ——— views ———

function overdue(m: ProgrammeMeasure, now: string): boolean {
  return m.deadline != null && isoDate(m.deadline) < now && UNFINISHED.includes(m.status);
}

async function peopleOf(em: EntityManager, tenantId: string, ids: (string | null | undefined)[]) {
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

export async function measureViews(em: EntityManager, tenantId: string, measures: ProgrammeMeasure[]) {
  const now = today();
  const people = await peopleOf(
    em,
    tenantId,
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

export async function measureView(em: EntityManager, tenantId: string, measure: ProgrammeMeasure) {
  const [view] = await measureViews(em, tenantId, [measure]);
  if (!view) throw new Error('a measure has a view');
  return view;
}

function summaryView(p: QualityProgramme, measures: ProgrammeMeasure[]) {
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

export async function listProgrammes(em: EntityManager, tenantId: string) {
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
async function activeContract(em: EntityManager, tenantId: string, serviceId: string | null | undefined) {
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

export async function programmeView(em: EntityManager, programme: QualityProgramme) {
  const tenantId = programme.tenantId;
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
    activeContract(em, tenantId, programme.serviceId),
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
  const people = await peopleOf(em, tenantId, [programme.submittedBy, ...reviews.map((r) => r.createdBy)]);
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
    measureList: await measureViews(em, tenantId, measures),
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

// ——— programmes ———

export interface ProgrammeInput {
  title: string;
  serviceId?: string | null;
  periodStart: string;
  periodEnd: string;
}

export async function createProgramme(
  em: EntityManager,
  tenantId: string,
  userId: string,
  input: ProgrammeInput,
) {
  if (input.periodEnd < input.periodStart) throw invalid('periodEnd', 'date_order');
  if (!input.title.trim()) throw invalid('title', 'required');
  await checkOwnService(em, tenantId, input.serviceId);
  const programme = em.create(QualityProgramme, {
    tenantId,
    serviceId: input.serviceId ?? null,
    title: input.title.trim(),
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    createdBy: userId,
  });
  await flush(em);
  return programme;
}

export async function updateProgramme(
  em: EntityManager,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<ProgrammeInput>,
) {
  const programme = await findProgramme(em, tenantId, id);
  if (programme.version !== version) throw stale();
  assertEditable(programme);
  const start = changes.periodStart ?? isoDate(programme.periodStart);
  const end = changes.periodEnd ?? isoDate(programme.periodEnd);
  if (end < start) throw invalid('periodEnd', 'date_order');
  if (changes.title !== undefined && !changes.title.trim()) throw invalid('title', 'required');
  if (changes.serviceId !== undefined) await checkOwnService(em, tenantId, changes.serviceId);
  if (changes.periodStart !== undefined || changes.periodEnd !== undefined) {
    const outside = await em.count(ProgrammeMeasure, {
      tenantId,
      programmeId: id,
      $or: [{ deadline: { $lt: start } }, { deadline: { $gt: end } }],
    });
    if (outside > 0)
      throw invalid(
        changes.periodEnd !== undefined ? 'periodEnd' : 'periodStart',
        'period_excludes_deadlines',
        {
          count: outside,
        },
      );
  }
  const assigned: Partial<QualityProgramme> = {};
  if (changes.title !== undefined) assigned.title = changes.title.trim();
  if (changes.serviceId !== undefined) assigned.serviceId = changes.serviceId;
  if (changes.periodStart !== undefined) assigned.periodStart = changes.periodStart;
  if (changes.periodEnd !== undefined) assigned.periodEnd = changes.periodEnd;
  em.assign(programme, assigned);
  await flush(em);
  return programme;
}

export async function deleteProgramme(em: EntityManager, tenantId: string, id: string) {
  const programme = await findProgramme(em, tenantId, id);
  // A programme the mayor has seen is part of the record (the database guard says the same).
  if (programme.status !== 'draft' || programme.submittedAt) throw new AppError(409, 'programme_locked');
  em.remove(programme);
  await flush(em);
}

/**
 * Submission for agreement with the mayor who commissioned the service (art. 16(2), 20(2)). Every measure that is
 * not cancelled must say who is responsible and by when.
 */
export async function submitProgramme(
  em: EntityManager,
  tenantId: string,
  userId: string,
  id: string,
  version: number,
) {
  const programme = await findProgramme(em, tenantId, id);
  if (programme.version !== version) throw stale();
  if (!(EDITABLE as readonly string[]).includes(programme.status))
    throw new AppError(409, 'programme_transition');
  const contract = await activeContract(em, tenantId, programme.serviceId);
  if (!contract) throw new AppError(409, 'not_commissioned');
  const measures = await em.find(
    ProgrammeMeasure,
    { tenantId, programmeId: id, status: { $ne: 'cancelled' } },
    { orderBy: { category: 'asc', createdAt: 'asc' } },
  );
  const fields: FieldProblem[] = [];
  if (measures.length === 0) fields.push({ field: 'body.measures', rule: 'programme_empty' });
  for (const m of measures) {
    if (!m.responsibleUserId)
      fields.push({
        field: `body.measures.${m.id}.responsibleUserId`,
        rule: 'measure_no_responsible',
        params: { title: m.title },
      });
    if (!m.deadline)
      fields.push({
        field: `body.measures.${m.id}.deadline`,
        rule: 'measure_no_deadline',
        params: { title: m.title },
      });
  }
  if (fields.length) throw new AppError(400, 'validation_failed', { fields });
  em.assign(programme, {
    status: 'submitted',
    submittedAt: new Date(),
    submittedBy: userId,
    municipalityTenantId: contract.tenantId,
    contractId: contract.id,
    decidedAt: null,
    decidedBy: null,
    decisionNote: null,
  });
  await flush(em);
  return programme;
}

/** An agreed programme is reopened to be updated (art. 20) — and then agreed again. */
export async function reopenProgramme(em: EntityManager, tenantId: string, id: string, version: number) {
  const programme = await findProgramme(em, tenantId, id);
  if (programme.version !== version) throw stale();
  if (programme.status !== 'agreed') throw new AppError(409, 'programme_transition');
  programme.status = 'draft';
  await flush(em);
  return programme;
}

// ——— measures ———

export interface MeasureInput {
  category: number;
  title: string;
  description?: string | null;
  finding?: string | null;
  recommendationId?: string | null;
  indicatorId?: string | null;
  responsibleUserId?: string | null;
  deadline?: string | null;
}

async function checkMeasure(
  em: EntityManager,
  tenantId: string,
  programme: QualityProgramme,
  input: Partial<MeasureInput>,
  measureId?: string,
): Promise<void> {
  const fields: FieldProblem[] = [];
  if (input.title !== undefined && !input.title.trim())
    fields.push({ field: 'body.title', rule: 'required' });
  if (input.deadline) {
    const start = isoDate(programme.periodStart);
    const end = isoDate(programme.periodEnd);
    if (input.deadline < start || input.deadline > end)
      fields.push({
        field: 'body.deadline',
        rule: 'deadline_in_period',
        params: { start: dotted(start), end: dotted(end) },
      });
  }
  if (input.responsibleUserId) {
    const member = await em.count(Membership, { tenantId, userId: input.responsibleUserId });
    if (!member) fields.push({ field: 'body.responsibleUserId', rule: 'not_a_member' });
  }
  if (input.indicatorId) {
    const found = await em.count(CatalogueItem, { itemId: input.indicatorId, kind: 'indicator' });
    if (!found) fields.push({ field: 'body.indicatorId', rule: 'unknown_indicator' });
  }
  if (input.recommendationId) {
    const recommendation = await em.findOne(MeetingRecommendation, { tenantId, id: input.recommendationId });
    if (!recommendation) fields.push({ field: 'body.recommendationId', rule: 'invalid' });
    else {
      const other = await em.findOne(ProgrammeMeasure, {
        tenantId,
        recommendationId: input.recommendationId,
      });
      if (other && other.id !== measureId)
        fields.push({ field: 'body.recommendationId', rule: 'already_measure' });
    }
  }
  if (fields.length) throw new AppError(400, 'validation_failed', { fields });
}

export async function findMeasure(em: EntityManager, tenantId: string, programmeId: string, id: string) {
  const measure = await em.findOne(ProgrammeMeasure, { tenantId, programmeId, id });
  if (!measure) throw new AppError(404, 'not_found');
  return measure;
}

function measureFields(input: Partial<MeasureInput>): Partial<ProgrammeMeasure> {
  const out: Partial<ProgrammeMeasure> = {};
  if (input.category !== undefined) out.category = input.category;
  if (input.title !== undefined) out.title = input.title.trim();
  for (const key of ['description', 'finding', 'indicatorId'] as const) {
    const value = optionalText(input[key]);
    if (value !== undefined) out[key] = value;
  }
  if (input.recommendationId !== undefined) out.recommendationId = input.recommendationId;
  if (input.responsibleUserId !== undefined) out.responsibleUserId = input.responsibleUserId;
  if (input.deadline !== undefined) out.deadline = input.deadline;
  return out;
}

export async function createMeasure(
  em: EntityManager,
  tenantId: string,
  userId: string,
  programmeId: string,
  input: MeasureInput,
) {
  const programme = await findProgramme(em, tenantId, programmeId);
  assertEditable(programme);
  await checkMeasure(em, tenantId, programme, input);
  const measure = em.create(ProgrammeMeasure, {
    tenantId,
    programmeId,
    createdBy: userId,
    ...measureFields(input),
  } as ProgrammeMeasure);
  await flush(em);
  return measure;
}

export async function updateMeasure(
  em: EntityManager,
  tenantId: string,
  programmeId: string,
  id: string,
  version: number,
  changes: Partial<MeasureInput>,
) {
  const programme = await findProgramme(em, tenantId, programmeId);
  const measure = await findMeasure(em, tenantId, programmeId, id);
  if (measure.version !== version) throw stale();
  assertEditable(programme);
  await checkMeasure(em, tenantId, programme, changes, id);
  em.assign(measure, measureFields(changes));
  await flush(em);
  return measure;
}

export async function deleteMeasure(em: EntityManager, tenantId: string, programmeId: string, id: string) {
  const programme = await findProgramme(em, tenantId, programmeId);
  const measure = await findMeasure(em, tenantId, programmeId, id);
  assertEditable(programme);
  em.remove(measure);
  await flush(em);
}

export interface ProgressInput {
  status: MeasureStatus;
  progressNote?: string | null;
  completedOn?: string | null;
}

/** Progress is recorded whatever the programme's state: carrying it out does not change what was agreed. */
export async function recordProgress(
  em: EntityManager,
  tenantId: string,
  programmeId: string,
  id: string,
  version: number,
  input: ProgressInput,
) {
  const measure = await findMeasure(em, tenantId, programmeId, id);
  if (measure.version !== version) throw stale();
  const fields: FieldProblem[] = [];
  if (input.completedOn && input.status !== 'done')
    fields.push({ field: 'body.completedOn', rule: 'only_when_done' });
  if (input.completedOn && input.completedOn > today())
    fields.push({ field: 'body.completedOn', rule: 'not_in_future' });
  if (fields.length) throw new AppError(400, 'validation_failed', { fields });
  const note = optionalText(input.progressNote);
  em.assign(measure, {
    status: input.status,
    ...(note !== undefined ? { progressNote: note } : {}),
    completedOn:
      input.status === 'done'
        ? (input.completedOn ?? (measure.completedOn ? isoDate(measure.completedOn) : today()))
        : null,
  });
  await flush(em);
  return measure;
}

// ——— reviews ———

export interface ReviewInput {
  reviewedOn: string;
  participants: string;
  usersConsulted?: boolean;
  conclusions: string;
  carriedOverMeasureIds?: string[];
}

async function checkReview(
  em: EntityManager,
  tenantId: string,
  programmeId: string,
  input: Partial<ReviewInput>,
): Promise<void> {
  const fields: FieldProblem[] = [];
  if (input.reviewedOn !== undefined && input.reviewedOn > today())
    fields.push({ field: 'body.reviewedOn', rule: 'not_in_future' });
  if (input.participants !== undefined && !input.participants.trim())
    fields.push({ field: 'body.participants', rule: 'required' });
  if (input.conclusions !== undefined && !input.conclusions.trim())
    fields.push({ field: 'body.conclusions', rule: 'required' });
  const ids = [...new Set(input.carriedOverMeasureIds ?? [])];
  if (ids.length) {
    // Only this programme's unfinished measures can be carried over.
    const found = await em.count(ProgrammeMeasure, {
      tenantId,
      programmeId,
      id: { $in: ids },
      status: { $in: UNFINISHED },
    });
    if (found !== ids.length) fields.push({ field: 'body.carriedOverMeasureIds', rule: 'invalid' });
  }
  if (fields.length) throw new AppError(400, 'validation_failed', { fields });
}

function setCarryovers(em: EntityManager, tenantId: string, reviewId: string, measureIds: string[]) {
  for (const measureId of new Set(measureIds))
    em.create(ProgrammeCarryover, { tenantId, reviewId, measureId });
}

export async function createReview(
  em: EntityManager,
  tenantId: string,
  userId: string,
  programmeId: string,
  input: ReviewInput,
) {
  await findProgramme(em, tenantId, programmeId);
  await checkReview(em, tenantId, programmeId, input);
  const review = em.create(ProgrammeReview, {
    tenantId,
    programmeId,
    reviewedOn: input.reviewedOn,
    participants: input.participants.trim(),
    usersConsulted: input.usersConsulted ?? false,
    conclusions: input.conclusions.trim(),
    createdBy: userId,
  });
  await flush(em); // the review before its carry-overs (no ORM relation orders the inserts)
  setCarryovers(em, tenantId, review.id, input.carriedOverMeasureIds ?? []);
  await flush(em);
  return review;
}

export async function updateReview(
  em: EntityManager,
  tenantId: string,
  programmeId: string,
  id: string,
  version: number,
  changes: Partial<ReviewInput>,
) {
  const review = await em.findOne(ProgrammeReview, { tenantId, programmeId, id });
  if (!review) throw new AppError(404, 'not_found');
  if (review.version !== version) throw stale();
  await checkReview(em, tenantId, programmeId, changes);
  const assigned: Partial<ProgrammeReview> = {};
  if (changes.reviewedOn !== undefined) assigned.reviewedOn = changes.reviewedOn;
  if (changes.participants !== undefined) assigned.participants = changes.participants.trim();
  if (changes.usersConsulted !== undefined) assigned.usersConsulted = changes.usersConsulted;
  if (changes.conclusions !== undefined) assigned.conclusions = changes.conclusions.trim();
  em.assign(review, assigned);
  if (changes.carriedOverMeasureIds !== undefined) {
    await em.nativeDelete(ProgrammeCarryover, { tenantId, reviewId: id });
    setCarryovers(em, tenantId, id, changes.carriedOverMeasureIds);
    // A changed list alone is still a change of the review: its version moves on.
    if (Object.keys(assigned).length === 0) review.updatedAt = new Date();
  }
  await flush(em);
  return review;
}
