// One indicator's answer, saved with its own version, whichever checklist it belongs to.
import type { EntityManager } from '@mera/db';
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
  const { table, parent } = ANSWER_TABLES[of];
  const saved =
    answer.version === 0
      ? await em.execute<{ version: number }[]>(
          `insert into ${table} (tenant_id, ${parent}, item_id, result, value, note, updated_by)
           values (?, ?, ?, ?, ?::jsonb, ?, ?) on conflict do nothing returning version`,
          [key.tenantId, key.parentId, key.itemId, answer.result, value, answer.note, answer.userId],
        )
      : await em.execute<{ version: number }[]>(
          `update ${table} set result = ?, value = ?::jsonb, note = ?, updated_by = ?, updated_at = now(),
             version = version + 1
           where tenant_id = ? and ${parent} = ? and item_id = ? and version = ? returning version`,
          [
            answer.result,
            value,
            answer.note,
            answer.userId,
            key.tenantId,
            key.parentId,
            key.itemId,
            answer.version,
          ],
        );
  if (saved[0]) return saved[0].version;
  const [row] = await em.execute<
    {
      name: string | null;
      result: IndicatorResult | null;
      note: string | null;
      version: number;
      updated_at: Date;
    }[]
  >(
    `select u.display_name as name, a.result, a.note, a.version, a.updated_at
     from ${table} a left join app_user u on u.id = a.updated_by
     where a.tenant_id = ? and a.${parent} = ? and a.item_id = ?`,
    [key.tenantId, key.parentId, key.itemId],
  );
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
