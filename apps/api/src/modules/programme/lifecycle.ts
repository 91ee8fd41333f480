import {
  CheckConstraintViolationException,
  ProgrammeCategory,
  QualityProgramme,
  UniqueConstraintViolationException,
  type EntityManager,
  type MeasureStatus,
} from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import { invalid } from '../../shared/validation.ts';

/** `2026-03-31` → `31.03.2026`, as dates are written in Bulgaria and Ukraine (and read fine in English). */

/** What every part of the programme shares: where it stands, what may still change, and one flush. */
export const dotted = (date: string) => date.split('-').reverse().join('.');

/** What the programme's functions need of the request: its transaction and tenant — and who acts, to record it. */
export type Scope = Pick<TenantContext, 'em' | 'tenantId'>;
export type Actor = Pick<TenantContext, 'em' | 'tenantId' | 'userId'>;

export const EDITABLE = ['draft', 'changes_requested'] as const;
export const UNFINISHED: MeasureStatus[] = ['planned', 'in_progress'];

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
export async function flush(em: EntityManager): Promise<void> {
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

export async function findProgramme(ctx: Scope, id: string) {
  const { em, tenantId } = ctx;
  const programme = await em.findOne(QualityProgramme, { tenantId, id });
  if (!programme) throw new AppError(404, 'not_found');
  return programme;
}

export function assertEditable(programme: QualityProgramme): void {
  if (!(EDITABLE as readonly string[]).includes(programme.status))
    throw new AppError(409, 'programme_locked');
}
