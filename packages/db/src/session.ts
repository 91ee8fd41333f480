import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from './orm.ts';

/** "No tenant": a well-formed id that matches no row, for work done on behalf of a person or anonymously. */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';
export const NO_USER = NO_TENANT;

export interface Scope {
  /** The tenant whose rows the work may see and write; null for none. */
  tenantId: string | null;
  /** The person acting; null for anonymous work (sign-up, login). Recorded in the audit trail. */
  userId: string | null;
  /** The HTTP request id, recorded in the audit trail. */
  requestId?: string;
}

/** The `set_config` variables row-level-security policies and the audit trigger read. */
export function sessionVariables(scope: Scope): Record<string, string> {
  return {
    'app.tenant_id': scope.tenantId ?? NO_TENANT,
    'app.user_id': scope.userId ?? NO_USER,
    'app.request_id': scope.requestId ?? '',
  };
}

/**
 * Runs `work` in one transaction whose first statements set tenant, person and request with
 * `set_config(…, true)` (MikroORM's session context), so every query in it — ORM, QueryBuilder or raw SQL — runs
 * under the tenant's row-level security. Commits when `work` resolves, rolls back when it throws.
 */
export async function inScope<T>(
  orm: Orm,
  scope: Scope,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const em = orm.em.fork({ session: { variables: sessionVariables(scope) } }) as EntityManager;
  return em.transactional((tx) => work(tx as EntityManager));
}

/**
 * Moves an open transaction to another tenant — for the few workflows that cross one, such as sign-up (which
 * creates a tenant and then its first membership) or accepting an invitation. Local to the transaction.
 */
export async function switchTenant(em: EntityManager, tenantId: string): Promise<void> {
  await em.execute(`select set_config('app.tenant_id', ?, true)`, [tenantId]);
}
