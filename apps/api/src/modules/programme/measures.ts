import {
  CatalogueItem,
  MeetingRecommendation,
  Membership,
  ProgrammeMeasure,
  type QualityProgramme,
  type MeasureStatus,
} from '@mera/db';
import type { Scope, Actor } from './lifecycle.ts';
import { AppError, type FieldProblem } from '../../shared/problem.ts';
import { optionalText, stale } from '../../shared/validation.ts';
import { isoDate, today } from '@mera/calendar';

/** `2026-03-31` → `31.03.2026`, as dates are written in Bulgaria and Ukraine (and read fine in English). */
import { assertEditable, dotted, findProgramme, flush } from './lifecycle.ts';

// ——— measures ———

export interface MeasureInput {
  category: number;
  title: string;
  description?: string | null;
  finding?: string | null;
  recommendationId?: string | null;
  indicatorId?: string | null;
  /** The check whose indicator the measure answers (set only when made from a check's indicator). */
  assessmentId?: string | null;
  responsibleUserId?: string | null;
  deadline?: string | null;
}

async function checkMeasure(
  ctx: Scope,
  programme: QualityProgramme,
  input: Partial<MeasureInput>,
  measureId?: string,
): Promise<void> {
  const { em, tenantId } = ctx;
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

export async function findMeasure(ctx: Scope, programmeId: string, id: string) {
  const { em, tenantId } = ctx;
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
  if (input.assessmentId !== undefined) out.assessmentId = input.assessmentId;
  if (input.recommendationId !== undefined) out.recommendationId = input.recommendationId;
  if (input.responsibleUserId !== undefined) out.responsibleUserId = input.responsibleUserId;
  if (input.deadline !== undefined) out.deadline = input.deadline;
  return out;
}

export async function createMeasure(ctx: Actor, programmeId: string, input: MeasureInput) {
  const { em, tenantId, userId } = ctx;
  const programme = await findProgramme(ctx, programmeId);
  assertEditable(programme);
  await checkMeasure(ctx, programme, input);
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
  ctx: Scope,
  programmeId: string,
  id: string,
  version: number,
  changes: Partial<MeasureInput>,
) {
  const { em } = ctx;
  const programme = await findProgramme(ctx, programmeId);
  const measure = await findMeasure(ctx, programmeId, id);
  if (measure.version !== version) throw stale();
  assertEditable(programme);
  await checkMeasure(ctx, programme, changes, id);
  em.assign(measure, measureFields(changes));
  await flush(em);
  return measure;
}

export async function deleteMeasure(ctx: Scope, programmeId: string, id: string) {
  const { em } = ctx;
  const programme = await findProgramme(ctx, programmeId);
  const measure = await findMeasure(ctx, programmeId, id);
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
  ctx: Scope,
  programmeId: string,
  id: string,
  version: number,
  input: ProgressInput,
) {
  const { em } = ctx;
  const measure = await findMeasure(ctx, programmeId, id);
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
