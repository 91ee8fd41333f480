// What both checklists' routes share: one answer's body, the actions shown on an indicator.
import { Type } from 'typebox';

export const ResultSchema = Type.Union(
  [Type.Literal('met'), Type.Literal('partly_met'), Type.Literal('not_met'), Type.Literal('not_applicable')],
  { default: 'met' },
);

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

export const ActionSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('measure'), Type.Literal('prescription')]),
    id: Type.String({ format: 'uuid' }),
    title: Type.String(),
  },
  {
    description:
      'What was decided from this indicator: a measure of the quality programme, or a prescription',
  },
);
