import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { Type, type Static, type TSchema } from 'typebox';
import { problemResponses } from '../shared/problem.ts';
import { TenantParams } from '../shared/http-schemas.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Permission } from './permissions.ts';
import { withTenant } from './auth.ts';

const security = [{ bearer: [] }];
const RAW = 'application/octet-stream';

/** What a download answers in OpenAPI: the bytes, of the media type the route produces. */
const Binary = Type.Unsafe<unknown>({ type: 'string', format: 'binary' });

/**
 * What a tenant-scoped route is: who may call it, how OpenAPI describes it, what it takes and what it answers. The
 * rest is the same for every such route and is filled in here: a valid access token and a membership (`auth: 'user'`,
 * checked by the auth hook), bearer security, the problem responses, `TenantParams` when the path has no other ids.
 */
export interface TenantRouteSpec {
  /** What the person's role must allow; `null`: being a member is enough (e.g. one's own notices). */
  permission: Permission | null;
  summary: string;
  operationId: string;
  description?: string;
  /** Defaults to the module's tags. */
  tags?: string[];
  /** Defaults to `TenantParams` (`/tenants/:tenantId/…` and nothing else). */
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  /**
   * An upload of a file's raw bytes (`application/octet-stream`): the largest it may be, in bytes (the server's
   * default body limit is smaller). The handler's `request.body` is the bytes — empty when another type was sent.
   */
  upload?: number;
  /**
   * Exactly one of: `ok` (200 with this body), `created` (201 with this body), `noContent` (204), `download` (200
   * with a file of this media type — only with `tenantRouteOptions`, whose handler sends it).
   */
  ok?: TSchema;
  created?: TSchema;
  noContent?: true;
  download?: string;
}

type SchemaOf<S, K extends string, D = unknown> = S extends { [P in K]: infer X extends TSchema } ? X : D;
type Field<S, K extends string, D = unknown> = S extends { [P in K]: infer X extends TSchema }
  ? Static<X>
  : D;

/** The request a spec's handler receives: params, query and body typed from the spec's schemas (an upload: bytes). */
export type SpecRequest<S extends TenantRouteSpec> = FastifyRequest<{
  Params: Field<S, 'params', Static<typeof TenantParams>>;
  Querystring: Field<S, 'querystring'>;
  Body: S extends { upload: number } ? Buffer : Field<S, 'body'>;
}>;

/** What a spec's handler returns: the body its `ok` or `created` schema describes, or nothing for `noContent`. */
export type SpecResult<S extends TenantRouteSpec> = S extends { ok: infer X extends TSchema }
  ? Static<X>
  : S extends { created: infer X extends TSchema }
    ? Static<X>
    : unknown;

/**
 * A spec's route schema, typed with the spec's own schemas: a handler given `tenantRouteOptions(spec)` gets its
 * request's params, query and body typed by Fastify's TypeBox provider, as if the schema were written out.
 */
export type SpecSchema<S extends TenantRouteSpec> = FastifySchema & {
  params: SchemaOf<S, 'params', typeof TenantParams>;
  querystring: SchemaOf<S, 'querystring'>;
  body: SchemaOf<S, 'body'>;
};

/** The route options (config and OpenAPI schema) for a spec: for routes whose handler needs the reply itself. */
export function tenantRouteOptions<const S extends TenantRouteSpec>(spec: S, moduleTags: string[]) {
  const { permission, summary, operationId, description, tags, params, querystring, body, upload } = spec;
  const [status, answer] = spec.created
    ? [201, spec.created]
    : spec.noContent
      ? [204, Type.Null()]
      : [200, spec.download ? Binary : (spec.ok ?? Type.Null())];
  const schema: FastifySchema = {
    tags: tags ?? moduleTags,
    summary,
    ...(description ? { description } : {}),
    operationId,
    security,
    params: params ?? TenantParams,
    ...(querystring ? { querystring } : {}),
    ...(body ? { body } : {}),
    ...(spec.download ? { produces: [spec.download] } : {}),
    response: { [status]: answer, ...problemResponses },
  };
  return {
    ...(upload ? { bodyLimit: upload } : {}),
    config: { auth: 'user' as const, ...(permission ? { permission } : {}) },
    // Only the types are narrowed: the keys absent from the spec are absent from the schema.
    schema: schema as SpecSchema<S>,
  };
}

type Handler<S extends TenantRouteSpec> = (
  ctx: TenantContext,
  request: SpecRequest<S>,
) => Promise<SpecResult<S>>;
type Define = <const S extends TenantRouteSpec & { download?: never }>(
  url: string,
  spec: S,
  handler: Handler<S>,
) => void;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The one way a tenant-scoped route runs: `work` in the request's one transaction under the tenant's row-level
 * security (`withTenant`), then `respond` after the commit — send the answer, render and send a file, send an
 * e-mail that must not go out for a rolled-back change. `tenantRoutes`, `documentDownloads` (documents module) and
 * the inviting routes (tenancy) differ only in `respond`.
 */
export function committedRoute<const S extends TenantRouteSpec, T>(
  app: FastifyInstance,
  method: Method,
  url: string,
  spec: S,
  moduleTags: string[],
  work: (ctx: TenantContext, request: SpecRequest<S>) => Promise<T>,
  respond: (reply: FastifyReply, result: T, request: FastifyRequest) => unknown,
) {
  if (spec.upload && !app.hasContentTypeParser(RAW)) {
    // The bytes as they came, to the route's own limit; the file's type is decided from its content.
    app.addContentTypeParser(RAW, { parseAs: 'buffer', bodyLimit: spec.upload }, (_r, bytes, done) =>
      done(null, bytes),
    );
  }
  app.route({
    method,
    url,
    ...tenantRouteOptions(spec, moduleTags),
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      if (spec.upload) request.body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      // The spec's schemas validated the request: its fields are what they declare.
      const result = await withTenant(request, (ctx) => work(ctx, request as SpecRequest<S>));
      return respond(reply, result, request);
    },
  });
}

/**
 * A module's tenant-scoped routes, declared as what they are: `routes.get(url, spec, (ctx, request) => …)`. The
 * handler's result is sent with the spec's status (`committedRoute`). `components`: the module's named (`$id`)
 * schemas its routes refer to, registered first, in this order (OpenAPI lists them so).
 */
export function tenantRoutes(app: FastifyInstance, moduleTags: string[], components: TSchema[] = []) {
  for (const schema of components) app.addSchema(schema);
  const define =
    (method: Method): Define =>
    (url, spec, handler) => {
      const status = spec.created ? 201 : spec.noContent ? 204 : 200;
      committedRoute(app, method, url, spec, moduleTags, handler, (reply, result) =>
        reply.status(status).send(status === 204 ? null : result),
      );
    };
  return {
    get: define('GET'),
    post: define('POST'),
    put: define('PUT'),
    patch: define('PATCH'),
    delete: define('DELETE'),
  };
}

/** A module's route declarer, for helpers that declare some of its routes (e.g. the on-site part of inspections). */
export type TenantRoutes = ReturnType<typeof tenantRoutes>;
