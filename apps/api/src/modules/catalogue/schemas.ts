import { Type, type TSchema } from 'typebox';
import { DateOnly } from '../../shared/input-schemas.ts';

export const NamesSchema = Type.Object({ bg: Type.String(), en: Type.String(), uk: Type.String() });

export const ItemKind = Type.Union([
  Type.Literal('section'),
  Type.Literal('standard'),
  Type.Literal('criterion'),
  Type.Literal('indicator'),
]);

export const VariantSummary = Type.Object({
  key: Type.String(),
  name: Type.Union([NamesSchema, Type.Null()], {
    description: "The plugin's short name for the variant (the annex title is in `title`)",
  }),
  annex: Type.Integer(),
  code: Type.String(),
  title: Type.String(),
  versionId: Type.String({ format: 'uuid' }),
  effectiveFrom: DateOnly(),
  itemCount: Type.Integer(),
});

export const ServiceType = Type.Object(
  { code: Type.String(), name: NamesSchema, variants: Type.Array(VariantSummary) },
  { $id: 'ServiceType' },
);

export const Node: TSchema = Type.Cyclic(
  {
    Node: Type.Object({
      id: Type.String(),
      kind: ItemKind,
      key: Type.String(),
      title: Type.Union([Type.String(), Type.Null()]),
      statement: Type.Union([Type.String(), Type.Null()]),
      text: Type.Union([Type.String(), Type.Null()]),
      sources: Type.Array(Type.String()),
      notes: Type.Array(Type.String()),
      children: Type.Array(Type.Ref('Node')),
    }),
  },
  'Node',
  { $id: 'CatalogueNode' },
);

export const EvaluateRulesParams = Type.Object({
  pluginCode: Type.String({ maxLength: 40 }),
  variantKey: Type.String({ maxLength: 60 }),
});

export const EvaluateRulesBody = Type.Object(
  {
    capacity: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
    currentUsers: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
    staffCount: Type.Optional(Type.Union([Type.Number({ minimum: 0 }), Type.Null()])),
    positionsPlanned: Type.Optional(Type.Union([Type.Number({ minimum: 0 }), Type.Null()])),
    positionsFilled: Type.Optional(Type.Union([Type.Number({ minimum: 0 }), Type.Null()])),
    durationMonths: Type.Optional(Type.Union([Type.Number({ minimum: 0 }), Type.Null()])),
  },
  { additionalProperties: true },
);

export const GetVariantCatalogueParams = Type.Object({
  pluginCode: Type.String({ maxLength: 40 }),
  variantKey: Type.String({ maxLength: 60 }),
});

export const GetCatalogueItemQuery = Type.Object({
  id: Type.String({ minLength: 3, maxLength: 200, description: 'e.g. bg-2022/a02/s1/c1.1/i1' }),
});

export const SearchCatalogueQuery = Type.Object({
  q: Type.String({ minLength: 2, maxLength: 200 }),
  plugin: Type.Optional(Type.String({ maxLength: 40 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

export const GetLegacyCentreParams = Type.Object({ key: Type.String({ maxLength: 60 }) });
