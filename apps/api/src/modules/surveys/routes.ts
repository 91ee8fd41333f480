import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { inScope } from '@mera/db';
import { Type } from 'typebox';
import { AppError, problemResponses } from '../../shared/problem.ts';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { clientKey, parsePublicToken, qrSvg } from './link.ts';
import { getSurvey, listSurveys, openSurvey, rotateToken, surveyTemplates, updateSurvey } from './manage.ts';
import { publicSurvey, submitAnswer } from './answers.ts';
import { surveyResults } from './results.ts';
import {
  Names,
  SurveyQuestionSchema,
  SurveySchema,
  SurveyDetailSchema,
  SurveyResultsSchema,
  SurveyParams,
  TokenParams,
  PublicSurveySchema,
  ListSurveysQuery,
  ListSurveyTemplatesQuery,
  SurveyResultsQuery,
  OpenSurveyBody,
  UpdateSurveyBody,
  RotateSurveyTokenBody,
  AnswerSurveyBody,
} from './schemas.ts';

const tags = ['surveys'];

function tokenOf(token: string) {
  const parsed = parsePublicToken(token);
  if (!parsed) throw new AppError(404, 'survey_link_invalid');
  return parsed;
}

/**
 * Whom the rate limiter counts: the web app, answering on a person's behalf, sends a hash of that person's address
 * in `x-mera-client`; it is believed only from the local machine (where the web app runs). Hashed again with a salt
 * made at start-up, kept in memory only.
 */
function limiterKey(request: FastifyRequest): string {
  const forwarded = request.headers['x-mera-client'];
  const local = request.ip === '127.0.0.1' || request.ip === '::1' || request.ip === '::ffff:127.0.0.1';
  const client = local && typeof forwarded === 'string' && forwarded.length <= 100 ? forwarded : '';
  return clientKey(`${request.ip}|${client}`);
}

/** Feedback surveys (art. 24(1) 1–2, 24(2); issue 5): managing them, and the public link that needs no login. */
const surveys: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(SurveyQuestionSchema);
  app.addSchema(SurveySchema);
  app.addSchema(SurveyResultsSchema);
  app.addSchema(PublicSurveySchema);
  app.addSchema(SurveyDetailSchema);

  const routes = tenantRoutes(app, tags);

  routes.get(
    '/tenants/:tenantId/surveys',
    {
      permission: 'surveys.read',
      summary: 'The surveys opened, optionally for one service',
      operationId: 'listSurveys',
      querystring: ListSurveysQuery,
      ok: Type.Array(Type.Ref('Survey')),
    },
    (ctx, { query }) => listSurveys(ctx, query.serviceId),
  );

  routes.get(
    '/tenants/:tenantId/surveys/templates',
    {
      permission: 'surveys.read',
      summary: 'The survey templates the service’s plugin offers (users, families, exit …)',
      operationId: 'listSurveyTemplates',
      querystring: ListSurveyTemplatesQuery,
      ok: Type.Array(
        Type.Object({
          key: Type.String(),
          name: Names,
          questions: Type.Array(Type.Ref('SurveyQuestion')),
        }),
      ),
    },
    (ctx, { query }) => surveyTemplates(ctx, query.serviceId),
  );

  routes.get(
    '/tenants/:tenantId/surveys/results',
    {
      permission: 'surveys.read',
      summary: 'Answers aggregated per template, question and period (the reports read this)',
      description:
        'Counts per scale value, mean and number of answers per question, for the whole range and per period. ' +
        'Defaults: from the 1st of January of `to`’s year, to today (Europe/Sofia), by month. ' +
        'A stable contract: fields are only ever added.',
      operationId: 'surveyResults',
      querystring: SurveyResultsQuery,
      ok: Type.Ref('SurveyResults'),
    },
    (ctx, { query }) => surveyResults(ctx, query),
  );

  routes.post(
    '/tenants/:tenantId/surveys',
    {
      permission: 'surveys.manage',
      summary: 'Open a survey for a service from one of its plugin’s templates; it gets a public link',
      operationId: 'openSurvey',
      body: OpenSurveyBody,
      created: Type.Ref('Survey'),
    },
    (ctx, { body }) => openSurvey(ctx, body),
  );

  routes.get(
    '/tenants/:tenantId/surveys/:surveyId',
    {
      permission: 'surveys.read',
      summary: 'One survey, with its public link and a QR code of it',
      operationId: 'getSurvey',
      params: SurveyParams,
      ok: Type.Ref('SurveyDetail'),
    },
    async (ctx, { params }) => {
      const view = await getSurvey(ctx, params.surveyId);
      return { ...view, qrSvg: await qrSvg(view.publicUrl) };
    },
  );

  routes.patch(
    '/tenants/:tenantId/surveys/:surveyId',
    {
      permission: 'surveys.manage',
      summary: 'Close or reopen a survey, or change its daily cap',
      operationId: 'updateSurvey',
      params: SurveyParams,
      body: UpdateSurveyBody,
      ok: Type.Ref('Survey'),
    },
    (ctx, { params, body }) => updateSurvey(ctx, params.surveyId, body),
  );

  routes.post(
    '/tenants/:tenantId/surveys/:surveyId/token-rotation',
    {
      permission: 'surveys.manage',
      summary: 'A new public link; the old one (and its printed QR codes) stops working at once',
      operationId: 'rotateSurveyToken',
      params: SurveyParams,
      body: RotateSurveyTokenBody,
      ok: Type.Ref('Survey'),
    },
    (ctx, { params, body }) => rotateToken(ctx, params.surveyId, body.version),
  );

  // ————— Public: no login, no cookie, nothing about the person kept —————
  // `logLevel: 'warn'`: not even the request log line (which would name the address) is written for these.

  app.get(
    '/public/surveys/:token',
    {
      logLevel: 'warn',
      config: { rateLimit: { max: 60, timeWindow: '1 minute', keyGenerator: limiterKey } },
      schema: {
        tags,
        summary: 'The questions behind a public survey link, in bg/en/uk (no login)',
        operationId: 'publicSurvey',
        params: TokenParams,
        response: { 200: Type.Ref('PublicSurvey'), ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId, secret } = tokenOf(request.params.token);
      return inScope(app.orm, { tenantId, userId: null, requestId: request.id }, (em) =>
        publicSurvey(em, tenantId, secret),
      );
    },
  );

  app.post(
    '/public/surveys/:token/answers',
    {
      logLevel: 'warn',
      bodyLimit: 16_384,
      config: { rateLimit: { max: 5, timeWindow: '10 minutes', keyGenerator: limiterKey } },
      schema: {
        tags,
        summary: 'Answer a survey anonymously (no login; nothing about the person is stored)',
        description:
          'Refused with a translated problem: 404 `survey_link_invalid` (unknown or rotated link), 410 ' +
          '`survey_closed`, 429 `rate_limited` (too many answers from one client) or `survey_daily_cap`, 400 for ' +
          'answers off the scale, unknown questions, text too long, or the hidden `website` field filled.',
        operationId: 'answerSurvey',
        params: TokenParams,
        body: AnswerSurveyBody,
        response: { 201: Type.Object({ received: Type.Literal(true) }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId, secret } = tokenOf(request.params.token);
      await inScope(app.orm, { tenantId, userId: null, requestId: request.id }, (em) =>
        submitAnswer(em, tenantId, secret, request.body),
      );
      return reply.status(201).send({ received: true });
    },
  );
};

export default surveys;
