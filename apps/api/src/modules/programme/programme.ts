import { ProgrammeMeasure, QualityProgramme } from '@mera/db';
import type { Scope, Actor } from './lifecycle.ts';
import { AppError, type FieldProblem } from '../../shared/problem.ts';
import { checkOwnService } from '../services/index.ts';
import { invalid, stale } from '../../shared/validation.ts';
import { isoDate } from '@mera/calendar';

/** `2026-03-31` → `31.03.2026`, as dates are written in Bulgaria and Ukraine (and read fine in English). */
import { activeContract } from './views.ts';
import { publishNotice } from '../notices/index.ts';
import { assertEditable, EDITABLE, findProgramme, flush } from './lifecycle.ts';

// ——— programmes ———

export interface ProgrammeInput {
  title: string;
  serviceId?: string | null;
  periodStart: string;
  periodEnd: string;
}

export async function createProgramme(ctx: Actor, input: ProgrammeInput) {
  const { em, tenantId, userId } = ctx;
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
  ctx: Scope,
  id: string,
  version: number,
  changes: Partial<ProgrammeInput>,
) {
  const { em, tenantId } = ctx;
  const programme = await findProgramme(ctx, id);
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

export async function deleteProgramme(ctx: Scope, id: string) {
  const { em } = ctx;
  const programme = await findProgramme(ctx, id);
  // A programme the mayor has seen is part of the record (the database guard says the same).
  if (programme.status !== 'draft' || programme.submittedAt) throw new AppError(409, 'programme_locked');
  em.remove(programme);
  await flush(em);
}

/**
 * Submission for agreement with the mayor who commissioned the service (art. 16(2), 20(2)). Every measure that is
 * not cancelled must say who is responsible and by when.
 */
export async function submitProgramme(ctx: Actor, id: string, version: number) {
  const { em, tenantId, userId } = ctx;
  const programme = await findProgramme(ctx, id);
  if (programme.version !== version) throw stale();
  if (!(EDITABLE as readonly string[]).includes(programme.status))
    throw new AppError(409, 'programme_transition');
  const contract = await activeContract(ctx, programme.serviceId);
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
  // The commissioning municipality reads it and agrees it or asks for changes (art. 16(2), 20(2)).
  await publishNotice(
    em,
    { tenantId, userId },
    {
      event: 'programme_received',
      recipientTenantId: contract.tenantId,
      target: { type: 'programme', id },
      subject: programme.title,
      serviceId: programme.serviceId ?? null,
    },
  );
  return programme;
}

/** An agreed programme is reopened to be updated (art. 20) — and then agreed again. */
export async function reopenProgramme(ctx: Scope, id: string, version: number) {
  const { em } = ctx;
  const programme = await findProgramme(ctx, id);
  if (programme.version !== version) throw stale();
  if (programme.status !== 'agreed') throw new AppError(409, 'programme_transition');
  programme.status = 'draft';
  await flush(em);
  return programme;
}
