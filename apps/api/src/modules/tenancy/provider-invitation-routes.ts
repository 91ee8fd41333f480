import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { inScope, NO_TENANT } from '@mera/db';
import { problemResponses } from '../../shared/problem.ts';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { DateTime, Email, Locale, Uuid } from '../../shared/http-schemas.ts';
import { perVisitor } from '../identity/index.ts';
import {
  cancelProviderInvitation,
  inviteProvider,
  listProviderInvitations,
  previewProviderInvitation,
  providerInvitationView,
  resendProviderInvitation,
} from './provider-invitations.ts';
import { mailingRoutes } from './mailing-routes.ts';
import { ContractFundingInput, ContractFundingSchema, YearlyAmountInput } from './schemas.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

const ProviderInvitationSchema = Type.Object(
  {
    id: Uuid,
    providerEik: Type.String(),
    email: Type.String(),
    serviceDescription: Type.String(),
    basis: Type.String(),
    startsOn: DateOnly(),
    endsOn: DateOnly(),
    funding: Type.Union([ContractFundingSchema, Type.Null()]),
    yearlyAmountEur: Type.Union([Type.Number(), Type.Null()]),
    status: Type.Union([Type.Literal('pending'), Type.Literal('used'), Type.Literal('cancelled')], {
      description: 'pending: waiting for the provider to sign up; used: the contract was proposed to it',
    }),
    createdAt: DateTime,
    sentAt: DateTime,
    expiresAt: DateTime,
    expired: Type.Boolean({ description: 'Pending, but the link has expired: send it again' }),
    usedAt: Type.Union([DateTime, Type.Null()]),
    providerTenantId: Type.Union([Uuid, Type.Null()]),
    contractId: Type.Union([Uuid, Type.Null()], { description: 'The contract proposed at sign-up' }),
    version: Type.Integer({ description: 'Send it back to resend or cancel: a stale version is a 409' }),
  },
  { $id: 'ProviderInvitation' },
);

const Params = Type.Object({ tenantId: Uuid, providerInvitationId: Uuid });
const VersionBody = Type.Object(
  { version: Type.Integer({ minimum: 1, default: 1 }), locale: Type.Optional(Locale) },
  { additionalProperties: false },
);
const tags = ['commissioning'];

/**
 * Contracts proposed to providers not yet on Mera: the municipality invites them by e-mail, sees what waits, sends
 * a link again or cancels; the link's preview for the sign-up page is public (the link is the credential).
 */
const providerInvitations: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(ProviderInvitationSchema);
  const routes = tenantRoutes(app, tags);
  const mailing = mailingRoutes(app, tags);

  routes.get(
    '/tenants/:tenantId/provider-invitations',
    {
      permission: 'contracts.read',
      summary: 'Contracts proposed to providers not yet on Mera (pending first)',
      operationId: 'listProviderInvitations',
      ok: Type.Array(ProviderInvitationSchema),
    },
    (ctx) => listProviderInvitations(ctx),
  );

  mailing.post(
    '/tenants/:tenantId/provider-invitations',
    {
      permission: 'contracts.manage',
      summary:
        'Propose a contract to a provider not yet on Mera: stores the proposal and e-mails a sign-up link',
      operationId: 'inviteProvider',
      body: Type.Object(
        {
          providerEik: Type.String({
            pattern: '^[0-9]{9}([0-9]{4})?$',
            default: '121212121',
            description: 'The provider’s ЕИК/БУЛСТАТ; it must sign up with the same one',
          }),
          email: Email,
          serviceDescription: Type.String({ minLength: 2, maxLength: 500, default: 'Услуга' }),
          basis: Type.String({ minLength: 2, maxLength: 500, default: 'Договор' }),
          startsOn: DateOnly({ default: '2026-01-01' }),
          endsOn: DateOnly({ default: '2026-12-31' }),
          funding: Type.Optional(ContractFundingInput),
          yearlyAmountEur: Type.Optional(YearlyAmountInput),
          locale: Type.Optional(Locale),
        },
        { additionalProperties: false },
      ),
      created: ProviderInvitationSchema,
    },
    async (ctx, { body }) => {
      const { invitation, mail } = await inviteProvider(ctx, body);
      return { answer: providerInvitationView(invitation), mail };
    },
  );

  mailing.post(
    '/tenants/:tenantId/provider-invitations/:providerInvitationId/resend',
    {
      permission: 'contracts.manage',
      summary: 'Send the sign-up link again: a new link, valid for another period; the old one stops working',
      operationId: 'resendProviderInvitation',
      params: Params,
      body: VersionBody,
      ok: ProviderInvitationSchema,
    },
    async (ctx, { params, body }) => {
      const { invitation, mail } = await resendProviderInvitation(
        ctx,
        params.providerInvitationId,
        body.version,
        body.locale ?? 'bg',
      );
      return { answer: providerInvitationView(invitation), mail };
    },
  );

  routes.post(
    '/tenants/:tenantId/provider-invitations/:providerInvitationId/cancel',
    {
      permission: 'contracts.manage',
      summary: 'Cancel a pending invitation: its link stops working',
      operationId: 'cancelProviderInvitation',
      params: Params,
      body: VersionBody,
      ok: ProviderInvitationSchema,
    },
    async (ctx, { params, body }) =>
      providerInvitationView(await cancelProviderInvitation(ctx, params.providerInvitationId, body.version)),
  );

  app.get(
    '/provider-invitations/:token',
    {
      config: { rateLimit: perVisitor(30, '1 minute') },
      schema: {
        tags,
        summary: 'What a provider’s sign-up link offers (for the sign-up page)',
        operationId: 'previewProviderInvitation',
        params: Type.Object({ token: Type.String({ minLength: 20, maxLength: 200 }) }),
        response: {
          200: Type.Object({
            municipalityName: Type.String(),
            providerEik: Type.String({ description: 'The ЕИК the organisation must sign up with' }),
            email: Type.String(),
            serviceDescription: Type.String(),
            expiresAt: DateTime,
            accountExists: Type.Boolean(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      inScope(app.orm, { tenantId: NO_TENANT, userId: null, requestId: request.id }, (em) =>
        previewProviderInvitation(em, request.params.token),
      ),
  );
};

export default providerInvitations;
