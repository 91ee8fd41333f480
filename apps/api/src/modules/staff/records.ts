import {
  StaffAppraisal,
  StaffMember,
  StaffMentoring,
  StaffPosition,
  StaffSupervision,
  StaffTraining,
  type StaffMemberEmploymentType,
  type StaffPositionCategory,
  type StaffSupervisionKind,
  type StaffTrainingKind,
} from '@mera/db';
import { addMonths, isoDate, today } from '@mera/calendar';
import { AppError, type FieldProblem } from '../../shared/problem.ts';
import { failWith, invalid, optionalText, stale } from '../../shared/validation.ts';
import type { TenantContext } from '../../shared/context.ts';
import { checkOwnService } from '../services/index.ts';
import { staffNormsOf } from './norms.ts';

/**
 * Changes to the staff register: the staffing plan, the people, and their records (training, appraisal,
 * supervision, mentoring). Records are not edited: a correction is a removal and a new record. Each change answers
 * with the service it belongs to, so the route can show that service's register as it now stands.
 */

function required(fields: FieldProblem[], field: string, value: string | undefined) {
  if (value !== undefined && !value.trim()) fields.push({ field: `body.${field}`, rule: 'required' });
}

function notInFuture(fields: FieldProblem[], field: string, date: string) {
  if (date > today()) fields.push({ field: `body.${field}`, rule: 'not_in_future' });
}

async function findPosition({ em, tenantId }: TenantContext, id: string) {
  const position = await em.findOne(StaffPosition, { tenantId, id });
  if (!position) throw new AppError(404, 'not_found');
  return position;
}

async function findMember({ em, tenantId }: TenantContext, id: string) {
  const member = await em.findOne(StaffMember, { tenantId, id });
  if (!member) throw new AppError(404, 'not_found');
  return member;
}

// ————— The staffing plan —————

export interface PositionInput {
  serviceId: string;
  title: string;
  category: StaffPositionCategory;
  plannedFte: number;
}

export async function createPosition(ctx: TenantContext, input: PositionInput) {
  const fields: FieldProblem[] = [];
  required(fields, 'title', input.title);
  failWith(fields);
  await checkOwnService(ctx.em, ctx.tenantId, input.serviceId);
  const position = ctx.em.create(StaffPosition, {
    tenantId: ctx.tenantId,
    serviceId: input.serviceId,
    title: input.title.trim(),
    category: input.category,
    plannedFte: String(input.plannedFte),
  });
  await ctx.em.flush();
  return { id: position.id, serviceId: input.serviceId };
}

export async function updatePosition(
  ctx: TenantContext,
  id: string,
  version: number,
  changes: Partial<Omit<PositionInput, 'serviceId'>>,
) {
  const position = await findPosition(ctx, id);
  if (position.version !== version) throw stale();
  const fields: FieldProblem[] = [];
  required(fields, 'title', changes.title);
  failWith(fields);
  if (changes.title !== undefined) position.title = changes.title.trim();
  if (changes.category !== undefined) position.category = changes.category;
  if (changes.plannedFte !== undefined) position.plannedFte = String(changes.plannedFte);
  await ctx.em.flush();
  return { id, serviceId: position.serviceId };
}

/** A position with people in it cannot be removed: move them first (409 in_use from the foreign key). */
export async function deletePosition(ctx: TenantContext, id: string) {
  const position = await findPosition(ctx, id);
  await ctx.em.nativeDelete(StaffPosition, { tenantId: ctx.tenantId, id });
  return { serviceId: position.serviceId };
}

// ————— The people —————

export interface MemberInput {
  serviceId: string;
  positionId?: string | null | undefined;
  fullName: string;
  employmentType: StaffMemberEmploymentType;
  fte?: number | undefined;
  startedOn: string;
  endedOn?: string | null | undefined;
  qualification?: string | null | undefined;
  newToSocialServices?: boolean | undefined;
}

async function checkPosition(
  { em, tenantId }: TenantContext,
  serviceId: string,
  positionId: string | null | undefined,
) {
  if (!positionId) return;
  if ((await em.count(StaffPosition, { tenantId, serviceId, id: positionId })) === 0)
    throw invalid('positionId', 'unknown_position');
}

function checkMemberFields(
  input: Partial<MemberInput>,
  startedOn: string,
  endedOn: string | null | undefined,
) {
  const fields: FieldProblem[] = [];
  required(fields, 'fullName', input.fullName);
  if (endedOn && endedOn < startedOn) fields.push({ field: 'body.endedOn', rule: 'date_order' });
  failWith(fields);
}

