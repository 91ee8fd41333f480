import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { inScope } from '@mera/db';
import { Type } from 'typebox';
import { AppError, problemResponses } from '../../shared/problem.ts';
import { inTenant } from '../../platform/auth.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
import {
  clientKey,
  getSurvey,
  listSurveys,
  openSurvey,
  parsePublicToken,
  publicSurvey,
  qrSvg,
  rotateToken,
  submitAnswer,
  surveyResults,
  surveyTemplates,
  TEXT_MAX,
  updateSurvey,
} from './surveys.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

const security = [{ bearer: [] }];
const tags = ['surveys'];

const Names = Type.Object(
  { bg: Type.String(), en: Type.String(), uk: Type.String() },
  { description: 'The same text in Bulgarian, English and Ukrainian' },
);
const Day = DateOnly();

export const SurveyQuestionSchema = Type.Object(
  {
    id: Type.String({ description: 'The question’s key in the template, e.g. `satisfied`' }),
    kind: Type.Union([Type.Literal('scale'), Type.Literal('text')], {
      description: '`scale`: a whole number from `min` to `max`; `text`: free text up to `maxLength`',
    }),
    label: Names,
    min: Type.Optional(Type.Integer()),
    max: Type.Optional(Type.Integer()),
    scale: Type.Optional(Type.Array(Names, { description: 'The words for min, min+1 … max' })),
    maxLength: Type.Optional(Type.Integer()),
  },
  { $id: 'SurveyQuestion' },
);

export const SurveySchema = Type.Object(
  {
    id: Uuid,
    serviceId: Uuid,
    serviceName: Type.String(),
    pluginCode: Type.String(),
    templateKey: Type.String({ description: 'users, families, exit … (the plugin’s survey template)' }),
    title: Names,
    questions: Type.Array(Type.Ref('SurveyQuestion'), {
      description:
        'Copied from the template when the survey was opened: a later template change alters nothing',
    }),
    status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
    dailyCap: Type.Integer({ description: 'At most this many answers a day (Europe/Sofia)' }),
    publicPath: Type.String({ description: 'The public link’s path in the web app: `/s/<token>`' }),
    publicUrl: Type.String({ description: 'PUBLIC_WEB_URL + publicPath: what the QR code encodes' }),
    responses: Type.Integer({ description: 'Answers received, all time' }),
    responsesToday: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
    closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    tokenRotatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    version: Type.Integer(),
  },
  { $id: 'Survey' },
);

const SurveyDetailSchema = Type.Object(
  {
    ...SurveySchema.properties,
    qrSvg: Type.String({ description: 'An SVG image of a QR code for publicUrl (scales to any print size)' }),
  },
  { $id: 'SurveyDetail' },
);

const Counts = Type.Array(Type.Object({ value: Type.Integer(), count: Type.Integer() }), {
  description: 'How many answers chose each value of the scale, from min to max (zeros included)',
});
const Tally = {
  answers: Type.Integer({ description: 'How many answered this question' }),
  counts: Counts,
  mean: Type.Union([Type.Number(), Type.Null()], {
    description: 'Average of the values, two decimals; null with no answers',
  }),
};

export const SurveyResultsSchema = Type.Object(
  {
    serviceId: Type.Union([Uuid, Type.Null()], { description: 'Null: every service of the organisation' }),
    from: Day,
    to: Day,
    period: Type.Union(
      [Type.Literal('month'), Type.Literal('quarter'), Type.Literal('half'), Type.Literal('year')],
      { description: 'How the range is cut' },
    ),
    responses: Type.Integer({ description: 'Answers in the range, every template' }),
    templates: Type.Array(
      Type.Object({
        templateKey: Type.String(),
        name: Names,
        responses: Type.Integer({ description: 'Answers in the range to surveys of this template' }),
        periods: Type.Array(
          Type.Object({
            key: Type.String({ description: '`2026-03`, `2026-Q1`, `2026-H1` or `2026`' }),
            from: Day,
            to: Day,
            responses: Type.Integer(),
          }),
          { description: 'Every period of the range in order (clipped to from–to), empty ones included' },
        ),
        questions: Type.Array(
          Type.Object({
            id: Type.String(),
            label: Names,
            scale: Type.Array(Names),
            total: Type.Object(Tally),
            periods: Type.Array(Type.Object({ key: Type.String(), ...Tally }), {
              description: 'Same order as the template’s periods',
            }),
          }),
          { description: 'The scale questions, as the newest survey of the template words them' },
        ),
        comments: Type.Array(
          Type.Object({ submittedOn: Day, question: Type.String(), text: Type.String() }),
          { description: 'Free-text answers, newest first (at most 100)' },
        ),
      }),
    ),
  },
  { $id: 'SurveyResults' },
);

const SurveyParams = Type.Object({ tenantId: Uuid, surveyId: Uuid });
const Version = Type.Integer({ minimum: 1, description: 'The version read; a stale one is 409 conflict' });
const DailyCap = Type.Integer({
  minimum: 1,
  maximum: 5000,
  description: 'Answers accepted per day at most (default 200)',
});

/** The public link's token: `<tenant, 22 chars>.<secret, 43 chars>`. */
const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }) });

const PublicSurveySchema = Type.Object(
  {
    title: Names,
    serviceName: Type.String(),
    providerName: Type.String(),
    questions: Type.Array(Type.Ref('SurveyQuestion')),
  },
  { $id: 'PublicSurvey' },
);

