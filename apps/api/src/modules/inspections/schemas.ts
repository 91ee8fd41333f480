// The inspections' request and response schemas (TypeBox), shared by the routes and the generated OpenAPI document.
import { Type } from 'typebox';
import { Uuid } from '../../shared/http-schemas.ts';
import { DateOnly } from '../../shared/input-schemas.ts';
import { IndicatorFields, ItemIdSchema, SectionsSchema } from '../checklists/index.ts';

export const Day = DateOnly({ default: '2026-05-11' });
export const NullableDay = Type.Union([DateOnly({ default: '2026-05-12' }), Type.Null()]);
export const NullableText = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);
export const Kind = Type.Union([Type.Literal('periodic'), Type.Literal('extraordinary')], {
  default: 'periodic',
  description: '`periodic`: at least every two years (art. 30(2)); `extraordinary`: art. 30(3)',
});
export const Reason = Type.Union(
  [Type.Literal('plan'), Type.Literal('need'), Type.Literal('complaint'), Type.Literal('own_initiative')],
  {
    default: 'plan',
    description:
      'periodic: `plan` or `need` (identified need); extraordinary: `complaint` or `own_initiative`',
  },
);
const Status = Type.Union(
  [Type.Literal('ordered'), Type.Literal('in_progress'), Type.Literal('signing'), Type.Literal('signed')],
  {
    description:
      '`signing`: at least one inspector signed, the report is frozen; `signed`: all signed and delivered to the mayor and the provider',
  },
);
export const ItemId = ItemIdSchema;
export const ScopeInput = Type.Unsafe<string[] | null>({
  type: ['array', 'null'],
  items: { type: 'string', minLength: 1, maxLength: 200 },
  maxItems: 500,
  description: 'Null: every standard of the service’s annex; otherwise the criteria to inspect',
});
export const InspectorInput = Type.Object({
  userId: Type.String({
    format: 'uuid',
    default: '019a0000-0000-7000-8000-000000000000',
    description: 'A member of the municipality (an official or an engaged expert, art. 29)',
  }),
  position: Type.Optional(NullableText(200)),
});

const AttachmentSchema = Type.Object({
  id: Uuid,
  itemId: Type.Union([Type.String(), Type.Null()]),
  fileId: Uuid,
  name: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  description: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});

const SummaryFields = {
  id: Uuid,
  municipalityTenantId: Uuid,
  municipalityName: Type.String(),
  providerTenantId: Uuid,
  providerName: Type.String(),
  serviceId: Uuid,
  serviceName: Type.String(),
  contractId: Uuid,
  kind: Kind,
  reason: Reason,
  orderNumber: Type.String(),
  orderDate: DateOnly(),
  startsOn: DateOnly(),
  endsOn: DateOnly(),
  reportDueOn: DateOnly({
    description: 'As ordered, and never later than 10 days after the on-site work ended (art. 33(1))',
  }),
  reportOverdue: Type.Boolean(),
  status: Status,
  completedOn: NullableDay,
  signedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  mayorReceivedOn: NullableDay,
  forwardDueOn: Type.Union([DateOnly(), Type.Null()], {
    description: "Three days from the mayor's receipt (art. 34)",
  }),
  forwardedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  correctsId: Type.Union([Uuid, Type.Null()], { description: 'The signed report this one corrects' }),
  viewer: Type.Union([Type.Literal('municipality'), Type.Literal('provider'), Type.Literal('agency')], {
    description: 'Which side the requesting tenant is on',
  }),
  version: Type.Integer(),
};
export const InspectionSummarySchema = Type.Object(SummaryFields, { $id: 'InspectionSummary' });

const Indicator = Type.Object({
  ...IndicatorFields('findingVersion'),
  attachments: Type.Array(AttachmentSchema),
});
export const InspectionDetailSchema = Type.Object(
  {
    ...SummaryFields,
    basis: Type.String(),
    place: Type.String(),
    orderedReportDueOn: DateOnly(),
    annex: Type.Integer(),
    catalogue: Type.Object({ versionId: Uuid, effectiveFrom: DateOnly() }),
    scopeCriteria: Type.Union([Type.Array(Type.String()), Type.Null()]),
    providerPresent: Type.Union([Type.String(), Type.Null()]),
    usersAsked: Type.Boolean(),
    usersConsented: Type.Union([Type.Integer(), Type.Null()]),
    consentNote: Type.Union([Type.String(), Type.Null()]),
    facts: Type.Union([Type.String(), Type.Null()]),
    otherViolations: Type.Union([Type.String(), Type.Null()]),
    conclusions: Type.Union([Type.String(), Type.Null()]),
    forwardLetterNumber: Type.Union([Type.String(), Type.Null()]),
    forwardedToAgency: Type.Boolean({ description: 'The agency works in Mera and received the package' }),
    inspectors: Type.Array(
      Type.Object({
        userId: Uuid,
        name: Type.String(),
        position: Type.Union([Type.String(), Type.Null()]),
        signedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      }),
    ),
    mySignatureDue: Type.Boolean({ description: 'The requesting person is an inspector who has not signed' }),
    progress: Type.Object({ answered: Type.Integer(), total: Type.Integer() }),
    nonConformities: Type.Array(
      Type.Object({
        itemId: Type.String(),
        criterion: Type.String(),
        indicator: Type.String(),
        text: Type.String(),
        result: Type.Union([Type.Literal('not_met'), Type.Literal('partly_met')]),
        note: Type.Union([Type.String(), Type.Null()]),
      }),
    ),
    needsForwarding: Type.Boolean({
      description: 'Signed, with non-conformities or other violations: to the agency (art. 34)',
    }),
    attachments: Type.Array(AttachmentSchema),
    prescriptions: Type.Array(
      Type.Object({
        id: Uuid,
        itemId: Type.Union([Type.String(), Type.Null()]),
        text: Type.String(),
        dueOn: DateOnly(),
        doneOn: NullableDay,
        overdue: Type.Boolean(),
      }),
    ),
    checklist: SectionsSchema(Indicator, {}),
  },
  { $id: 'InspectionDetail' },
);

