import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppUser, sqlOf, type EntityManager } from '@mera/db';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { AppError, problemResponses } from '../../shared/problem.ts';
import { asPerson, clearSessionCookies, REFRESH_COOKIE, setSessionCookies } from '../../platform/auth.ts';
import { permissionsOf } from '../../platform/permissions.ts';
import { changePassword, logIn, sendVerification, signUp, validateSignup, verifyEmail } from './accounts.ts';
import { Email, Locale, Password } from '../../shared/http-schemas.ts';
import { Me, SessionSchema } from './schemas.ts';
import {
  requestPasswordReset,
  requestVerificationAgain,
  resetPassword,
  sendPasswordReset,
  type LinkToSend,
} from './recovery.ts';
import { endOtherSessions, endSession, rotateSession, type Session } from './sessions.ts';
import { perVisitor } from './visitor.ts';

const LegalName = Type.String({ minLength: 2, maxLength: 300, default: 'Сдружение' });
const Eik = Type.String({ pattern: '^[0-9]{9}([0-9]{4})?$', default: '121212121' });

const SignupBody = Type.Object(
  {
    organisation: Type.Object(
      {
        legalName: LegalName,
        eik: Eik,
        address: Type.Optional(Type.String({ maxLength: 500 })),
        contactEmail: Type.Optional(Email),
      },
      { additionalProperties: false },
    ),
    admin: Type.Object(
      {
        displayName: Type.String({ minLength: 2, maxLength: 200, default: 'Име' }),
        email: Email,
        password: Password,
      },
      { additionalProperties: false },
    ),
    locale: Type.Optional(Locale),
    invitation: Type.Optional(
      Type.String({
        minLength: 20,
        maxLength: 200,
        description:
          "A municipality's invitation link token: the organisation's ЕИК must match, and the waiting contract is proposed to it",
      }),
    ),
  },
  { additionalProperties: false },
);

// Counted per visitor (the web app names them; see visitor.ts), not per web server: issue 12.5.
const rateLimited = { rateLimit: perVisitor(20, '1 minute') };
// Asking for an e-mail link: per visitor here, and per account in recovery.ts (LINKS_PER_HOUR).
const linkRequests = { rateLimit: perVisitor(5, '15 minutes') };
const Token = Type.String({ minLength: 10, maxLength: 200, default: 'xxxxxxxxxxxx' });
const EmailRequest = Type.Object({ email: Email }, { additionalProperties: false });

function sessionBody(session: Session) {
  return {
    accessToken: session.accessToken,
    accessTokenExpiresAt: session.accessTokenExpiresAt.toISOString(),
    refreshToken: session.refreshToken,
    refreshTokenExpiresAt: session.refreshTokenExpiresAt.toISOString(),
  };
}

/** The person and their memberships (row-level security: own_memberships): one statement, nothing hydrated. */
export async function loadMe(em: EntityManager, userId: string) {
  const user = await sqlOf(em)
    .selectFrom('app_user as u')
    .select((eb) => [
      'u.id',
      'u.email',
      'u.display_name',
      'u.locale',
      'u.is_operator',
      jsonArrayFrom(
        eb
          .selectFrom('membership as m')
          .leftJoin('tenant as t', 't.id', 'm.tenant_id')
          .select(['m.id', 'm.tenant_id', 'm.role', 't.legal_name', 't.kind'])
          .whereRef('m.user_id', '=', 'u.id'),
      ).as('memberships'),
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!user) throw new AppError(404, 'not_found');
  const memberships = user.memberships;
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    locale: user.locale,
    isOperator: user.is_operator,
    memberships: memberships
      .map((m) => ({
        membershipId: m.id,
        tenantId: m.tenant_id,
        tenantName: m.legal_name ?? '',
        tenantKind: m.kind ?? 'provider',
        role: m.role,
        permissions: permissionsOf(m.role),
      }))
      .sort((a, b) => a.tenantName.localeCompare(b.tenantName, 'bg')),
  };
}

