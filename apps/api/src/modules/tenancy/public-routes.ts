import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppUser, inScope, Tenant } from '@mera/db';
import { AppError, problemResponses } from '../../shared/problem.ts';
import { asPerson, setSessionCookies } from '../../platform/auth.ts';
import { checkPassword, hashPassword, SessionSchema, issueSession, perVisitor } from '../identity/index.ts';
import { Email, Locale, Password, RoleSchema, TenantKindSchema, Uuid } from '../../shared/http-schemas.ts';
import { acceptInvitation, findUsableInvitation, parseInvitationToken } from './invitations.ts';
import { createTenantAsOperator } from './operator.ts';
import { TenantSchema, tenantView } from './schemas.ts';

const TokenParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 200 }) });

/** Invitation links (opened before the person has an account here) and the platform operator's API. */
const publicRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/invitations/:token',
    {
      config: { rateLimit: perVisitor(30, '1 minute') },
      schema: {
        tags: ['tenancy'],
        summary: 'What an invitation link offers',
        operationId: 'previewInvitation',
        params: TokenParams,
        response: {
          200: Type.Object({
            tenantName: Type.String(),
            role: RoleSchema,
            email: Type.String(),
            expiresAt: Type.String({ format: 'date-time' }),
            accountExists: Type.Boolean(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const { tenantId, secret } = parseInvitationToken(request.params.token);
      return inScope(app.orm, { tenantId, userId: null, requestId: request.id }, async (em) => {
        const invitation = await findUsableInvitation(em, tenantId, secret);
        const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
        return {
          tenantName: tenant.legalName,
          role: invitation.role,
          email: invitation.email,
          expiresAt: invitation.expiresAt.toISOString(),
          accountExists: (await em.findOne(AppUser, { email: invitation.email })) !== null,
        };
      });
    },
  );

  app.post(
    '/invitations/:token/accept',
    {
      config: { auth: 'optional', rateLimit: perVisitor(20, '1 minute') },
      schema: {
        tags: ['tenancy'],
        summary: 'Accept an invitation — logged in, or creating an account with the invited e-mail',
        operationId: 'acceptInvitation',
        params: TokenParams,
        body: Type.Optional(
          Type.Object(
            {
              displayName: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
              password: Type.Optional(Password),
              locale: Type.Optional(Locale),
            },
            { additionalProperties: false },
          ),
        ),
        response: {
          200: Type.Object({ tenantId: Uuid, membershipId: Uuid }),
          201: SessionSchema,
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { tenantId, secret } = parseInvitationToken(request.params.token);
      const userId = request.claims?.sub ?? null;
      const outcome = await inScope(app.orm, { tenantId, userId, requestId: request.id }, async (em) => {
        const invitation = await findUsableInvitation(em, tenantId, secret);
        if (userId) {
          const user = await em.findOneOrFail(AppUser, { id: userId });
          const membership = await acceptInvitation(em, invitation, user);
          return { kind: 'joined' as const, membershipId: membership.id };
        }
        if (await em.findOne(AppUser, { email: invitation.email }))
          throw new AppError(401, 'unauthenticated');
        const { displayName, password } = request.body ?? {};
        const fields = [];
        if (!displayName) fields.push({ field: 'body.displayName', rule: 'required' });
        if (!password) fields.push({ field: 'body.password', rule: 'required' });
        const weak = password ? checkPassword(password, invitation.email, 'body.password') : undefined;
        if (weak) fields.push(weak);
        if (fields.length) throw new AppError(400, 'validation_failed', { fields });
        // The invitation reached this address, so it counts as verified.
        const user = em.create(AppUser, {
          email: invitation.email,
          displayName: (displayName ?? '').trim(),
          passwordHash: await hashPassword(password ?? ''),
          locale: request.body?.locale ?? 'bg',
          emailVerifiedAt: new Date(),
        });
        await em.flush();
        await acceptInvitation(em, invitation, user);
        return { kind: 'registered' as const, session: issueSession(em, app, user.id) };
      });
      if (outcome.kind === 'joined') return { tenantId, membershipId: outcome.membershipId };
      setSessionCookies(reply, app.config, outcome.session);
      return reply.status(201).send({
        accessToken: outcome.session.accessToken,
        accessTokenExpiresAt: outcome.session.accessTokenExpiresAt.toISOString(),
        refreshToken: outcome.session.refreshToken,
        refreshTokenExpiresAt: outcome.session.refreshTokenExpiresAt.toISOString(),
      });
    },
  );

  app.post(
    '/operator/tenants',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['operator'],
        summary: 'Platform operators create municipality and agency tenants',
        operationId: 'createTenant',
        security: [{ bearer: [] }],
        body: Type.Object(
          {
            kind: TenantKindSchema,
            legalName: Type.String({ minLength: 2, maxLength: 300, default: 'Община' }),
            eik: Type.String({ pattern: '^[0-9]{9}([0-9]{4})?$', default: '000696327' }),
            address: Type.Optional(Type.String({ maxLength: 500 })),
            contactEmail: Type.Optional(Email),
            adminEmail: Type.Optional(Email),
          },
          { additionalProperties: false },
        ),
        response: { 201: TenantSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await asPerson(request, async (em) => {
        const me = await em.findOne(AppUser, { id: request.claims?.sub ?? '' });
        if (!me?.isOperator) throw new AppError(403, 'forbidden');
        return createTenantAsOperator(em, app, request.body, me.id);
      });
      if (result.mail) {
        await app.mailer
          .send(result.mail)
          .catch((err: unknown) => request.log.error({ err }, 'invitation e-mail could not be sent'));
      }
      return reply.status(201).send(tenantView(result.tenant));
    },
  );
};

export default publicRoutes;
