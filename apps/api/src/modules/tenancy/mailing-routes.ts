import type { FastifyInstance } from 'fastify';
import type { Mail } from '../../platform/mailer.ts';
import {
  committedRoute,
  type SpecRequest,
  type SpecResult,
  type TenantRouteSpec,
} from '../../platform/tenant-routes.ts';
import type { TenantContext } from '../../shared/context.ts';

/** What an inviting route's work yields: its answer, and the e-mail that carries the invitation's link. */
export interface Mailing<T> {
  answer: T;
  mail: Mail;
}

/**
 * Tenant-scoped routes that invite someone by e-mail. The e-mail goes only once the transaction has committed (a
 * rolled-back invitation must not reach anyone); a failure to send is logged and does not undo the invitation —
 * its link can be sent again.
 */
export function mailingRoutes(app: FastifyInstance, moduleTags: string[]) {
  const post = <const S extends TenantRouteSpec>(
    url: string,
    spec: S,
    work: (ctx: TenantContext, request: SpecRequest<S>) => Promise<Mailing<SpecResult<S>>>,
  ) => {
    committedRoute(app, 'POST', url, spec, moduleTags, work, async (reply, { answer, mail }, request) => {
      await app.mailer
        .send(mail)
        .catch((err: unknown) => request.log.error({ err }, 'invitation e-mail could not be sent'));
      return reply.status(spec.created ? 201 : 200).send(answer);
    });
  };
  return { post };
}