/** Sign-up, e-mail verification, login, token refresh, logout, and the person's own profile. */
const identity: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(SessionSchema);

  app.post(
    '/auth/signup',
    {
      config: rateLimited,
      schema: {
        tags: ['identity'],
        summary:
          'Register a provider organisation and its first administrator; sends an e-mail verification link',
        operationId: 'signUp',
        body: SignupBody,
        response: {
          201: Type.Object({ tenantId: Type.String(), userId: Type.String() }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const input = { ...request.body, locale: request.body.locale ?? 'bg' };
      validateSignup(input);
      const created = await asPerson(request, (em) => signUp(em, input));
      await sendVerification(app, created.user, created.token).catch((err: unknown) =>
        request.log.error({ err }, 'verification e-mail could not be sent'),
      );
      return reply.status(201).send({ tenantId: created.tenant.id, userId: created.user.id });
    },
  );

  app.post(
    '/auth/verify-email',
    {
      config: rateLimited,
      schema: {
        tags: ['identity'],
        summary: 'Confirm an e-mail address with the link sent at sign-up',
        operationId: 'verifyEmail',
        body: Type.Object({ token: Token }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await asPerson(request, (em) => verifyEmail(em, request.body.token));
      return reply.status(204).send(null);
    },
  );

  // Sent after the answer, and not awaited: the reply must not take longer when the address has an account.
  const sendLater = (request: FastifyRequest, what: string, send: () => Promise<void>) => {
    void send().catch((err: unknown) => request.log.error({ err }, `${what} e-mail could not be sent`));
  };

  app.post(
    '/auth/verify-email/resend',
    {
      config: linkRequests,
      schema: {
        tags: ['identity'],
        summary:
          'Send the e-mail verification link again; the same answer whether or not the address has an unconfirmed account',
        operationId: 'resendVerification',
        body: EmailRequest,
        response: { 202: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const link = await asPerson(request, (em) => requestVerificationAgain(em, request.body.email));
      if (link) sendLater(request, 'verification', () => sendVerification(app, link.user, link.token));
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: linkRequests,
      schema: {
        tags: ['identity'],
        summary:
          'Forgotten password: e-mail a one-time link valid for an hour; the same answer whether or not the address has an account',
        operationId: 'requestPasswordReset',
        body: EmailRequest,
        response: { 202: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const link: LinkToSend | null = await asPerson(request, (em) =>
        requestPasswordReset(em, request.body.email),
      );
      if (link) sendLater(request, 'password reset', () => sendPasswordReset(app, link));
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: rateLimited,
      schema: {
        tags: ['identity'],
        summary: 'Set a new password with the e-mailed link; every session of the account ends',
        operationId: 'resetPassword',
        body: Type.Object({ token: Token, password: Password }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await asPerson(request, (em) => resetPassword(em, request.body.token, request.body.password));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/login',
    {
      config: rateLimited,
      schema: {
        tags: ['identity'],
        summary: 'Log in with e-mail and password; returns tokens and sets httpOnly cookies',
        operationId: 'logIn',
        body: Type.Object({ email: Email, password: Password }, { additionalProperties: false }),
        response: { 200: SessionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const outcome = await asPerson(request, (em) =>
        logIn(em, app, request.body.email, request.body.password),
      );
      switch (outcome.kind) {
        case 'invalid':
          throw new AppError(401, 'invalid_credentials');
        case 'locked':
          throw new AppError(429, 'account_locked', {
            params: { retryAfter: outcome.retryAfter },
            headers: { 'retry-after': String(outcome.retryAfter) },
          });
        case 'unverified':
          throw new AppError(403, 'email_not_verified');
        case 'ok':
          setSessionCookies(reply, app.config, outcome.session);
          return sessionBody(outcome.session);
      }
    },
  );

  app.post(
    '/auth/refresh',
    {
      config: rateLimited,
      schema: {
        tags: ['identity'],
        summary: 'Exchange a refresh token (body or cookie) for new tokens; a reused token ends the session',
        operationId: 'refreshSession',
        body: Type.Optional(
          Type.Object(
            { refreshToken: Type.Optional(Type.String({ maxLength: 200 })) },
            { additionalProperties: false },
          ),
        ),
        response: { 200: SessionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const presented = request.body?.refreshToken ?? request.cookies[REFRESH_COOKIE];
      if (!presented) throw new AppError(401, 'unauthenticated');
      const outcome = await asPerson(request, (em) => rotateSession(em, app, presented));
      if (outcome.kind !== 'rotated') {
        clearSessionCookies(reply);
        if (outcome.kind === 'reused')
          request.log.warn('a spent refresh token was presented again: session revoked');
        throw new AppError(401, 'token_expired');
      }
      setSessionCookies(reply, app.config, outcome.session);
      return sessionBody(outcome.session);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['identity'],
        summary: 'End this session',
        operationId: 'logOut',
        security: [{ bearer: [] }],
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const claims = request.claims;
      if (claims) await asPerson(request, (em) => endSession(em, claims.sid));
      clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['identity'],
        summary: 'The logged-in person and the organisations they belong to',
        operationId: 'getMe',
        security: [{ bearer: [] }],
        response: { 200: Me, ...problemResponses },
      },
    },
    async (request) => asPerson(request, (em) => loadMe(em, request.claims?.sub ?? '')),
  );

  app.patch(
    '/me',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['identity'],
        summary: 'Change display name or language',
        operationId: 'updateMe',
        security: [{ bearer: [] }],
        body: Type.Object(
          {
            displayName: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
            locale: Type.Optional(Locale),
          },
          { additionalProperties: false },
        ),
        response: { 200: Me, ...problemResponses },
      },
    },
    async (request) =>
      asPerson(request, async (em) => {
        const userId = request.claims?.sub ?? '';
        const user = await em.findOneOrFail(AppUser, { id: userId });
        if (request.body.displayName) user.displayName = request.body.displayName.trim();
        if (request.body.locale) user.locale = request.body.locale;
        await em.flush();
        return loadMe(em, userId);
      }),
  );

  app.post(
    '/me/password',
    {
      config: { auth: 'user', rateLimit: perVisitor(10, '1 minute') },
      schema: {
        tags: ['identity'],
        summary: 'Change the password; every other session is logged out',
        operationId: 'changePassword',
        security: [{ bearer: [] }],
        body: Type.Object(
          { currentPassword: Password, newPassword: Password },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const claims = request.claims;
      if (!claims) throw new AppError(401, 'unauthenticated');
      await asPerson(request, async (em) => {
        await changePassword(em, claims.sub, request.body.currentPassword, request.body.newPassword);
        await endOtherSessions(em, claims.sub, claims.sid);
      });
      return reply.status(204).send(null);
    },
  );
};

export default identity;