export async function createMember(ctx: TenantContext, input: MemberInput) {
  checkMemberFields(input, input.startedOn, input.endedOn);
  await checkOwnService(ctx.em, ctx.tenantId, input.serviceId);
  await checkPosition(ctx, input.serviceId, input.positionId);
  const member = ctx.em.create(StaffMember, {
    tenantId: ctx.tenantId,
    serviceId: input.serviceId,
    positionId: input.positionId ?? null,
    fullName: input.fullName.trim(),
    employmentType: input.employmentType,
    fte: String(input.fte ?? 1),
    startedOn: input.startedOn,
    endedOn: input.endedOn ?? null,
    qualification: optionalText(input.qualification) ?? null,
    newToSocialServices: input.newToSocialServices ?? false,
  });
  await ctx.em.flush();
  return { id: member.id, serviceId: input.serviceId };
}

export async function updateMember(
  ctx: TenantContext,
  id: string,
  version: number,
  changes: Partial<Omit<MemberInput, 'serviceId'>>,
) {
  const member = await findMember(ctx, id);
  if (member.version !== version) throw stale();
  const startedOn = changes.startedOn ?? isoDate(member.startedOn);
  const endedOn =
    changes.endedOn !== undefined ? changes.endedOn : member.endedOn ? isoDate(member.endedOn) : null;
  checkMemberFields(changes, startedOn, endedOn);
  if (changes.positionId !== undefined) await checkPosition(ctx, member.serviceId, changes.positionId);
  ctx.em.assign(member, {
    ...(changes.positionId !== undefined ? { positionId: changes.positionId } : {}),
    ...(changes.fullName !== undefined ? { fullName: changes.fullName.trim() } : {}),
    ...(changes.employmentType !== undefined ? { employmentType: changes.employmentType } : {}),
    ...(changes.fte !== undefined ? { fte: String(changes.fte) } : {}),
    ...(changes.qualification !== undefined
      ? { qualification: optionalText(changes.qualification) ?? null }
      : {}),
    ...(changes.newToSocialServices !== undefined
      ? { newToSocialServices: changes.newToSocialServices }
      : {}),
    startedOn,
    endedOn,
  });
  await ctx.em.flush();
  return { id, serviceId: member.serviceId };
}

/** Removes a member entered by mistake, with their records. Someone who left gets an end date instead. */
export async function deleteMember(ctx: TenantContext, id: string) {
  const member = await findMember(ctx, id);
  await ctx.em.nativeDelete(StaffMember, { tenantId: ctx.tenantId, id });
  return { serviceId: member.serviceId };
}

// ————— Their records —————

export interface TrainingInput {
  kind: StaffTrainingKind;
  heldOn: string;
  hours: number;
  topic: string;
  trainer?: string | null | undefined;
}

export async function addTraining(ctx: TenantContext, memberId: string, input: TrainingInput) {
  const member = await findMember(ctx, memberId);
  const fields: FieldProblem[] = [];
  notInFuture(fields, 'heldOn', input.heldOn);
  required(fields, 'topic', input.topic);
  failWith(fields);
  ctx.em.create(StaffTraining, {
    tenantId: ctx.tenantId,
    memberId,
    kind: input.kind,
    heldOn: input.heldOn,
    hours: String(input.hours),
    topic: input.topic.trim(),
    trainer: optionalText(input.trainer) ?? null,
  });
  await ctx.em.flush();
  return { serviceId: member.serviceId };
}

export interface AppraisalInput {
  year: number;
  appraisedOn: string;
  outcome: string;
  discussedInPerson?: boolean | undefined;
}

export async function addAppraisal(ctx: TenantContext, memberId: string, input: AppraisalInput) {
  const member = await findMember(ctx, memberId);
  const fields: FieldProblem[] = [];
  notInFuture(fields, 'appraisedOn', input.appraisedOn);
  if (Number(input.appraisedOn.slice(0, 4)) < input.year)
    fields.push({ field: 'body.appraisedOn', rule: 'appraisal_before_year', params: { year: input.year } });
  required(fields, 'outcome', input.outcome);
  failWith(fields);
  if ((await ctx.em.count(StaffAppraisal, { tenantId: ctx.tenantId, memberId, year: input.year })) > 0)
    throw invalid('year', 'appraisal_exists', { year: input.year });
  ctx.em.create(StaffAppraisal, {
    tenantId: ctx.tenantId,
    memberId,
    year: input.year,
    appraisedOn: input.appraisedOn,
    outcome: input.outcome.trim(),
    discussedInPerson: input.discussedInPerson ?? false,
  });
  await ctx.em.flush();
  return { serviceId: member.serviceId };
}

