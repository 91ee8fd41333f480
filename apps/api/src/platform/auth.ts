import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { inEnteredScope, type EntityManager, type RequestEntry, type Role, type Scope } from '@mera/db';
import type { Config } from '../config.ts';
import { AppError } from '../shared/problem.ts';
import type { JurisdictionManifest, LegacyCentre } from '@mera/plugin-sdk';
import { loadSigningKeys, type SigningKeys } from './keys.ts';
import { createMailer, type Mailer } from './mailer.ts';
import { can, permissionsOf, type Permission } from './permissions.ts';
import { inRequestScope, openRequestTransaction } from './request-transaction.ts';
import { VerifiedTokens } from './verified-tokens.ts';
import type { ServicePlugin, TenantContext } from '../shared/context.ts';

export const ACCESS_COOKIE = 'mera_access';
export const REFRESH_COOKIE = 'mera_refresh';

export interface AccessClaims {
  /** The person. */
  sub: string;
  /** The login session (refresh-token family). */
  sid: string;
}

export interface TenantScope extends Scope {
  tenantId: string;
  userId: string;
  role: Role;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    keys: SigningKeys;
    mailer: Mailer;
    config: Config;
    /** The service plugins this deployment carries, decorated by the catalogue module's plugin. */
    servicePlugins: ServicePlugin[];
    /** Old centre types and the services whose standards apply to them (a jurisdiction's transitional provisions). */
    legacyCentres: LegacyCentre[];
    /** The jurisdiction package's norms, decorated by the catalogue module's plugin (null when none is installed). */
    jurisdiction: JurisdictionManifest | null;
  }
  interface FastifyContextConfig {
    /** `user`: a valid access token is required. Routes under /tenants/:tenantId also need a membership. */
    auth?: 'user' | 'optional';
    /** The permission (see platform/permissions.ts) a tenant-scoped route requires. */
    permission?: Permission;
  }
  interface FastifyRequest {
    /** The authenticated person, once the auth hook has run. */
    claims: AccessClaims | null;
    /** Tenant, person and role for routes under /tenants/:tenantId. */
    tenantScope: TenantScope | null;
  }
}

/** The request's access token as @fastify/jwt finds it: the bearer header first, else the cookie. */
function presentedToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header && /^Bearer\s/i.test(header)) {
    const parts = header.split(' ');
    return parts.length === 2 && parts[1] ? parts[1] : undefined;
  }
  return header ? undefined : request.cookies[ACCESS_COOKIE];
}

/** The verified claims of the request's access token, or null when it carries none. Throws 401 on a bad one. */
async function readClaims(request: FastifyRequest, verified: VerifiedTokens): Promise<AccessClaims | null> {
  const header = request.headers.authorization;
  if (!header && !request.cookies[ACCESS_COOKIE]) return null;
  const token = presentedToken(request);
  const known = token ? verified.get(token) : undefined;
  if (known) return known;
  try {
    const claims = await request.jwtVerify<AccessClaims & { exp: number }>();
    if (token) verified.remember(token, { sub: claims.sub, sid: claims.sid }, claims.exp);
    return claims;
  } catch (error) {
    request.log.info({ err: error }, 'access token refused');
    const code = (error as { code?: string }).code;
    throw new AppError(
      401,
      code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED' ? 'token_expired' : 'unauthenticated',
      {
        headers: { 'www-authenticate': 'Bearer' },
      },
    );
  }
}

