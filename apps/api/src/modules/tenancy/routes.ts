import { describeEntries } from '../audit/index.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Invitation, readAuditTrail, Tenant, verifyAuditChain } from '@mera/db';
import { AppError, problemResponses } from '../../shared/problem.ts';
import { inTenant, withTenant } from '../../platform/auth.ts';
import { Email, Locale, RoleSchema, TenantParams, Uuid } from '../../shared/http-schemas.ts';
import {
  contractViewOf,
  contractViews,
  decideContract,
  listContracts,
  proposeContract,
} from './contracts.ts';
import { invite } from './invitations.ts';
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

const security = [{ bearer: [] }];

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

  app.get(
    '/tenants/:tenantId',
    {
      config: { auth: 'user', permission: 'tenant.read' },
      schema: {
        tags: ['tenancy'],
        summary: 'The organisation',
        operationId: 'getTenant',
        security,
        params: TenantParams,
        response: { 200: TenantSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, async (em, scope) =>
        tenantView(await em.findOneOrFail(Tenant, { id: scope.tenantId })),
      ),
  );

  app.get(
    '/tenants/:tenantId/members',
    {
      config: { auth: 'user', permission: 'members.read' },
      schema: {
        tags: ['tenancy'],
        summary: 'Members and their roles',
        operationId: 'listMembers',
        security,
        params: TenantParams,
        response: { 200: Type.Array(MemberSchema), ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => listMembers(ctx)),
  );

  app.patch(
    '/tenants/:tenantId/members/:membershipId',
    {
      config: { auth: 'user', permission: 'members.manage' },
      schema: {
        tags: ['tenancy'],
        summary: "Change a member's role",
        operationId: 'changeMemberRole',
        security,
        params: Type.Object({ tenantId: Uuid, membershipId: Uuid }),
        body: Type.Object({ role: RoleSchema }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await withTenant(request, (ctx) => changeRole(ctx, request.params.membershipId, request.body.role));
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/tenants/:tenantId/members/:membershipId',
    {
      config: { auth: 'user', permission: 'members.manage' },
      schema: {
        tags: ['tenancy'],
        summary: 'Remove a member (takes effect on their next request)',
        operationId: 'removeMember',
        security,
        params: Type.Object({ tenantId: Uuid, membershipId: Uuid }),
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await withTenant(request, (ctx) => removeMember(ctx, request.params.membershipId));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/tenants/:tenantId/invitations',
    {
      config: { auth: 'user', permission: 'invitations.manage' },
      schema: {
        tags: ['tenancy'],
        summary: 'Invitations sent',
        operationId: 'listInvitations',
        security,
        params: TenantParams,
        response: { 200: Type.Array(InvitationSchema), ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, async (em, scope) =>
        (await em.find(Invitation, { tenantId: scope.tenantId }, { orderBy: { createdAt: 'desc' } })).map(
          invitationView,
        ),
      ),
  );

  app.post(
    '/tenants/:tenantId/invitations',
    {
      config: { auth: 'user', permission: 'invitations.manage' },
      schema: {
        tags: ['tenancy'],
        summary: 'Invite someone by e-mail (the link expires after 7 days)',
        operationId: 'invite',
        security,
        params: TenantParams,
        body: Type.Object(
          { email: Email, role: RoleSchema, locale: Type.Optional(Locale) },
          { additionalProperties: false },
        ),
        response: { 201: InvitationSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      const { invitation, mail } = await withTenant(request, (ctx) =>
        invite(ctx, email, request.body.role, request.body.locale ?? 'bg'),
      );
      await app.mailer
        .send(mail)
        .catch((err: unknown) => request.log.error({ err }, 'invitation e-mail could not be sent'));
      return reply.status(201).send(invitationView(invitation));
    },
  );

  app.delete(
    '/tenants/:tenantId/invitations/:invitationId',
    {
      config: { auth: 'user', permission: 'invitations.manage' },
      schema: {
        tags: ['tenancy'],
        summary: 'Withdraw an invitation',
        operationId: 'revokeInvitation',
        security,
        params: Type.Object({ tenantId: Uuid, invitationId: Uuid }),
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await inTenant(request, async (em, scope) => {
        const invitation = await em.findOne(Invitation, {
          tenantId: scope.tenantId,
          id: request.params.invitationId,
        });
        if (!invitation) throw new AppError(404, 'not_found');
        invitation.revokedAt ??= new Date();
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/tenants/:tenantId/audit',
    {
      config: { auth: 'user', permission: 'audit.read' },
      schema: {
        tags: ['tenancy'],
        summary: 'The audit trail, newest first',
        operationId: 'readAudit',
        security,
        params: TenantParams,
        querystring: Type.Object({
          before: Type.Optional(Type.Integer({ minimum: 1 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
        }),
        response: { 200: Type.Array(AuditEntrySchema), ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, async (em) =>
        describeEntries(
          em,
          await readAuditTrail(em, {
            limit: request.query.limit ?? 50,
            ...(request.query.before ? { beforeSeq: request.query.before } : {}),
          }),
        ),
      ),
  );

  app.get(
    '/tenants/:tenantId/audit/verification',
    {
      config: { auth: 'user', permission: 'audit.read' },
      schema: {
        tags: ['tenancy'],
        summary: 'Recompute the hash chain of the audit trail',
        operationId: 'verifyAudit',
        security,
        params: TenantParams,
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            checked: Type.Integer(),
            brokenAt: Type.Optional(Type.Object({ seq: Type.Integer(), reason: Type.String() })),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => inTenant(request, (em) => verifyAuditChain(em)),
  );

  app.get(
    '/tenants/:tenantId/contracts',
    {
      config: { auth: 'user', permission: 'contracts.read' },
      schema: {
        tags: ['commissioning'],
        summary: 'Commissioning contracts this organisation is a party to',
        operationId: 'listContracts',
        security,
        params: TenantParams,
        response: { 200: Type.Array(ContractSchema), ...problemResponses },
      },
    },
    async (request) => inTenant(request, async (em) => contractViews(em, await listContracts(em))),
  );

  app.post(
    '/tenants/:tenantId/contracts',
    {
      config: { auth: 'user', permission: 'contracts.manage' },
      schema: {
        tags: ['commissioning'],
        summary: "A municipality proposes a commissioning contract for a provider's service",
        operationId: 'proposeContract',
        security,
        params: TenantParams,
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
        response: { 201: ContractSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) =>
        contractViewOf(ctx.em, await proposeContract(ctx, request.body)),
      );
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/tenants/:tenantId/contracts/:contractId/decision',
    {
      config: { auth: 'user', permission: 'contracts.manage' },
      schema: {
        tags: ['commissioning'],
        summary: 'The provider accepts or declines; the municipality ends',
        operationId: 'decideContract',
        security,
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
        response: { 200: ContractSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, async (ctx) => {
        const contract = await decideContract(
          ctx,
          request.params.contractId,
          request.body.decision,
          request.body.serviceId,
        );
        return contractViewOf(ctx.em, contract);
      }),
  );
};

export default tenancy;
