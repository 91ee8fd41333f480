import { Type } from 'typebox';
import { Uuid } from '../../shared/http-schemas.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

export const StoredFileSchema = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    mediaType: Type.String({ description: 'Recognised from the content, not from the name' }),
    sizeBytes: Type.Integer(),
    sha256: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'StoredFile' },
);

export const Kind = Type.Union(
  [
    Type.Literal('policy'),
    Type.Literal('procedure'),
    Type.Literal('plan'),
    Type.Literal('programme'),
    Type.Literal('register'),
    Type.Literal('rules'),
    Type.Literal('other'),
  ],
  {
    default: 'plan',
    description: 'policy, procedure, plan, programme, register, rules (правилник) or other',
  },
);

export const Day = DateOnly({ default: '2026-01-15' });

export const NullableDay = Type.Union([Day, Type.Null()]);

export const NullableText = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);

export const DocumentSchema = Type.Object(
  {
    id: Uuid,
    kind: Kind,
    title: Type.String(),
    serviceId: Type.Union([Uuid, Type.Null()], {
      description: "Null: the organisation's, for every service",
    }),
    versionLabel: Type.Union([Type.String(), Type.Null()]),
    approvedOn: Type.Union([DateOnly(), Type.Null()]),
    nextReviewOn: Type.Union([DateOnly(), Type.Null()]),
    reviewOverdue: Type.Boolean({ description: 'The next review date has passed (Europe/Sofia)' }),
    file: Type.Union([
      Type.Object({ id: Uuid, name: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer() }),
      Type.Null(),
    ]),
    sources: Type.Array(Type.String(), {
      description: "The Ordinance's sources of information (verbatim) this document stands for",
    }),
    note: Type.Union([Type.String(), Type.Null()]),
    usedAsEvidence: Type.Integer({ description: 'How many assessment answers cite it' }),
    version: Type.Integer(),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'QualityDocument' },
);

export const DocumentFields = {
  kind: Kind,
  title: Type.String({ minLength: 1, maxLength: 500, default: 'План за защита при бедствия и аварии' }),
  serviceId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  versionLabel: Type.Optional(NullableText(50)),
  approvedOn: Type.Optional(NullableDay),
  nextReviewOn: Type.Optional(NullableDay),
  fileId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  sources: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), { maxItems: 50 })),
  note: Type.Optional(NullableText(5000)),
};

export const FileParams = Type.Object({ tenantId: Uuid, fileId: Uuid });

export const DocumentParams = Type.Object({ tenantId: Uuid, documentId: Uuid });

export const UploadFileQuery = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 255, default: 'plan.pdf' }) },
  { additionalProperties: false },
);

export const ListDocumentsQuery = Type.Object(
  {
    serviceId: Type.Optional(Uuid),
    source: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const CreateDocumentBody = Type.Object(DocumentFields, { additionalProperties: false });

export const UpdateDocumentBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, default: 1 }),
    kind: Type.Optional(Kind),
    title: Type.Optional(DocumentFields.title),
    serviceId: DocumentFields.serviceId,
    versionLabel: DocumentFields.versionLabel,
    approvedOn: DocumentFields.approvedOn,
    nextReviewOn: DocumentFields.nextReviewOn,
    fileId: DocumentFields.fileId,
    sources: DocumentFields.sources,
    note: DocumentFields.note,
  },
  { additionalProperties: false },
);

export const ListCatalogueSourcesQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
);
