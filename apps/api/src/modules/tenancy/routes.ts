import { describeEntries } from '../audit/index.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Invitation, readAuditTrail, Tenant, verifyAuditChain } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { Email, Locale, RoleSchema, Uuid } from '../../shared/http-schemas.ts';
import {
  contractViewOf,
  contractViews,
  decideContract,
  listContracts,
  proposeContract,
} from './contracts.ts';
import { invite } from './invitations.ts';
import { mailingRoutes } from './mailing-routes.ts';
import { changeRole, listMembers, removeMember } from './members.ts';
import {
  AuditEntrySchema,
  ContractFundingInput,
  ContractSchema,
  YearlyAmountInput,
  InvitationSchema,
  MemberSchema,
  TenantSchema,
  tenantView,
} from './schemas.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

function invitationView(i: Invitation) {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    expiresAt: i.expiresAt.toISOString(),
    acceptedAt: i.acceptedAt ? i.acceptedAt.toISOString() : null,
    revokedAt: i.revokedAt ? i.revokedAt.toISOString() : null,
  };
}

/** Everything under /tenants/:tenantId — the auth hook has checked membership and permission before these run. */
const tenancy: FastifyPluginAsyncTypebox = async (app) => {
  for (const schema of [TenantSchema, MemberSchema, InvitationSchema, ContractSchema, AuditEntrySchema]) {
    app.addSchema(schema);
  }
  const routes = tenantRoutes(app, ['tenancy']);
  const commissioning = tenantRoutes(app, ['commissioning']);
  const MembershipParams = Type.Object({ tenantId: Uuid, membershipId: Uuid });

  routes.get(
    '/tenants/:tenantId',
    {
      permission: 'tenant.read',
      summary: 'The organisation',
      operationId: 'getTenant',
      ok: TenantSchema,
    },
    async ({ em, tenantId }) => tenantView(await em.findOneOrFail(Tenant, { id: tenantId })),
  );

  routes.get(
    '/tenants/:tenantId/members',
    {
      permission: 'members.read',
      summary: 'Members and their roles',
      operationId: 'listMembers',
      ok: Type.Array(MemberSchema),
    },
    (ctx) => listMembers(ctx),
  );

  routes.patch(
    '/tenants/:tenantId/members/:membershipId',
    {
      permission: 'members.manage',
      summary: "Change a member's role",
      operationId: 'changeMemberRole',
      params: MembershipParams,
      body: Type.Object({ role: RoleSchema }, { additionalProperties: false }),
      noContent: true,
    },
    (ctx, { params, body }) => changeRole(ctx, params.membershipId, body.role),
  );

  routes.delete(
    '/tenants/:tenantId/members/:membershipId',
    {
      permission: 'members.manage',
      summary: 'Remove a member (takes effect on their next request)',
      operationId: 'removeMember',
      params: MembershipParams,
      noContent: true,
    },
    (ctx, { params }) => removeMember(ctx, params.membershipId),
  );

  routes.get(
    '/tenants/:tenantId/invitations',
    {
      permission: 'invitations.manage',
      summary: 'Invitations sent',
      operationId: 'listInvitations',
      ok: Type.Array(InvitationSchema),
    },
    async ({ em, tenantId }) =>
      (await em.find(Invitation, { tenantId }, { orderBy: { createdAt: 'desc' } })).map(invitationView),
  );

  mailingRoutes(app, ['tenancy']).post(
    '/tenants/:tenantId/invitations',
    {
      permission: 'invitations.manage',
      summary: 'Invite someone by e-mail (the link expires after 7 days)',
      operationId: 'invite',
      body: Type.Object(
        { email: Email, role: RoleSchema, locale: Type.Optional(Locale) },
        { additionalProperties: false },
      ),
      created: InvitationSchema,
    },
    async (ctx, { body }) => {
      const email = body.email.trim().toLowerCase();
      const { invitation, mail } = await invite(ctx, email, body.role, body.locale ?? 'bg');
      return { answer: invitationView(invitation), mail };
    },
  );

  routes.delete(
    '/tenants/:tenantId/invitations/:invitationId',
    {
      permission: 'invitations.manage',
      summary: 'Withdraw an invitation',
      operationId: 'revokeInvitation',
      params: Type.Object({ tenantId: Uuid, invitationId: Uuid }),
      noContent: true,
    },
    async ({ em, tenantId }, { params }) => {
      const invitation = await em.findOne(Invitation, { tenantId, id: params.invitationId });
      if (!invitation) throw new AppError(404, 'not_found');
      invitation.revokedAt ??= new Date();
    },
  );

  routes.get(
    '/tenants/:tenantId/audit',
    {
      permission: 'audit.read',
      summary: 'The audit trail, newest first',
      operationId: 'readAudit',
      querystring: Type.Object({
        before: Type.Optional(Type.Integer({ minimum: 1 })),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
      }),
      ok: Type.Array(AuditEntrySchema),
    },
    async ({ em }, { query }) =>
      describeEntries(
        em,
        await readAuditTrail(em, {
          limit: query.limit ?? 50,
          ...(query.before ? { beforeSeq: query.before } : {}),
        }),
      ),
  );

  routes.get(
    '/tenants/:tenantId/audit/verification',
    {
      permission: 'audit.read',
      summary: 'Recompute the hash chain of the audit trail',
      operationId: 'verifyAudit',
      ok: Type.Object({
        ok: Type.Boolean(),
        checked: Type.Integer(),
        brokenAt: Type.Optional(Type.Object({ seq: Type.Integer(), reason: Type.String() })),
      }),
    },
    ({ em }) => verifyAuditChain(em),
  );

  commissioning.get(
    '/tenants/:tenantId/contracts',
    {
      permission: 'contracts.read',
      summary: 'Commissioning contracts this organisation is a party to',
      operationId: 'listContracts',
      ok: Type.Array(ContractSchema),
    },
    async ({ em }) => contractViews(em, await listContracts(em)),
  );

  commissioning.post(
    '/tenants/:tenantId/contracts',
    {
      permission: 'contracts.manage',
      summary: "A municipality proposes a commissioning contract for a provider's service",
      operationId: 'proposeContract',
      body: Type.Object(
        {
          providerTenantId: Type.Optional(Uuid),
          providerEik: Type.Optional(
            Type.String({
              pattern: '^[0-9]{9}([0-9]{4})?$',
              default: '000696327',
              description: 'The provider’s ЕИК/БУЛСТАТ',
            }),
          ),
          serviceId: Type.Optional(Type.Union([Uuid, Type.Null()])),
          serviceDescription: Type.Optional(
            Type.Union([Type.String({ minLength: 2, maxLength: 500 }), Type.Null()]),
          ),
          basis: Type.String({ minLength: 2, maxLength: 500, default: 'Договор' }),
          startsOn: DateOnly({ default: '2026-01-01' }),
          endsOn: DateOnly({ default: '2026-12-31' }),
          funding: Type.Optional(ContractFundingInput),
          yearlyAmountEur: Type.Optional(YearlyAmountInput),
        },
        { additionalProperties: false },
      ),
      created: ContractSchema,
    },
    async (ctx, { body }) => contractViewOf(ctx.em, await proposeContract(ctx, body)),
  );

  commissioning.post(
    '/tenants/:tenantId/contracts/:contractId/decision',
    {
      permission: 'contracts.manage',
      summary: 'The provider accepts or declines; the municipality ends',
      operationId: 'decideContract',
      params: Type.Object({ tenantId: Uuid, contractId: Uuid }),
      body: Type.Object(
        {
          decision: Type.Union([Type.Literal('accept'), Type.Literal('decline'), Type.Literal('end')], {
            default: 'accept',
          }),
          // Which of the provider's services, when the contract names none yet (the provider, accepting).
          serviceId: Type.Optional(Uuid),
        },
        { additionalProperties: false },
      ),
      ok: ContractSchema,
    },
    async (ctx, { params, body }) =>
      contractViewOf(ctx.em, await decideContract(ctx, params.contractId, body.decision, body.serviceId)),
  );
};

export default tenancy;
