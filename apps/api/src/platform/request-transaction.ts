import type { FastifyRequest } from 'fastify';
import { inScope, sql, sqlOf, type EntityManager, type Orm, type Role, type Scope } from '@mera/db';

/**
 * One transaction per request (issue 15). The auth hook opens it, sets the tenant, person and request with one
 * `set_config` round, checks the session and the membership in one statement, and then keeps it open for the
 * handler: the first `inTenant`/`withTenant`/`asPerson` of the request whose scope matches runs its work in it and
 * commits it. So an authenticated read is `begin`, `set_config`, the check, the handler's statements, `commit`.
 *
 * The transaction is MikroORM's own (`em.transactional`, commit when the work resolves, rollback when it throws);
 * it is merely *handed over*: its callback waits for the handler's work. When the handler takes none (an error
 * before the handler, a route that needs no database), the `onResponse` / `onRequestAbort` hooks release it.
 */
export interface RequestTransaction {
  scope: Scope;
  em: EntityManager;
  /** Runs `work` in the request's transaction and resolves after the commit; null when already taken. */
  take<T>(work: (em: EntityManager) => Promise<T>): Promise<T> | null;
  /** Ends it without work (idempotent). */
  release(): Promise<void>;
}

export interface AccessCheck {
  /** The login session (refresh-token family) is not revoked: logging out takes effect on the next request. */
  alive: boolean;
  /** The person's role in the tenant, or null when not a member (or no tenant asked). */
  role: Role | null;
}

/** The session and the membership, in one statement that hydrates no entity. */
export async function accessCheck(
  em: EntityManager,
  claims: { sub: string; sid: string },
  tenantId: string | null,
): Promise<AccessCheck> {
  const row = await sqlOf(em)
    .selectNoFrom((eb) => [
      eb
        .exists(
          eb
            .selectFrom('refresh_token')
            .select(sql.lit(1).as('one'))
            .where('family_id', '=', claims.sid)
            .where('user_id', '=', claims.sub)
            .where('revoked_at', 'is', null),
        )
        .as('alive'),
      (tenantId
        ? eb
            .selectFrom('membership')
            .select('role')
            .where('tenant_id', '=', tenantId)
            .where('user_id', '=', claims.sub)
        : eb.selectFrom('membership').select('role').where(sql.lit(false))
      ).as('role'),
    ])
    .executeTakeFirstOrThrow();
  return { alive: Boolean(row.alive), role: (row.role as Role | null) ?? null };
}

/**
 * Opens the request's transaction in `scope` and runs `first` in it (the access check). Resolves once `first` has
 * run, with its result and the transaction, still open, to hand over.
 */
export async function openRequestTransaction<C>(
  orm: Orm,
  scope: Scope,
  first: (em: EntityManager) => Promise<C>,
): Promise<{ checked: C; transaction: RequestTransaction }> {
  let handOver!: (work: (em: EntityManager) => Promise<unknown>) => void;
  const handed = new Promise<(em: EntityManager) => Promise<unknown>>((resolve) => {
    handOver = resolve;
  });
  let opened!: (value: { checked: C; em: EntityManager }) => void;
  let failed!: (error: unknown) => void;
  const ready = new Promise<{ checked: C; em: EntityManager }>((resolve, reject) => {
    opened = resolve;
    failed = reject;
  });
  const done = inScope(orm, scope, async (em) => {
    opened({ checked: await first(em), em });
    const work = await handed;
    return work(em);
  });
  // Whoever takes the transaction awaits `done`; the access check's own failure reaches the hook through `ready`.
  done.catch(failed);
  const { checked, em } = await ready;
  let taken = false;
  const transaction: RequestTransaction = {
    scope,
    em,
    take<T>(work: (em: EntityManager) => Promise<T>) {
      if (taken) return null;
      taken = true;
      handOver(work);
      return done as Promise<T>;
    },
    async release() {
      if (taken) return;
      taken = true;
      handOver(async () => undefined);
      await done.catch(() => undefined);
    },
  };
  return { checked, transaction };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's transaction while it waits for the handler (see request-transaction.ts). */
    transaction: RequestTransaction | null;
  }
}

/**
 * Runs `work` in the request's own transaction when its scope is `scope`, else in a transaction of its own — after
 * releasing the request's, so that no request ever holds two pooled connections (a full pool would deadlock).
 */
export async function inRequestScope<T>(
  request: FastifyRequest,
  scope: Scope,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const pending = request.transaction;
  if (pending) {
    request.transaction = null;
    if (pending.scope.tenantId === scope.tenantId && pending.scope.userId === scope.userId) {
      const result = pending.take(work);
      if (result) return result;
    }
    await pending.release();
  }
  return inScope(request.server.orm, scope, work);
}
