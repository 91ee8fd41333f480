import { Type } from 'typebox';
import { Uuid } from '../../shared/http-schemas.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

export const Day = DateOnly();

export const Score = Type.Union([Type.Number(), Type.Null()], {
  description: "Percent by the plugin's scoring scheme; null when no completed check scored it",
});

export const Status = Type.Union([Type.Literal('draft'), Type.Literal('approved')], {
  description: '`draft` while the texts are edited; `approved`: a record the database refuses to change',
});

export const Year = Type.Integer({
  minimum: 2000,
  maximum: 2100,
  default: 2026,
  description: 'The calendar year analysed',
});

export const MonitoringDataSchema = Type.Object(
  {
    municipality: Type.String(),
    year: Type.Integer(),
    years: Type.Array(Type.Integer(), { description: 'The trend years, oldest first, ending with `year`' }),
    services: Type.Array(
      Type.Object({
        id: Uuid,
        name: Type.String(),
        providerTenantId: Uuid,
        providerName: Type.String(),
        typeKey: Type.String({ description: '`<plugin code>/<variant key>`' }),
        typeName: Type.String(),
        annex: Type.Union([Type.Integer(), Type.Null()]),
        checks: Type.Integer({ description: 'Completed checks in the year' }),
        score: Score,
        scores: Type.Array(Score, { description: 'Per trend year, aligned with `years`' }),
      }),
    ),
    types: Type.Array(
      Type.Object({
        key: Type.String(),
        name: Type.String(),
        annex: Type.Union([Type.Integer(), Type.Null()]),
        services: Type.Integer(),
        averages: Type.Array(Type.Object({ year: Type.Integer(), average: Score, scored: Type.Integer() })),
      }),
    ),
    weaknesses: Type.Array(
      Type.Object({
        id: Type.String(),
        typeName: Type.String(),
        standard: Type.String(),
        criterion: Type.String(),
        text: Type.String({ description: "The indicator's text, verbatim from the catalogue" }),
        notMet: Type.Integer(),
        partlyMet: Type.Integer(),
        services: Type.Integer({
          description: 'Services whose latest answer in the year was not (fully) met',
        }),
        serviceNames: Type.Array(Type.String()),
      }),
      { description: 'The indicators most often not met or partly met across services, most services first' },
    ),
    inspections: Type.Object(
      {
        done: Type.Object({
          periodic: Type.Integer(),
          extraordinary: Type.Integer(),
          follow_up: Type.Integer(),
        }),
        withNonConformities: Type.Integer(),
        forwardedToAgency: Type.Integer(),
        prescriptions: Type.Object({
          given: Type.Integer(),
          fulfilled: Type.Integer(),
          overdue: Type.Integer(),
        }),
        items: Type.Array(
          Type.Object({
            serviceName: Type.String(),
            providerName: Type.String(),
            kind: Type.Union([
              Type.Literal('periodic'),
              Type.Literal('extraordinary'),
              Type.Literal('follow_up'),
            ]),
            on: Day,
            nonConformities: Type.Integer(),
            forwarded: Type.Boolean(),
          }),
        ),
      },
      { description: "Method 1: the municipality's inspections (art. 30–34)" },
    ),
    reports: Type.Array(
      Type.Object({
        providerName: Type.String(),
        serviceName: Type.Union([Type.String(), Type.Null()]),
        kind: Type.Union([Type.Literal('semi_annual_analysis'), Type.Literal('annual_report')]),
        title: Type.String(),
        periodStart: Day,
        periodEnd: Day,
        submittedOn: Day,
      }),
      { description: "Method 2: the providers' reports submitted for the year" },
    ),
    programmes: Type.Array(
      Type.Object({
        providerName: Type.String(),
        serviceName: Type.Union([Type.String(), Type.Null()]),
        title: Type.String(),
        periodStart: Day,
        periodEnd: Day,
        status: Type.Union([
          Type.Literal('submitted'),
          Type.Literal('agreed'),
          Type.Literal('changes_requested'),
        ]),
        submittedOn: Type.Union([Day, Type.Null()]),
        decidedOn: Type.Union([Day, Type.Null()]),
      }),
      { description: 'Method 6: the quality programmes submitted to the municipality' },
    ),
    feedback: Type.Array(
      Type.Object({
        providerName: Type.String(),
        serviceName: Type.Union([Type.String(), Type.Null()]),
        responses: Type.Integer(),
        source: Type.Union([Type.Literal('annual_report'), Type.Literal('semi_annual_analysis')]),
      }),
      { description: "Method 7: survey answers as the providers' submitted reports count them" },
    ),
  },
  { $id: 'MonitoringData', description: 'The figures assembled for the year (a snapshot)' },
);

export const SummarySchema = Type.Object(
  {
    id: Uuid,
    tenantId: Uuid,
    year: Type.Integer(),
    title: Type.String(),
    status: Status,
    approvedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    approvedByName: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    version: Type.Integer(),
  },
  { $id: 'MonitoringReportSummary' },
);

export const DetailSchema = Type.Object(
  {
    ...SummarySchema.properties,
    assembledAt: Type.String({ format: 'date-time' }),
    methods: Type.Array(Type.Object({ number: Type.Integer(), text: Type.String() }), {
      description: 'The seven methods of art. 35(1), verbatim from the Ordinance (Bulgarian)',
    }),
    sectionTitles: Type.Array(
      Type.Object({
        key: Type.String(),
        method: Type.Union([Type.Integer(), Type.Null()], {
          description: 'The method of art. 35(1) the text belongs to; null: the conclusions',
        }),
        title: Type.String(),
      }),
    ),
    sections: Type.Record(Type.String(), Type.String(), { description: 'The texts the municipality writes' }),
    data: MonitoringDataSchema,
  },
  { $id: 'MonitoringReport' },
);

export const CreateMonitoringReportBody = Type.Object(
  { year: Year, title: Type.Optional(Type.String({ maxLength: 300 })) },
  { additionalProperties: false },
);
