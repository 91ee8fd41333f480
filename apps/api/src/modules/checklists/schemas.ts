// What both checklists' routes share: one answer's body, the actions shown on an indicator.
import { Type, type TProperties, type TSchema } from 'typebox';

export const ResultSchema = Type.Union(
  [Type.Literal('met'), Type.Literal('partly_met'), Type.Literal('not_met'), Type.Literal('not_applicable')],
  { default: 'met' },
);

export const ActionSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('measure'), Type.Literal('prescription')]),
    id: Type.String({ format: 'uuid' }),
    title: Type.String(),
    programmeId: Type.Optional(
      Type.String({ format: 'uuid', description: 'For a measure: the quality programme it belongs to' }),
    ),
  },
  {
    description:
      'What was decided from this indicator: a measure of the quality programme, or a prescription',
  },
);

export const ItemIdSchema = Type.String({
  minLength: 1,
  maxLength: 200,
  default: 'bg-2022/a02/s1/c1.1/i1',
  description: 'A catalogue indicator id, e.g. `bg-2022/a02/s1/c1.1/i1`',
});

/** An indicator of a checklist as both kinds show it: the catalogue's words and the answer, with its version. */
export const IndicatorFields = (legacyVersion: 'resultVersion' | 'findingVersion') => ({
  id: Type.String(),
  key: Type.String(),
  text: Type.Union([Type.String(), Type.Null()]),
  sources: Type.Array(Type.String()),
  result: Type.Union([ResultSchema, Type.Null()]),
  value: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()], {
    description:
      "An answer kind's figures (reserved: a percentage n/d, a count, a 0–3 scale); null for the levels",
  }),
  note: Type.Union([Type.String(), Type.Null()]),
  [legacyVersion]: Type.Integer({ description: 'The same as `version` (kept for older clients)' }),
  version: Type.Integer({ description: "The answer's version: send it back when saving (0: none yet)" }),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedByName: Type.Union([Type.String(), Type.Null()]),
  actions: Type.Array(ActionSchema),
});

/**
 * One save carries everything the person changed on an indicator, with the version of the answer as read. The
 * note's limit is the checklist kind's (a check's notes may be longer than an inspection report's findings).
 */
export const AnswerBody = (noteMaxLength: number) =>
  Type.Object(
    {
      itemId: Type.String({
        minLength: 1,
        maxLength: 200,
        default: 'bg-2022/a02/s1/c1.1/i1',
        description: 'A catalogue indicator id, e.g. `bg-2022/a02/s1/c1.1/i1`',
      }),
      result: Type.Union([ResultSchema, Type.Null()]),
      note: Type.Optional(Type.Union([Type.String({ maxLength: noteMaxLength }), Type.Null()])),
      value: Type.Optional(
        Type.Null({
          description:
            'Reserved for answer kinds a plugin may declare later (a percentage n/d, a count, a 0–3 scale); null today',
        }),
      ),
      version: Type.Integer({
        minimum: 0,
        default: 0,
        description: "The answer's version as read (0: none yet); a stale one is a 409 carrying `current`",
      }),
    },
    { additionalProperties: false },
  );

/**
 * The annexes' fixed shape, section → standard → criterion → indicator, with what each kind of checklist adds to a
 * group (a check: its notes, score and progress).
 */
export function SectionsSchema<I extends TSchema, P extends TProperties>(indicator: I, extra: P) {
  const group = <K extends string, C extends TSchema>(kind: K, child: C) =>
    Type.Object({
      id: Type.String(),
      kind: Type.Literal(kind),
      key: Type.String(),
      title: Type.Union([Type.String(), Type.Null()]),
      statement: Type.Union([Type.String(), Type.Null()]),
      ...extra,
      children: Type.Array(child),
    });
  return Type.Array(group('section', group('standard', group('criterion', indicator))));
}