export interface SupervisionInput {
  serviceId: string;
  kind: StaffSupervisionKind;
  memberId?: string | null | undefined;
  heldOn: string;
  hours: number;
  supervisor: string;
  supervisorExternal: boolean;
  participantsCount?: number | null | undefined;
}

export async function addSupervision(ctx: TenantContext, input: SupervisionInput) {
  const fields: FieldProblem[] = [];
  notInFuture(fields, 'heldOn', input.heldOn);
  required(fields, 'supervisor', input.supervisor);
  if (input.kind === 'individual' && !input.memberId)
    fields.push({ field: 'body.memberId', rule: 'required' });
  if (input.kind === 'group' && input.memberId)
    fields.push({ field: 'body.memberId', rule: 'not_for_group' });
  failWith(fields);
  await checkOwnService(ctx.em, ctx.tenantId, input.serviceId);
  if (
    input.memberId &&
    (await ctx.em.count(StaffMember, {
      tenantId: ctx.tenantId,
      serviceId: input.serviceId,
      id: input.memberId,
    })) === 0
  )
    throw invalid('memberId', 'unknown_member');
  ctx.em.create(StaffSupervision, {
    tenantId: ctx.tenantId,
    serviceId: input.serviceId,
    kind: input.kind,
    memberId: input.memberId ?? null,
    heldOn: input.heldOn,
    hours: String(input.hours),
    supervisor: input.supervisor.trim(),
    supervisorExternal: input.supervisorExternal,
    participantsCount: input.participantsCount ?? null,
  });
  await ctx.em.flush();
  return { serviceId: input.serviceId };
}

export interface MentoringInput {
  mentorId: string;
  newcomerId: string;
  startsOn: string;
  endsOn?: string | null | undefined;
}

export async function addMentoring(ctx: TenantContext, input: MentoringInput) {
  const fields: FieldProblem[] = [];
  if (input.mentorId === input.newcomerId) fields.push({ field: 'body.mentorId', rule: 'same_person' });
  const endsOn = input.endsOn ?? addMonths(input.startsOn, staffNormsOf(ctx.plugins).mentoringMonths);
  if (endsOn < input.startsOn) fields.push({ field: 'body.endsOn', rule: 'date_order' });
  failWith(fields);
  const people = await ctx.em.find(StaffMember, {
    tenantId: ctx.tenantId,
    id: { $in: [input.mentorId, input.newcomerId] },
  });
  const newcomer = people.find((p) => p.id === input.newcomerId);
  if (!newcomer) throw invalid('newcomerId', 'unknown_member');
  if (!people.some((p) => p.id === input.mentorId)) throw invalid('mentorId', 'unknown_member');
  ctx.em.create(StaffMentoring, {
    tenantId: ctx.tenantId,
    mentorId: input.mentorId,
    newcomerId: input.newcomerId,
    startsOn: input.startsOn,
    endsOn,
  });
  await ctx.em.flush();
  return { serviceId: newcomer.serviceId };
}

type RecordKind = 'training' | 'appraisal' | 'supervision' | 'mentoring';

/** The service a record belongs to: its own (a supervision) or its person's. Null when there is no such record. */
async function serviceOfRecord({ em, tenantId }: TenantContext, kind: RecordKind, id: string) {
  if (kind === 'supervision')
    return (await em.findOne(StaffSupervision, { tenantId, id }))?.serviceId ?? null;
  const memberId =
    kind === 'training'
      ? (await em.findOne(StaffTraining, { tenantId, id }))?.memberId
      : kind === 'appraisal'
        ? (await em.findOne(StaffAppraisal, { tenantId, id }))?.memberId
        : (await em.findOne(StaffMentoring, { tenantId, id }))?.newcomerId;
  if (!memberId) return null;
  return (await em.findOneOrFail(StaffMember, { tenantId, id: memberId })).serviceId;
}

/** Removes a record entered by mistake (records are not edited: a correction is removal and a new record). */
export async function deleteRecord(ctx: TenantContext, kind: RecordKind, id: string) {
  const serviceId = await serviceOfRecord(ctx, kind, id);
  if (!serviceId) throw new AppError(404, 'not_found');
  const where = { tenantId: ctx.tenantId, id };
  if (kind === 'training') await ctx.em.nativeDelete(StaffTraining, where);
  else if (kind === 'appraisal') await ctx.em.nativeDelete(StaffAppraisal, where);
  else if (kind === 'supervision') await ctx.em.nativeDelete(StaffSupervision, where);
  else await ctx.em.nativeDelete(StaffMentoring, where);
  return { serviceId };
}
