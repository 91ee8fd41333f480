import { fail } from '@sveltejs/kit';
import type { Problem } from '@mera/api-client';
import type { FormProblem } from '#lib/forms.ts';
import { m } from '#lib/paraglide/messages.js';

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { title?: unknown }).title === 'string' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/**
 * The API's RFC 9457 answer as the form needs it. The API has already translated `title` and each message into the
 * request's language. `fallback` is shown when the answer is not problem JSON (e.g. a proxy's HTML error page).
 */
export function formProblem(error: unknown, fallback: string): FormProblem {
  if (!isProblem(error)) return { title: fallback, code: 'unknown', fields: {} };
  const fields: Record<string, string> = {};
  for (const entry of error.errors ?? []) {
    const name = entry.field.replace(/^body\./, '');
    // The first message per field is the one to fix first; more would crowd the input.
    fields[name] ??= entry.message;
  }
  return { title: error.title, code: error.code, fields };
}

/** The `code` of a problem answer, or undefined. */
export function problemCode(error: unknown): string | undefined {
  return isProblem(error) ? error.code : undefined;
}

/** A page's status when the API refused: the API's own 4xx as it is, its failure (5xx) as a bad gateway. */
export const refusalStatus = (status: number): number => (status >= 500 ? 502 : status >= 400 ? status : 400);

/**
 * What an action hands back when the API refused: the problem as the form shows it, and `extra`, which says which
 * form it was and what was typed (so nothing typed is lost).
 */
export function refused<T extends object = Record<never, never>>(
  response: Response | number,
  error: unknown,
  extra?: T,
) {
  const status = typeof response === 'number' ? response : response.status;
  return fail(refusalStatus(status), { ...(extra as T), problem: formProblem(error, m.error_generic()) });
}
