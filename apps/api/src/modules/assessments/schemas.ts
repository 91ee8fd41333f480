// The JSON schemas of the check routes.
import { Type } from 'typebox';
import { Uuid } from '../../shared/http-schemas.ts';
import { IndicatorFields, ItemIdSchema, SectionsSchema } from '../checklists/index.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

/**
 * A list of criteria or null, as one JSON Schema type rather than `anyOf`: with type coercion on, the `anyOf` form lets
 * the array branch turn a null into `[""]` before the null branch is tried — "the whole variant" would become an
 * unknown criterion.
 */
export const ScopeInput = (description: string) =>
  Type.Unsafe<string[] | null>({
    type: ['array', 'null'],
    items: { type: 'string', minLength: 1, maxLength: 200 },
    maxItems: 500,
    description,
  });

export const Kind = Type.Union([Type.Literal('periodic'), Type.Literal('self_assessment')], {
  default: 'periodic',
  description:
    '`periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one',
});
export const Status = Type.Union([
  Type.Literal('planned'),
  Type.Literal('in_progress'),
  Type.Literal('completed'),
]);
export const EvidenceKind = Type.Union(
  [
    Type.Literal('file'),
    Type.Literal('document'),
    Type.Literal('interview'),
    Type.Literal('observation'),
    Type.Literal('record'),
  ],
  { default: 'interview' },
);
export const Day = DateOnly({ default: '2026-03-10' });
export const ItemId = ItemIdSchema;
export const Methods = Type.Array(Type.Integer({ minimum: 1, maximum: 11 }), {
  maxItems: 11,
  description: 'The methods of art. 24(1) used, by item number (1–11)',
});
const Progress = Type.Object({ answered: Type.Integer(), total: Type.Integer() });
const Score = Type.Union([Type.Number(), Type.Null()], {
  description:
    "By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies",
});

export const EvidenceSchema = Type.Object(
  {
    id: Uuid,
    kind: EvidenceKind,
    fileId: Type.Union([Uuid, Type.Null()]),
    fileName: Type.Union([Type.String(), Type.Null()]),
    documentId: Type.Union([Uuid, Type.Null()]),
    documentTitle: Type.Union([Type.String(), Type.Null()]),
    description: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'AssessmentEvidence' },
);

const SummaryFields = {
  id: Uuid,
  serviceId: Uuid,
  serviceName: Type.String(),
  pluginCode: Type.String(),
  variantKey: Type.String(),
  annex: Type.Integer(),
  kind: Kind,
  title: Type.String(),
  plannedOn: Type.Union([DateOnly(), Type.Null()]),
  startedOn: Type.Union([DateOnly(), Type.Null()]),
  status: Status,
  scopeCriteria: Type.Union([Type.Array(Type.String()), Type.Null()], {
    description: 'Null: the whole variant; otherwise the chosen criteria',
  }),
  methods: Type.Array(Type.Integer()),
  conclusions: Type.Union([Type.String(), Type.Null()]),
  completedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  catalogue: Type.Object({
    versionId: Uuid,
    effectiveFrom: DateOnly({
      description: 'The version of the standards it was made against',
    }),
  }),
  progress: Progress,
  score: Score,
  version: Type.Integer(),
};
export const AssessmentSummarySchema = Type.Object(SummaryFields, { $id: 'AssessmentSummary' });

const IndicatorNode = Type.Object({
  ...IndicatorFields('resultVersion'),
  kind: Type.Literal('indicator'),
  notes: Type.Array(Type.String()),
  evidence: Type.Array(EvidenceSchema),
  offeredDocuments: Type.Array(Type.Object({ id: Uuid, title: Type.String(), source: Type.String() }), {
    description: 'Documents of the register that stand for one of this indicator’s sources of information',
  }),
});
export const AssessmentSchema = Type.Object(
  {
    ...SummaryFields,
    scoring: Type.Object({ key: Type.String(), name: Type.Record(Type.String(), Type.String()) }),
    sections: SectionsSchema(IndicatorNode, {
      notes: Type.Array(Type.String()),
      score: Score,
      progress: Progress,
    }),
  },
  { $id: 'Assessment' },
);

