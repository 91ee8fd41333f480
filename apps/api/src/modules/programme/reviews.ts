import { ProgrammeCarryover, ProgrammeMeasure, ProgrammeReview } from '@mera/db';
import type { Scope, Actor } from './lifecycle.ts';
import { AppError, type FieldProblem } from '../../shared/problem.ts';
import { stale } from '../../shared/validation.ts';
import { today } from '@mera/calendar';

/** `2026-03-31` → `31.03.2026`, as dates are written in Bulgaria and Ukraine (and read fine in English). */
import { findProgramme, flush, UNFINISHED } from './lifecycle.ts';

// ——— reviews ———

export interface ReviewInput {
  reviewedOn: string;
  participants: string;
  usersConsulted?: boolean;
  conclusions: string;
  carriedOverMeasureIds?: string[];
}

async function checkReview(ctx: Scope, programmeId: string, input: Partial<ReviewInput>): Promise<void> {
  const { em, tenantId } = ctx;
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

function setCarryovers(ctx: Scope, reviewId: string, measureIds: string[]) {
  const { em, tenantId } = ctx;
  for (const measureId of new Set(measureIds))
    em.create(ProgrammeCarryover, { tenantId, reviewId, measureId });
}

export async function createReview(ctx: Actor, programmeId: string, input: ReviewInput) {
  const { em, tenantId, userId } = ctx;
  await findProgramme(ctx, programmeId);
  await checkReview(ctx, programmeId, input);
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
  setCarryovers(ctx, review.id, input.carriedOverMeasureIds ?? []);
  await flush(em);
  return review;
}

export async function updateReview(
  ctx: Scope,
  programmeId: string,
  id: string,
  version: number,
  changes: Partial<ReviewInput>,
) {
  const { em, tenantId } = ctx;
  const review = await em.findOne(ProgrammeReview, { tenantId, programmeId, id });
  if (!review) throw new AppError(404, 'not_found');
  if (review.version !== version) throw stale();
  await checkReview(ctx, programmeId, changes);
  const assigned: Partial<ProgrammeReview> = {};
  if (changes.reviewedOn !== undefined) assigned.reviewedOn = changes.reviewedOn;
  if (changes.participants !== undefined) assigned.participants = changes.participants.trim();
  if (changes.usersConsulted !== undefined) assigned.usersConsulted = changes.usersConsulted;
  if (changes.conclusions !== undefined) assigned.conclusions = changes.conclusions.trim();
  em.assign(review, assigned);
  if (changes.carriedOverMeasureIds !== undefined) {
    await em.nativeDelete(ProgrammeCarryover, { tenantId, reviewId: id });
    setCarryovers(ctx, id, changes.carriedOverMeasureIds);
    // A changed list alone is still a change of the review: its version moves on.
    if (Object.keys(assigned).length === 0) review.updatedAt = new Date();
  }
  await flush(em);
  return review;
}
