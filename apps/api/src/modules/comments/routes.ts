import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { Uuid } from '../../shared/http-schemas.ts';
import { addComment, listComments } from './comments.ts';
import { CommentSchema, CommentBody } from './schemas.ts';

/**
 * Comments on received reports and programmes: the municipality adds them (append-only); the municipality and the
 * provider whose document it is read them, under the same path as the document itself.
 */
const comments: FastifyPluginAsyncTypebox = async (app) => {
  const List = Type.Array(CommentSchema);
  const routes = tenantRoutes(app, ['oversight'], [CommentSchema]);

  for (const target of [
    { kind: 'report' as const, path: 'reports', param: 'reportId', read: 'reports.read' as const },
    { kind: 'programme' as const, path: 'programmes', param: 'programmeId', read: 'programme.read' as const },
  ]) {
    const url = `/tenants/:tenantId/${target.path}/:${target.param}/comments`;
    const Params = Type.Object({ tenantId: Uuid, [target.param]: Uuid });

    routes.get(
      url,
      {
        permission: target.read,
        summary: `The municipality's comments on a submitted ${target.kind} (the municipality's own, or those on the provider's own ${target.kind})`,
        operationId: target.kind === 'report' ? 'listReportComments' : 'listProgrammeComments',
        params: Params,
        ok: List,
      },
      (ctx, { params }) => listComments(ctx, target.kind, params[target.param] ?? ''),
    );

    routes.post(
      url,
      {
        permission: 'received.comment',
        summary: `The commissioning municipality comments on a provider's submitted ${target.kind}`,
        operationId: target.kind === 'report' ? 'commentReport' : 'commentProgramme',
        params: Params,
        body: CommentBody,
        created: List,
      },
      (ctx, { params, body }) => addComment(ctx, target.kind, params[target.param] ?? '', body.text),
    );
  }
};

export default comments;
