import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { withTenant } from '../../platform/auth.ts';
import { Uuid } from '../../shared/http-schemas.ts';
import { addComment, listComments } from './comments.ts';
import { CommentSchema, CommentBody } from './schemas.ts';

const security = [{ bearer: [] }];
const tags = ['oversight'];

/**
 * Comments on received reports and programmes: the municipality adds them (append-only); the municipality and the
 * provider whose document it is read them, under the same path as the document itself.
 */
const comments: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(CommentSchema);
  const List = Type.Array(CommentSchema);

  for (const target of [
    { kind: 'report' as const, path: 'reports', param: 'reportId', read: 'reports.read' as const },
    { kind: 'programme' as const, path: 'programmes', param: 'programmeId', read: 'programme.read' as const },
  ]) {
    const Params = Type.Object({ tenantId: Uuid, [target.param]: Uuid });
    const targetId = (params: Record<string, string>) => params[target.param] ?? '';

    app.get(
      `/tenants/:tenantId/${target.path}/:${target.param}/comments`,
      {
        config: { auth: 'user', permission: target.read },
        schema: {
          tags,
          summary: `The municipality's comments on a submitted ${target.kind} (the municipality's own, or those on the provider's own ${target.kind})`,
          operationId: target.kind === 'report' ? 'listReportComments' : 'listProgrammeComments',
          security,
          params: Params,
          response: { 200: List, ...problemResponses },
        },
      },
      async (request) =>
        withTenant(request, (ctx) =>
          listComments(ctx, target.kind, targetId(request.params as Record<string, string>)),
        ),
    );

    app.post(
      `/tenants/:tenantId/${target.path}/:${target.param}/comments`,
      {
        config: { auth: 'user', permission: 'received.comment' },
        schema: {
          tags,
          summary: `The commissioning municipality comments on a provider's submitted ${target.kind}`,
          operationId: target.kind === 'report' ? 'commentReport' : 'commentProgramme',
          security,
          params: Params,
          body: CommentBody,
          response: { 201: List, ...problemResponses },
        },
      },
      async (request, reply) => {
        const list = await withTenant(request, (ctx) =>
          addComment(ctx, target.kind, targetId(request.params as Record<string, string>), request.body.text),
        );
        return reply.status(201).send(list);
      },
    );
  }
};

export default comments;
