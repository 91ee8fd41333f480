import { Type } from 'typebox';
import { Uuid } from '../../shared/http-schemas.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

export const Kind = Type.Union([Type.Literal('semi_annual_analysis'), Type.Literal('annual_report')], {
  default: 'semi_annual_analysis',
  description:
    '`semi_annual_analysis`: the analysis at least every six months (art. 25(1)); `annual_report`: the annual report (art. 26, due by 31 March)',
});

export const Status = Type.Union([Type.Literal('draft'), Type.Literal('submitted')]);

export const Day = DateOnly();

export const Score = Type.Union([Type.Number(), Type.Null()], {
  description:
    "By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies",
});

export const ReportDataSchema = Type.Object(
  {
    organisation: Type.String(),
    period: Type.Object({ start: Day, end: Day }),
    services: Type.Array(
      Type.Object({
        id: Uuid,
        name: Type.String(),
        annex: Type.Union([Type.Integer(), Type.Null()]),
        checks: Type.Array(
          Type.Object({
            id: Uuid,
            title: Type.String(),
            kind: Type.Union([Type.Literal('periodic'), Type.Literal('self_assessment')]),
            completedOn: Day,
            score: Score,
            answered: Type.Integer(),
            total: Type.Integer(),
          }),
        ),
        score: Score,
        scoring: Type.Union([Type.String(), Type.Null()]),
        standards: Type.Array(Type.Object({ key: Type.String(), title: Type.String(), score: Score })),
        weaknesses: Type.Array(
          Type.Object({
            id: Type.String(),
            standard: Type.String(),
            criterion: Type.String(),
            text: Type.String({ description: "The indicator's text, verbatim" }),
            result: Type.Union([Type.Literal('not_met'), Type.Literal('partly_met')]),
            note: Type.Union([Type.String(), Type.Null()]),
          }),
        ),
        methods: Type.Array(Type.Integer(), { description: 'The methods of art. 24(1) the checks used' }),
      }),
    ),
    meetings: Type.Object({
      team: Type.Integer(),
      withHead: Type.Integer(),
      recommendations: Type.Array(Type.String()),
    }),
    programme: Type.Object({
      measures: Type.Integer(),
      done: Type.Integer(),
      inProgress: Type.Integer(),
      planned: Type.Integer(),
      cancelled: Type.Integer(),
      overdue: Type.Integer(),
      items: Type.Array(
        Type.Object({
          title: Type.String(),
          category: Type.Integer(),
          status: Type.String(),
          deadline: Type.Union([Day, Type.Null()]),
        }),
      ),
    }),
    feedback: Type.Optional(
      Type.Object({
        responses: Type.Integer(),
        templates: Type.Array(
          Type.Object({
            name: Type.String(),
            responses: Type.Integer(),
            questions: Type.Array(
              Type.Object({
                label: Type.String(),
                answers: Type.Integer(),
                mean: Type.Union([Type.Number(), Type.Null()]),
                max: Type.Integer(),
              }),
            ),
          }),
        ),
      }),
    ),
    analyses: Type.Array(
      Type.Object({
        id: Uuid,
        title: Type.String(),
        periodStart: Day,
        periodEnd: Day,
        status: Type.String(),
      }),
    ),
  },
  { $id: 'ReportData', description: "The figures assembled from the period's records (a snapshot)" },
);

export const ReportSummarySchema = Type.Object(
  {
    id: Uuid,
    tenantId: Uuid,
    kind: Kind,
    serviceId: Type.Union([Uuid, Type.Null()], { description: "Null: all the provider's services" }),
    serviceName: Type.Union([Type.String(), Type.Null()]),
    periodStart: Day,
    periodEnd: Day,
    title: Type.String(),
    status: Status,
    submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    submittedByName: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    version: Type.Integer(),
  },
  { $id: 'ReportSummary' },
);

export const ReportSchema = Type.Object(
  {
    ...ReportSummarySchema.properties,
    assembledAt: Type.String({ format: 'date-time' }),
    sectionTitles: Type.Array(Type.Object({ key: Type.String(), title: Type.String() })),
    sections: Type.Record(Type.String(), Type.String(), {
      description: 'The texts the provider writes, by key',
    }),
    data: ReportDataSchema,
  },
  { $id: 'Report' },
);

export const ListReportsQuery = Type.Object(
  { kind: Type.Optional(Kind), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);

export const CreateReportBody = Type.Object(
  {
    kind: Kind,
    year: Type.Integer({ minimum: 2000, maximum: 2100, default: 2026 }),
    half: Type.Optional(
      Type.Union([Type.Literal(1), Type.Literal(2)], {
        description: 'For a semi-annual analysis: 1 (January–June) or 2 (July–December)',
      }),
    ),
    serviceId: Type.Optional(
      Type.Union([Uuid, Type.Null()], { description: "One of the tenant's services; null: all" }),
    ),
    title: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);
