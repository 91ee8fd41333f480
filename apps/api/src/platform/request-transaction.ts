import type { FastifyRequest } from 'fastify';
import {
  inEnteredScope,
  inScope,
  type EntityManager,
  type Orm,
  type RequestEntry,
  type Scope,
} from '@mera/db';

/**
 * One transaction per request (issue 15). The auth hook opens it; its first statement (`request_entry`, see
 * `inEnteredScope`) sets the tenant, person and request and checks the session and the membership; then it stays
 * open for the handler: the first `inTenant`/`withTenant`/`asPerson` of the request whose scope matches runs its
 * work in it and commits it. So an authenticated read is `begin`, the entry, the handler's statements, `commit`.
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

/**
 * Opens the request's transaction in `scope` with its entry (the access check). Resolves once the entry has run,
 * with its answer and the transaction, still open, to hand over.
 */
export async function openRequestTransaction(
  orm: Orm,
  scope: Scope & { userId: string },
  loginSession: string,
): Promise<{ checked: RequestEntry; transaction: RequestTransaction }> {
  let handOver!: (work: (em: EntityManager) => Promise<unknown>) => void;
  const handed = new Promise<(em: EntityManager) => Promise<unknown>>((resolve) => {
    handOver = resolve;
  });
  let opened!: (value: { checked: RequestEntry; em: EntityManager }) => void;
  let failed!: (error: unknown) => void;
  const ready = new Promise<{ checked: RequestEntry; em: EntityManager }>((resolve, reject) => {
    opened = resolve;
    failed = reject;
  });
  const done = inEnteredScope(orm, scope, loginSession, async (em, checked) => {
    opened({ checked, em });
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
