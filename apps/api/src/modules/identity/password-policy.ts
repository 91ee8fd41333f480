import type { FieldProblem } from '../../shared/problem.ts';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Length over composition (NIST SP 800-63B): at least 10 characters, not the e-mail address, not one character
 * repeated. Returns the broken rule as a field problem, or undefined.
 */
export function checkPassword(password: string, email: string, field: string): FieldProblem | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return { field, rule: 'minLength', params: { limit: PASSWORD_MIN_LENGTH } };
  if (length > PASSWORD_MAX_LENGTH)
    return { field, rule: 'maxLength', params: { limit: PASSWORD_MAX_LENGTH } };
  const lowered = password.toLowerCase();
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (lowered === email.toLowerCase() || (local.length >= 4 && lowered.includes(local))) {
    return { field, rule: 'password_contains_email' };
  }
  if (new Set(password).size < 4) return { field, rule: 'password_too_simple' };
  return undefined;
}
