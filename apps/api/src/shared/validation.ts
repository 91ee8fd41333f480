import { AppError, type FieldProblem } from './problem.ts';

/** A 400 naming one body field and the rule it broke (its message comes from i18n/rule-messages.ts). */
export const invalid = (field: string, rule: string, params?: Record<string, string | number>) =>
  new AppError(400, 'validation_failed', {
    fields: [{ field: `body.${field}`, rule, ...(params ? { params } : {}) }],
  });

/** Someone saved the record since the caller read it (optimistic locking on `version`). */
export function stale(): AppError {
  return new AppError(409, 'conflict', { fields: [{ field: 'body.version', rule: 'stale' }] });
}

/** Throws one 400 naming every failing field at once, so a form shows all its errors together. */
export function failWith(fields: FieldProblem[]): void {
  if (fields.length > 0) throw new AppError(400, 'validation_failed', { fields });
}

/** Optional free text: trimmed, and empty means "not given". */
export function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  return value.trim() || null;
}
