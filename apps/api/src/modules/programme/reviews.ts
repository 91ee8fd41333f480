import { ProgrammeCarryover, ProgrammeMeasure, ProgrammeReview, type EntityManager } from '@mera/db';
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
