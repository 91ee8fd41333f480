// What the API's tests assert of the database itself, beneath the API: its guards hold whatever asks.
import { expect } from 'vitest';
import type { Harness } from './harness.ts';

/**
 * What a finished record says cannot change, whatever asks: each statement, run as the application's own role
 * (mera_app) in the tenant with the record's id as `$1`, is refused by the database with `reason`.
 */
export async function expectUnchangeable(
  h: Harness,
  tenantId: string,
  recordId: string,
  reason: RegExp,
  statements: readonly string[],
) {
  for (const statement of statements)
    await expect(h.asApp(tenantId, statement, [recordId]), statement).rejects.toThrow(reason);
}