export const PlanRowSchema = Type.Object(
  {
    contractId: Uuid,
    serviceId: Uuid,
    serviceName: Type.String(),
    providerName: Type.String(),
    address: Type.Union([Type.String(), Type.Null()]),
    lastInspectionOn: NullableDay,
    lastInspectionId: Type.Union([Uuid, Type.Null()]),
    openInspectionId: Type.Union([Uuid, Type.Null()]),
    dueBy: DateOnly({
      description: 'Two years after the last inspection or the contract start',
    }),
    state: Type.Union([
      Type.Literal('overdue'),
      Type.Literal('due'),
      Type.Literal('ok'),
      Type.Literal('ordered'),
    ]),
  },
  { $id: 'InspectionPlanRow' },
);

export const InspectionParams = Type.Object({ tenantId: Uuid, inspectionId: Uuid });
export const AttachmentParams = Type.Object({ tenantId: Uuid, inspectionId: Uuid, attachmentId: Uuid });
export const PrescriptionParams = Type.Object({ tenantId: Uuid, inspectionId: Uuid, prescriptionId: Uuid });
export const IndicatorParams = Type.Object({ tenantId: Uuid, inspectionId: Uuid, itemId: ItemId });

/** The mayor's order (art. 31). */
export const OrderInspectionBody = Type.Object(
  {
    contractId: Uuid,
    kind: Kind,
    reason: Reason,
    orderNumber: Type.String({ minLength: 1, maxLength: 60, default: 'РД-09-123' }),
    orderDate: Day,
    basis: Type.Optional(NullableText(2000)),
    scopeCriteria: Type.Optional(ScopeInput),
    place: Type.Optional(NullableText(500)),
    startsOn: Day,
    endsOn: Day,
    reportDueOn: Type.Optional(NullableDay),
    inspectors: Type.Array(InspectorInput, { minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false },
);

/** The order's changes and the report's text, until it is signed. */
export const UpdateInspectionBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    orderNumber: Type.Optional(Type.String({ maxLength: 60 })),
    orderDate: Type.Optional(Day),
    basis: Type.Optional(Type.String({ maxLength: 2000 })),
    place: Type.Optional(Type.String({ maxLength: 500 })),
    startsOn: Type.Optional(Day),
    endsOn: Type.Optional(Day),
    reportDueOn: Type.Optional(Day),
    inspectors: Type.Optional(Type.Array(InspectorInput, { minItems: 1, maxItems: 20 })),
    completedOn: Type.Optional(NullableDay),
    providerPresent: Type.Optional(NullableText(300)),
    usersAsked: Type.Optional(Type.Boolean()),
    usersConsented: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 10000 }), Type.Null()])),
    consentNote: Type.Optional(NullableText(2000)),
    facts: Type.Optional(NullableText(20000)),
    otherViolations: Type.Optional(NullableText(20000)),
    conclusions: Type.Optional(NullableText(20000)),
  },
  { additionalProperties: false },
);

export const ForwardInspectionBody = Type.Object(
  { letterNumber: Type.String({ minLength: 1, maxLength: 60, default: 'И-123' }) },
  { additionalProperties: false },
);

export const AddAttachmentQuery = Type.Object(
  {
    name: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 255,
        default: 'photo.jpg',
        description: 'The file’s name (default: `снимка`, with the extension of its recognised type)',
      }),
    ),
    itemId: Type.Optional(ItemId),
    description: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export const AddedAttachmentSchema = Type.Object({
  id: Uuid,
  itemId: Type.Union([Type.String(), Type.Null()]),
  fileId: Uuid,
  name: Type.String(),
});

export const AddPrescriptionBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 2000 }),
    dueOn: Day,
    itemId: Type.Optional(Type.Union([ItemId, Type.Null()])),
  },
  { additionalProperties: false },
);
export const PrescriptionFromIndicatorBody = Type.Object(
  { text: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })), dueOn: Type.Optional(Day) },
  { additionalProperties: false },
);
export const CreatedPrescriptionSchema = Type.Object({ id: Uuid, text: Type.String(), dueOn: Day });
export const PrescriptionDoneBody = Type.Object({ doneOn: NullableDay }, { additionalProperties: false });
