// One indicator's answer, saved with its own version, whichever checklist it belongs to.
import { sql, sqlOf, type Database, type EntityManager, type Insertable } from '@mera/db';
import type { IndicatorResult } from '@mera/plugin-sdk';
import { AppError } from '../../shared/problem.ts';
import { invalid } from '../../shared/validation.ts';

/**
 * The kinds of answer an indicator can take. Today every indicator is answered with one of the four levels (`result`);
 * a plugin will later declare others (a percentage from a numerator and a denominator, a count, a 0–3 scale) whose
 * figures travel in `value`, validated here by the kind — one engine for all of them.
 */
export const ANSWER_KINDS = {
  level: {
    /** The four levels carry no value. */
    value: (value: unknown) => value === null || value === undefined,
  },
} as const;
export type AnswerKind = keyof typeof ANSWER_KINDS;

export const RESULTS = [
  'met',
  'partly_met',
  'not_met',
  'not_applicable',
] as const satisfies IndicatorResult[];

/** Where each kind of checklist keeps its answers (a provider's check results, an inspector's findings). */
export const ANSWER_TABLES = {
  assessment: { table: 'assessment_result', parent: 'assessment_id' },
  inspection: { table: 'inspection_finding', parent: 'inspection_id' },
} as const;
export type ChecklistKind = keyof typeof ANSWER_TABLES;

/**
 * The answers table of a kind of checklist, typed as the checks' one: both tables have the same columns but the
 * parent's (`assessment_id`, `inspection_id`), which is named through `parent` — one engine for both.
 */
export type AnswerTable = Database['assessment_result'];
export function answerTable(of: ChecklistKind) {
  const { table, parent } = ANSWER_TABLES[of];
  return { table: table as 'assessment_result', parent };
}

export interface AnswerInput {
  result: IndicatorResult | null;
  note: string | null;
  value?: unknown;
  userId: string;
  version: number;
}

/** What another person saved on the indicator meanwhile: sent with the 409 so nothing is dropped silently. */
export interface CurrentAnswer {
  result: IndicatorResult | null;
  note: string | null;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export function checkValue(kind: AnswerKind, value: unknown) {
  if (!ANSWER_KINDS[kind].value(value)) throw invalid('value', 'answer_kind');
}

/**
 * Saves one answer: `version` 0 inserts, otherwise the row is updated only if nobody saved it meanwhile. Two people on
 * different indicators never collide; on the same one the second gets 409 `result_conflict` with `current` — what the
 * other saved — and may keep theirs by re-sending with `current.version`.
 */
export async function saveAnswer(
  em: EntityManager,
  of: ChecklistKind,
  key: { tenantId: string; parentId: string; itemId: string },
  answer: AnswerInput,
): Promise<number> {
  checkValue('level', answer.value);
  const value = answer.value === undefined || answer.value === null ? null : JSON.stringify(answer.value);
  const { table, parent } = answerTable(of);
  const db = sqlOf(em);
  const saved =
    answer.version === 0
      ? await db
          .insertInto(table)
          .values({
            tenant_id: key.tenantId,
            [parent]: key.parentId,
            item_id: key.itemId,
            result: answer.result,
            value: sql`${value}::jsonb`,
            note: answer.note,
            updated_by: answer.userId,
          } as Insertable<AnswerTable>)
          .onConflict((oc) => oc.doNothing())
          .returning('version')
          .executeTakeFirst()
      : await db
          .updateTable(table)
          .set((eb) => ({
            result: answer.result,
            value: sql`${value}::jsonb`,
            note: answer.note,
            updated_by: answer.userId,
            updated_at: sql`now()`,
            version: eb('version', '+', 1),
          }))
          .where('tenant_id', '=', key.tenantId)
          .where(sql.ref(parent), '=', key.parentId)
          .where('item_id', '=', key.itemId)
          .where('version', '=', answer.version)
          .returning('version')
          .executeTakeFirst();
  if (saved) return saved.version;
  const row = await db
    .selectFrom(`${table} as a`)
    .leftJoin('app_user as u', 'u.id', 'a.updated_by')
    .select(['u.display_name as name', 'a.result', 'a.note', 'a.version', 'a.updated_at'])
    .where('a.tenant_id', '=', key.tenantId)
    .where(sql.ref(`a.${parent}`), '=', key.parentId)
    .where('a.item_id', '=', key.itemId)
    .executeTakeFirst();
  const current: CurrentAnswer = {
    result: row?.result ?? null,
    note: row?.note ?? null,
    version: row?.version ?? 0,
    updatedBy: row?.name ?? null,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
  };
  throw new AppError(409, 'result_conflict', {
    fields: [{ field: 'body.version', rule: 'stale' }],
    params: { name: current.updatedBy ?? '—', result: current.result ?? '—', version: current.version },
    extra: { current },
  });
}