// A UUID as PostgreSQL reads it back: 36 hex digits and dashes in any order would reach the database as a `uuid`
// and fail there (a 500); anything else here is a tenant nobody belongs to (404).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A body is coming (or already came): its transfer is not worth a pooled connection. */
const hasBody = (request: FastifyRequest) =>
  request.headers['transfer-encoding'] !== undefined ||
  (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0');

/**
 * Authentication and tenant scoping. Runs on `onRequest`, before the body is even parsed, so a request without the
 * right membership learns nothing — not even whether its body would have been valid.
 */
export default fp<{ config: Config }>(
  async (fastify, { config }) => {
    const keys = loadSigningKeys(config.JWT_PRIVATE_KEY, config.JWT_PREVIOUS_PUBLIC_KEYS);
    fastify.decorate('keys', keys);
    fastify.decorate('config', config);
    const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM, fastify.log);
    fastify.decorate('mailer', mailer);
    fastify.addHook('onClose', async () => mailer.close());

    await fastify.register(cookie);
    await fastify.register(jwt, {
      secret: {
        private: keys.current.privatePem,
        // Verification picks the public key by the token's `kid`, so rotated-out keys keep working for a while.
        // @fastify/jwt calls this with (request, decoded token); fast-jwt directly with (decoded token).
        public: async (...args: unknown[]) => {
          const decoded = args.find((arg) => typeof arg === 'object' && arg !== null && 'header' in arg) as
            { header?: { kid?: string } } | undefined;
          const kid = decoded?.header?.kid;
          const pem = kid ? keys.verifying.get(kid) : undefined;
          if (!pem) throw new Error('unknown signing key');
          return pem;
        },
      },
      decode: { complete: true },
      sign: {
        algorithm: 'EdDSA',
        kid: keys.current.kid,
        iss: config.JWT_ISSUER,
        aud: config.JWT_AUDIENCE,
        expiresIn: `${config.ACCESS_TOKEN_MINUTES}m`,
      },
      verify: {
        algorithms: ['EdDSA'],
        allowedIss: config.JWT_ISSUER,
        allowedAud: config.JWT_AUDIENCE,
        // A token without `exp` would never expire (issue 12.9): every token the API signs has one, so require it.
        requiredClaims: ['exp', 'sub', 'sid'],
      },
      cookie: { cookieName: ACCESS_COOKIE, signed: false },
    });
    await fastify.register(rateLimit, { global: false });

    fastify.decorateRequest('claims', null);
    fastify.decorateRequest('tenantScope', null);

    fastify.decorateRequest('transaction', null);
    const verified = new VerifiedTokens();

    fastify.addHook('onRequest', async (request) => {
      const mode = request.routeOptions.config.auth;
      if (!mode) return;
      request.claims = await readClaims(request, verified);
      const claims = request.claims;
      if (!claims) {
        if (mode === 'user')
          throw new AppError(401, 'unauthenticated', { headers: { 'www-authenticate': 'Bearer' } });
        return;
      }
      const tenantParam = (request.params as { tenantId?: string }).tenantId;
      const tenantId = tenantParam && UUID.test(tenantParam) ? tenantParam : null;
      const scope = { tenantId, userId: claims.sub, requestId: request.id };
      // One transaction per request: the check below opens it and the handler's work runs in it. Not for a request
      // that still has a body to send: no pooled connection waits while a client uploads (the check then runs in
      // a short transaction of its own, before the body, and the handler opens its own).
      let access: RequestEntry;
      if (hasBody(request)) {
        access = await inEnteredScope(fastify.orm, scope, claims.sid, async (_em, entry) => entry);
      } else {
        const opened = await openRequestTransaction(fastify.orm, scope, claims.sid);
        access = opened.checked;
        request.transaction = opened.transaction;
      }
      const refuse = async (error: AppError) => {
        await request.transaction?.release();
        request.transaction = null;
        return error;
      };
      // Logging out (or a detected token theft) ends the session at once, not when the access token expires:
      // the session is checked in the database on every request, whatever the token cache knows.
      if (!access.alive)
        throw await refuse(new AppError(401, 'token_expired', { headers: { 'www-authenticate': 'Bearer' } }));
      if (!tenantParam) return;
      // Looked up on every request: removing a member takes effect on their very next request.
      // Not a member: the tenant does not exist as far as this person can tell.
      if (!tenantId || !access.role) throw await refuse(new AppError(404, 'not_found'));
      const permission = request.routeOptions.config.permission;
      if (permission && !can(access.role, permission)) throw await refuse(new AppError(403, 'forbidden'));
      request.tenantScope = { tenantId, userId: claims.sub, role: access.role, requestId: request.id };
    });

    // The handler took no transaction (it failed before, or needed none): end it.
    const release = async (request: FastifyRequest) => {
      const pending = request.transaction;
      request.transaction = null;
      await pending?.release();
    };
    fastify.addHook('onResponse', release);
    fastify.addHook('onRequestAbort', release);
  },
  { name: 'auth', dependencies: ['database'] },
);

/** Runs `work` in one transaction scoped to the request's tenant (row-level security) and person (audit trail). */
export function inTenant<T>(
  request: FastifyRequest,
  work: (em: EntityManager, scope: TenantScope) => Promise<T>,
): Promise<T> {
  const scope = request.tenantScope;
  if (!scope) throw new Error(`route ${request.routeOptions.url} is not tenant-scoped`);
  return inRequestScope(request, scope, (em) => work(em, scope));
}

/**
 * Runs `work` in one transaction scoped to the request's tenant, handing it the whole `TenantContext` — the way
 * service functions are called (instead of `(em, app, tenantId, userId, …)`).
 */
export function withTenant<T>(request: FastifyRequest, work: (ctx: TenantContext) => Promise<T>): Promise<T> {
  return inTenant(request, (em, scope) => work(tenantContext(request, em, scope)));
}

const permissionSets = new Map<Role, ReadonlySet<string>>();

/** The context of a tenant-scoped request, for a transaction already opened in its scope. */
export function tenantContext(request: FastifyRequest, em: EntityManager, scope: TenantScope): TenantContext {
  const app = request.server;
  let permissions = permissionSets.get(scope.role);
  if (!permissions) {
    permissions = new Set(permissionsOf(scope.role));
    permissionSets.set(scope.role, permissions);
  }
  return {
    em,
    tenantId: scope.tenantId,
    userId: scope.userId,
    role: scope.role,
    permissions,
    plugins: { list: app.servicePlugins, legacyCentres: app.legacyCentres, jurisdiction: app.jurisdiction },
    config: app.config,
    log: request.log,
    requestId: request.id,
  };
}

/** Runs `work` in one transaction on behalf of the request's person (or anonymously), with no tenant. */
export function asPerson<T>(request: FastifyRequest, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return inRequestScope(
    request,
    { tenantId: null, userId: request.claims?.sub ?? null, requestId: request.id },
    work,
  );
}

export function setSessionCookies(
  reply: FastifyReply,
  config: Config,
  session: { accessToken: string; refreshToken: string; refreshTokenExpiresAt: Date },
): void {
  const secure = config.NODE_ENV === 'production';
  reply.setCookie(ACCESS_COOKIE, session.accessToken, {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    maxAge: config.ACCESS_TOKEN_MINUTES * 60,
  });
  reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: '/api/v1/auth',
    expires: session.refreshTokenExpiresAt,
  });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(ACCESS_COOKIE, { path: '/' });
  reply.clearCookie(REFRESH_COOKIE, { path: '/api/v1/auth' });
}