export const PlanSchema = Type.Object(
  {
    year: Type.Integer(),
    services: Type.Array(
      Type.Object({
        serviceId: Uuid,
        serviceName: Type.String(),
        quarters: Type.Array(
          Type.Object({
            quarter: Type.Integer(),
            checks: Type.Integer(),
            status: Type.Union(
              [
                Type.Literal('done'),
                Type.Literal('planned'),
                Type.Literal('overdue'),
                Type.Literal('missing'),
                Type.Literal('none'),
              ],
              {
                description:
                  '`missing`: a past quarter without any check (art. 23(3)); `overdue`: planned, not done',
              },
            ),
          }),
        ),
        checks: Type.Array(AssessmentSummarySchema),
      }),
    ),
  },
  { $id: 'MonitoringPlan' },
);

export const AssessmentParams = Type.Object({ tenantId: Uuid, assessmentId: Uuid });
export const EvidenceParams = Type.Object({ tenantId: Uuid, assessmentId: Uuid, evidenceId: Uuid });
export const IndicatorParams = Type.Object({ tenantId: Uuid, assessmentId: Uuid, itemId: ItemId });

const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const Conclusions = Type.Union([Type.String({ maxLength: 20000 }), Type.Null()]);

export const ListAssessmentsQuery = Type.Object(
  {
    serviceId: Type.Optional(Uuid),
    year: Type.Optional(Year),
    status: Type.Optional(Status),
  },
  { additionalProperties: false },
);

export const CreateAssessmentBody = Type.Object(
  {
    serviceId: Uuid,
    kind: Kind,
    title: Type.Optional(Type.String({ maxLength: 300 })),
    plannedOn: Type.Optional(Type.Union([Day, Type.Null()])),
    startedOn: Type.Optional(Type.Union([Day, Type.Null()])),
    scopeCriteria: Type.Optional(
      ScopeInput('The criteria chosen (catalogue ids); null or absent: the whole variant'),
    ),
    methods: Type.Optional(Methods),
  },
  { additionalProperties: false },
);

export const UpdateAssessmentBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, default: 1 }),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    plannedOn: Type.Optional(Type.Union([Day, Type.Null()])),
    startedOn: Type.Optional(Type.Union([Day, Type.Null()])),
    scopeCriteria: Type.Optional(ScopeInput('The criteria chosen (catalogue ids); null: the whole variant')),
    methods: Type.Optional(Methods),
    conclusions: Type.Optional(Conclusions),
  },
  { additionalProperties: false },
);

export const AddEvidenceBody = Type.Object(
  {
    itemId: ItemId,
    kind: EvidenceKind,
    fileId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    documentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    description: Type.Optional(Type.Union([Type.String({ maxLength: 5000 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export const AddedEvidenceSchema = Type.Object({ itemId: Type.String(), ...EvidenceSchema.properties });

export const MeasureFromIndicatorBody = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    category: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 9, description: 'Art. 19, item 1–9 (default 5)' }),
    ),
    ownerId: Type.Optional(Type.Union([Type.Null(), Uuid], { description: 'Who is responsible (a member)' })),
    dueOn: Type.Optional(Type.Union([Day, Type.Null()])),
  },
  { additionalProperties: false },
);
export const MeasureCreatedSchema = Type.Object({ id: Uuid, programmeId: Uuid, title: Type.String() });

export const CompleteAssessmentBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, default: 1 }),
    conclusions: Type.Optional(Conclusions),
    completedOn: Type.Optional(
      DateOnly({
        default: '2026-03-10',
        description:
          'The day the check was done, when it is typed in later (default: today); not in the future, not before it started',
      }),
    ),
  },
  { additionalProperties: false },
);

export const MonitoringPlanQuery = Type.Object(
  { year: Type.Optional(Year) },
  { additionalProperties: false },
);
export const GeneratePlanBody = Type.Object(
  { serviceId: Uuid, year: Type.Integer({ minimum: 2000, maximum: 2100, default: 2026 }) },
  { additionalProperties: false },
);
export const GeneratedPlanSchema = Type.Object({ created: Type.Integer(), plan: PlanSchema });
