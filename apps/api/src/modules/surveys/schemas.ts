import { Type } from 'typebox';
import { Uuid } from '../../shared/http-schemas.ts';
import { TEXT_MAX } from './templates.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

export const Names = Type.Object(
  { bg: Type.String(), en: Type.String(), uk: Type.String() },
  { description: 'The same text in Bulgarian, English and Ukrainian' },
);

export const Day = DateOnly();

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

export const SurveyDetailSchema = Type.Object(
  {
    ...SurveySchema.properties,
    qrSvg: Type.String({ description: 'An SVG image of a QR code for publicUrl (scales to any print size)' }),
  },
  { $id: 'SurveyDetail' },
);

export const Counts = Type.Array(Type.Object({ value: Type.Integer(), count: Type.Integer() }), {
  description: 'How many answers chose each value of the scale, from min to max (zeros included)',
});

export const Tally = {
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

export const SurveyParams = Type.Object({ tenantId: Uuid, surveyId: Uuid });

export const Version = Type.Integer({
  minimum: 1,
  description: 'The version read; a stale one is 409 conflict',
});

export const DailyCap = Type.Integer({
  minimum: 1,
  maximum: 5000,
  description: 'Answers accepted per day at most (default 200)',
});

/** The public link's token: `<tenant, 22 chars>.<secret, 43 chars>`. */
export const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }) });

export const PublicSurveySchema = Type.Object(
  {
    title: Names,
    serviceName: Type.String(),
    providerName: Type.String(),
    questions: Type.Array(Type.Ref('SurveyQuestion')),
  },
  { $id: 'PublicSurvey' },
);

export const QuestionId = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' });

export const ListSurveysQuery = Type.Object(
  { serviceId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const ListSurveyTemplatesQuery = Type.Object({ serviceId: Uuid }, { additionalProperties: false });

export const SurveyResultsQuery = Type.Object(
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
);

export const OpenSurveyBody = Type.Object(
  {
    serviceId: Uuid,
    templateKey: Type.String({ minLength: 1, maxLength: 64, default: 'users' }),
    dailyCap: Type.Optional(DailyCap),
  },
  { additionalProperties: false },
);

export const UpdateSurveyBody = Type.Object(
  {
    version: Version,
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
    dailyCap: Type.Optional(DailyCap),
  },
  { additionalProperties: false },
);

export const RotateSurveyTokenBody = Type.Object({ version: Version }, { additionalProperties: false });

export const AnswerSurveyBody = Type.Object(
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
);
