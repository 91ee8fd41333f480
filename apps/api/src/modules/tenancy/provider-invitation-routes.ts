import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { inScope, NO_TENANT } from '@mera/db';
import { problemResponses } from '../../shared/problem.ts';
import { withTenant } from '../../platform/auth.ts';
import type { Mail } from '../../platform/mailer.ts';
import { DateTime, Email, Locale, TenantParams, Uuid } from '../../shared/http-schemas.ts';
import { perVisitor } from '../identity/index.ts';
import {
  cancelProviderInvitation,
  inviteProvider,
  listProviderInvitations,
  previewProviderInvitation,
  providerInvitationView,
  resendProviderInvitation,
} from './provider-invitations.ts';
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
const security = [{ bearer: [] }];
const tags = ['commissioning'];

/**
 * Contracts proposed to providers not yet on Mera: the municipality invites them by e-mail, sees what waits, sends
 * a link again or cancels; the link's preview for the sign-up page is public (the link is the credential).
 */
const providerInvitations: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(ProviderInvitationSchema);

  const send = (mail: Mail, log: { error: (o: object, m: string) => void }) =>
    app.mailer.send(mail).catch((err: unknown) => log.error({ err }, 'invitation e-mail could not be sent'));

  app.get(
    '/tenants/:tenantId/provider-invitations',
    {
      config: { auth: 'user', permission: 'contracts.read' },
      schema: {
        tags,
        summary: 'Contracts proposed to providers not yet on Mera (pending first)',
        operationId: 'listProviderInvitations',
        security,
        params: TenantParams,
        response: { 200: Type.Array(ProviderInvitationSchema), ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => listProviderInvitations(ctx)),
  );

  app.post(
    '/tenants/:tenantId/provider-invitations',
    {
      config: { auth: 'user', permission: 'contracts.manage' },
      schema: {
        tags,
        summary:
          'Propose a contract to a provider not yet on Mera: stores the proposal and e-mails a sign-up link',
        operationId: 'inviteProvider',
        security,
        params: TenantParams,
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
        response: { 201: ProviderInvitationSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { invitation, mail } = await withTenant(request, (ctx) => inviteProvider(ctx, request.body));
      await send(mail, request.log);
      return reply.status(201).send(providerInvitationView(invitation));
    },
  );

  app.post(
    '/tenants/:tenantId/provider-invitations/:providerInvitationId/resend',
    {
      config: { auth: 'user', permission: 'contracts.manage' },
      schema: {
        tags,
        summary:
          'Send the sign-up link again: a new link, valid for another period; the old one stops working',
        operationId: 'resendProviderInvitation',
        security,
        params: Params,
        body: VersionBody,
        response: { 200: ProviderInvitationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { invitation, mail } = await withTenant(request, (ctx) =>
        resendProviderInvitation(
          ctx,
          request.params.providerInvitationId,
          request.body.version,
          request.body.locale ?? 'bg',
        ),
      );
      await send(mail, request.log);
      return providerInvitationView(invitation);
    },
  );

  app.post(
    '/tenants/:tenantId/provider-invitations/:providerInvitationId/cancel',
    {
      config: { auth: 'user', permission: 'contracts.manage' },
      schema: {
        tags,
        summary: 'Cancel a pending invitation: its link stops working',
        operationId: 'cancelProviderInvitation',
        security,
        params: Params,
        body: VersionBody,
        response: { 200: ProviderInvitationSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, async (ctx) =>
        providerInvitationView(
          await cancelProviderInvitation(ctx, request.params.providerInvitationId, request.body.version),
        ),
      ),
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
