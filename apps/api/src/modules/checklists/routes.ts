// The checklist routes both kinds share, registered per kind with their own URLs and operation ids.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type TProperties, type TSchema } from 'typebox';
import { withTenant } from '../../platform/auth.ts';
import { problemResponses } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import type { Permission } from '../../platform/permissions.ts';
import type { AnswerBodyInput } from './engine.ts';
import { AnswerBody, ResultSchema } from './schemas.ts';

/** What every checklist route's schema says of itself: where it is listed, what it does, that it needs a login. */
interface RouteDescription {
  params: TSchema;
  operationId: string;
  summary: string;
  tags: string[];
}

function described({ tags, summary, operationId, params }: RouteDescription) {
  return { tags, summary, operationId, security: [{ bearer: [] }], params };
}

export interface AnswerRouteOptions {
  /** e.g. `/tenants/:tenantId/assessments/:assessmentId/results` */
  url: string;
  /** The checklist's id parameter in `url`. */
  idParam: string;
  params: TSchema;
  operationId: string;
  summary: string;
  tags: string[];
  permission: Permission;
  /** The longest note the kind keeps. */
  noteMaxLength: number;
  /** What else the kind answers with, besides the saved answer. */
  response: TProperties;
  save(ctx: TenantContext, id: string, body: AnswerBodyInput): Promise<unknown>;
}

/** `PUT …/results` or `PUT …/findings`: one indicator's answer, autosaved; a stale version is a 409 with `current`. */
export function answerRoute(app: FastifyInstance, options: AnswerRouteOptions) {
  app.put(
    options.url,
    {
      config: { auth: 'user', permission: options.permission },
      schema: {
        ...described(options),
        body: AnswerBody(options.noteMaxLength),
        response: {
          200: Type.Object({
            itemId: Type.String(),
            result: Type.Union([ResultSchema, Type.Null()]),
            note: Type.Union([Type.String(), Type.Null()]),
            version: Type.Integer({ description: "The answer's version now: send it with the next save" }),
            ...options.response,
          }),
          ...problemResponses,
        },
      },
    },
    async (request: FastifyRequest) => {
      const id = (request.params as Record<string, string>)[options.idParam] ?? '';
      return withTenant(request, (ctx) => options.save(ctx, id, request.body as AnswerBodyInput));
    },
  );
}

export interface RemovalRouteOptions {
  url: string;
  params: TSchema;
  operationId: string;
  summary: string;
  tags: string[];
  permission: Permission;
  remove(ctx: TenantContext, params: Record<string, string>): Promise<void>;
}

/** `DELETE` of what was attached to an indicator (a check's evidence, an inspection's attachment): 204. */
export function removalRoute(app: FastifyInstance, options: RemovalRouteOptions) {
  app.delete(
    options.url,
    {
      config: { auth: 'user', permission: options.permission },
      schema: {
        ...described(options),
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      await withTenant(request, (ctx) => options.remove(ctx, request.params as Record<string, string>));
      return reply.status(204).send(null);
    },
  );
}
