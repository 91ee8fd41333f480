import { Type } from 'typebox';

export const QualitySystemSchema = Type.Object(
  {
    sectionTitles: Type.Array(Type.Object({ key: Type.String(), title: Type.String() })),
    texts: Type.Record(Type.String(), Type.String(), { description: "The provider's own texts, by key" }),
    version: Type.Integer({ description: '0 until the first save' }),
    updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'QualitySystem' },
);

export const SaveQualitySystemBody = Type.Object(
  {
    version: Type.Integer({
      minimum: 0,
      default: 0,
      description: 'The version read; a stale one gets 409',
    }),
    texts: Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 20000 }), {
      default: { goals: 'Непрекъснато подобряване на услугите.' },
    }),
  },
  { additionalProperties: false },
);
