import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';
import type { Role } from './entities/membership.ts';
import { sqlOf } from './kysely.ts';
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
  const { tenantId, userId, requestId } = sessionVariablesOf(scope);
  return { 'app.tenant_id': tenantId, 'app.user_id': userId, 'app.request_id': requestId };
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

/** What a request's first statement answers (migration RequestEntry). */
export interface RequestEntry {
  /** The login session (refresh-token family) is not revoked: logging out takes effect on the next request. */
  alive: boolean;
  /** The person's role in the scope's tenant; null when not a member (or no tenant). */
  role: Role | null;
}

// Written once, sent with its parameters: no query builder runs on every request.
const ENTRY = 'select alive, role from request_entry($1, $2, $3, $4)';

/**
 * Like `inScope`, for an authenticated request: the transaction's first statement, `request_entry`, sets the
 * scope's variables *and* answers the access check (issue 15: one round trip where there were two). `work` gets
 * the answer; it decides what a dead session or a missing membership means.
 */
export async function inEnteredScope<T>(
  orm: Orm,
  scope: Scope & { userId: string },
  loginSession: string,
  work: (em: EntityManager, entry: RequestEntry) => Promise<T>,
): Promise<T> {
  // No session variables on the fork: `request_entry` sets them, as the very first statement of the transaction.
  const em = orm.em.fork() as EntityManager;
  return em.transactional(async (tx) => {
    const { tenantId, userId, requestId } = sessionVariablesOf(scope);
    const result = await sqlOf(tx as EntityManager).executeQuery<RequestEntry>(
      CompiledQuery.raw(ENTRY, [tenantId, userId, requestId, loginSession]),
    );
    const entry = result.rows[0] ?? { alive: false, role: null };
    return work(tx as EntityManager, { alive: entry.alive, role: entry.role ?? null });
  });
}

function sessionVariablesOf(scope: Scope) {
  return {
    tenantId: scope.tenantId ?? NO_TENANT,
    userId: scope.userId ?? NO_USER,
    requestId: scope.requestId ?? '',
  };
}

/**
 * Moves an open transaction to another tenant — for the few workflows that cross one, such as sign-up (which
 * creates a tenant and then its first membership) or accepting an invitation. Local to the transaction.
 */
export async function switchTenant(em: EntityManager, tenantId: string): Promise<void> {
  await em.execute(`select set_config('app.tenant_id', ?, true)`, [tenantId]);
}