const QuestionId = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' });

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
  const webUrl = app.config.PUBLIC_WEB_URL;

  app.get(
    '/tenants/:tenantId/surveys',
    {
      config: { auth: 'user', permission: 'surveys.read' },
      schema: {
        tags,
        summary: 'The surveys opened, optionally for one service',
        operationId: 'listSurveys',
        security,
        params: TenantParams,
        querystring: Type.Object({ serviceId: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: { 200: Type.Array(Type.Ref('Survey')), ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) => listSurveys(em, scope.tenantId, webUrl, request.query.serviceId)),
  );

  app.get(
    '/tenants/:tenantId/surveys/templates',
    {
      config: { auth: 'user', permission: 'surveys.read' },
      schema: {
        tags,
        summary: 'The survey templates the service’s plugin offers (users, families, exit …)',
        operationId: 'listSurveyTemplates',
        security,
        params: TenantParams,
        querystring: Type.Object({ serviceId: Uuid }, { additionalProperties: false }),
        response: {
          200: Type.Array(
            Type.Object({
              key: Type.String(),
              name: Names,
              questions: Type.Array(Type.Ref('SurveyQuestion')),
            }),
          ),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) =>
        surveyTemplates(em, app.servicePlugins, scope.tenantId, request.query.serviceId),
      ),
  );

  app.get(
    '/tenants/:tenantId/surveys/results',
    {
      config: { auth: 'user', permission: 'surveys.read' },
      schema: {
        tags,
        summary: 'Answers aggregated per template, question and period (the reports read this)',
        description:
          'Counts per scale value, mean and number of answers per question, for the whole range and per period. ' +
          'Defaults: from the 1st of January of `to`’s year, to today (Europe/Sofia), by month. ' +
          'A stable contract: fields are only ever added.',
        operationId: 'surveyResults',
        security,
        params: TenantParams,
        querystring: Type.Object(
          {
            serviceId: Type.Optional(Type.Union([Uuid], { description: 'Omit for every service' })),
            from: Type.Optional(Day),
            to: Type.Optional(Day),
            period: Type.Optional(
              Type.Union(
                [Type.Literal('month'), Type.Literal('quarter'), Type.Literal('half'), Type.Literal('year')],
                { description: 'month (default), quarter, half (half-year) or year' },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Ref('SurveyResults'), ...problemResponses },
      },
    },
    async (request) => inTenant(request, (em, scope) => surveyResults(em, scope.tenantId, request.query)),
  );

  app.post(
    '/tenants/:tenantId/surveys',
    {
      config: { auth: 'user', permission: 'surveys.manage' },
      schema: {
        tags,
        summary: 'Open a survey for a service from one of its plugin’s templates; it gets a public link',
        operationId: 'openSurvey',
        security,
        params: TenantParams,
        body: Type.Object(
          {
            serviceId: Uuid,
            templateKey: Type.String({ minLength: 1, maxLength: 64, default: 'users' }),
            dailyCap: Type.Optional(DailyCap),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Ref('Survey'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, (em, scope) =>
        openSurvey(em, app.servicePlugins, scope, request.body, webUrl),
      );
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/tenants/:tenantId/surveys/:surveyId',
    {
      config: { auth: 'user', permission: 'surveys.read' },
      schema: {
        tags,
        summary: 'One survey, with its public link and a QR code of it',
        operationId: 'getSurvey',
        security,
        params: SurveyParams,
        response: { 200: Type.Ref('SurveyDetail'), ...problemResponses },
      },
    },
    async (request) => {
      const view = await inTenant(request, (em, scope) =>
        getSurvey(em, scope.tenantId, request.params.surveyId, webUrl),
      );
      return { ...view, qrSvg: await qrSvg(view.publicUrl) };
    },
  );

  app.patch(
    '/tenants/:tenantId/surveys/:surveyId',
    {
      config: { auth: 'user', permission: 'surveys.manage' },
      schema: {
        tags,
        summary: 'Close or reopen a survey, or change its daily cap',
        operationId: 'updateSurvey',
        security,
        params: SurveyParams,
        body: Type.Object(
          {
            version: Version,
            status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
            dailyCap: Type.Optional(DailyCap),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Ref('Survey'), ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) =>
        updateSurvey(em, scope.tenantId, request.params.surveyId, request.body, webUrl),
      ),
  );

  app.post(
    '/tenants/:tenantId/surveys/:surveyId/token-rotation',
    {
      config: { auth: 'user', permission: 'surveys.manage' },
      schema: {
        tags,
        summary: 'A new public link; the old one (and its printed QR codes) stops working at once',
        operationId: 'rotateSurveyToken',
        security,
        params: SurveyParams,
        body: Type.Object({ version: Version }, { additionalProperties: false }),
        response: { 200: Type.Ref('Survey'), ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) =>
        rotateToken(em, scope.tenantId, request.params.surveyId, request.body.version, webUrl),
      ),
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
        body: Type.Object(
          {
            answers: Type.Record(QuestionId, Type.Integer(), {
              maxProperties: 50,
              description: 'Scale questions: question id → a whole number from its min to its max (1–5)',
            }),
            texts: Type.Optional(
              Type.Record(QuestionId, Type.String({ maxLength: TEXT_MAX }), {
                maxProperties: 10,
                description: 'Free-text questions: question id → text (optional; no names, please)',
              }),
            ),
            website: Type.Optional(
              Type.String({ maxLength: 500, description: 'Leave empty: a field people never see' }),
            ),
          },
          { additionalProperties: false },
        ),
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
