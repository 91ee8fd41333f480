import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import jwt from '@fastify/jwt';
import pg from 'pg';
// The very same permission table Mera checks (a plain data module with no dependencies).
import { can, permissionsOf, type Permission } from '../../apps/api/src/platform/permissions.ts';
import type { Role } from '@mera/db';
import { ACCESS, BARE, inTransaction, ME, MEMBERS } from './sql.ts';

/**
 * The baselines Mera is measured against (issue 15): the same work, done well, in bare Fastify + `pg` with the same
 * token library and configuration (@fastify/jwt over fast-jwt, EdDSA, `kid` lookup, issuer and audience checked),
 * the same database, role (`mera_app`, under row-level security) and permission table, the same response shapes.
 *
 * - `GET /api/v1/me`, `GET /api/v1/tenants/:tenantId/members`: one transaction per request, one `set_config`
 *   round, the session (and membership) check as one statement, the work as one statement;
 * - `GET /bare/me`: the bare minimum — the token and one SELECT, no transaction.
 *
 * Environment: DATABASE_URL, JWT_PUBLIC_KEY, JWT_ISSUER, JWT_AUDIENCE, DB_POOL_SIZE, HOST, PORT.
 */
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
};

interface Claims {
  sub: string;
  sid: string;
}

const pool = new pg.Pool({ connectionString: env('DATABASE_URL'), max: Number(env('DB_POOL_SIZE')) });
const app = Fastify({ logger: false, genReqId: () => randomUUID() });
const verifying = new Map([['current', env('JWT_PUBLIC_KEY')]]);

await app.register(jwt, {
  // Mera signs with a `kid`; any kid maps to the one public key here (the lookup itself is what Mera does too).
  secret: {
    private: 'unused: the baseline only verifies',
    public: async () => verifying.get('current') ?? '',
  },
  decode: { complete: true },
  verify: { algorithms: ['EdDSA'], allowedIss: env('JWT_ISSUER'), allowedAud: env('JWT_AUDIENCE') },
});
app.addHook('onSend', async (request, reply) => {
  reply.header('x-request-id', request.id);
});

async function claimsOf(request: FastifyRequest, reply: FastifyReply): Promise<Claims | null> {
  try {
    return await request.jwtVerify<Claims>();
  } catch {
    await reply.code(401).header('www-authenticate', 'Bearer').send({ code: 'unauthenticated' });
    return null;
  }
}

const Uuid = { type: 'string', format: 'uuid' } as const;
const MembershipSummary = {
  type: 'object',
  properties: {
    membershipId: Uuid,
    tenantId: Uuid,
    tenantName: { type: 'string' },
    tenantKind: { type: 'string' },
    role: { type: 'string' },
    permissions: { type: 'array', items: { type: 'string' } },
  },
} as const;
const Me = {
  type: 'object',
  properties: {
    id: Uuid,
    email: { type: 'string' },
    displayName: { type: 'string' },
    locale: { type: 'string' },
    isOperator: { type: 'boolean' },
    memberships: { type: 'array', items: MembershipSummary },
  },
} as const;
const Problem = { type: 'object', properties: { code: { type: 'string' } } } as const;
const problems = { 401: Problem, 403: Problem, 404: Problem } as const;
const Member = {
  type: 'object',
  properties: {
    id: Uuid,
    userId: Uuid,
    displayName: { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string' },
    since: { type: 'string', format: 'date-time' },
  },
} as const;

app.get(
  '/healthz',
  { schema: { response: { 200: { type: 'object', properties: { status: { type: 'string' } } } } } },
  async () => ({
    status: 'ok',
  }),
);

app.get('/api/v1/me', { schema: { response: { 200: Me, ...problems } } }, async (request, reply) => {
  const claims = await claimsOf(request, reply);
  if (!claims) return reply;
  const row = await inTransaction(
    pool,
    { tenantId: null, userId: claims.sub, requestId: request.id },
    async (client) => {
      const { rows } = await client.query<{
        id: string;
        email: string;
        display_name: string;
        locale: string;
        is_operator: boolean;
        alive: boolean;
        memberships: {
          membershipId: string;
          tenantId: string;
          tenantName: string;
          tenantKind: string;
          role: Role;
        }[];
      }>(ME, [claims.sub, claims.sid]);
      return rows[0];
    },
  );
  if (!row?.alive)
    return reply.code(401).header('www-authenticate', 'Bearer').send({ code: 'token_expired' });
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    isOperator: row.is_operator,
    memberships: row.memberships
      .map((m) => ({ ...m, permissions: permissionsOf(m.role) }))
      .sort((a, b) => a.tenantName.localeCompare(b.tenantName, 'bg')),
  };
});

app.get<{ Params: { tenantId: string } }>(
  '/api/v1/tenants/:tenantId/members',
  {
    schema: {
      params: { type: 'object', properties: { tenantId: Uuid }, required: ['tenantId'] },
      response: { 200: { type: 'array', items: Member }, ...problems },
    },
  },
  async (request, reply) => {
    const claims = await claimsOf(request, reply);
    if (!claims) return reply;
    const { tenantId } = request.params;
    const permission: Permission = 'members.read';
    const outcome = await inTransaction(
      pool,
      { tenantId, userId: claims.sub, requestId: request.id },
      async (client) => {
        const { rows } = await client.query<{ alive: boolean; role: Role | null }>(ACCESS, [
          tenantId,
          claims.sub,
          claims.sid,
        ]);
        const access = rows[0];
        if (!access?.alive) return { status: 401 as const };
        if (!access.role) return { status: 404 as const };
        if (!can(access.role, permission)) return { status: 403 as const };
        return { status: 200 as const, members: (await client.query(MEMBERS, [tenantId])).rows };
      },
    );
    if (outcome.status !== 200) return reply.code(outcome.status).send({ code: String(outcome.status) });
    return outcome.members;
  },
);

app.get(
  '/bare/me',
  { schema: { response: { 200: { type: 'object', additionalProperties: true }, ...problems } } },
  async (request, reply) => {
    const claims = await claimsOf(request, reply);
    if (!claims) return reply;
    const { rows } = await pool.query(BARE, [claims.sub]);
    return rows[0] ?? reply.code(404).send({ code: 'not_found' });
  },
);

const close = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', close);
process.once('SIGINT', close);
await app.listen({ host: process.env['HOST'] ?? '127.0.0.1', port: Number(process.env['PORT'] ?? 0) });
