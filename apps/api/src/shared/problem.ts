import { Type, type Static } from 'typebox';
import type { ProblemCode, RuleCode } from '../i18n/messages.ts';

export const FieldErrorSchema = Type.Object(
  {
    field: Type.String({ description: 'Where the value was: `body.eik`, `query.page`, `params.id`.' }),
    rule: Type.String({
      description: 'The rule it broke: `required`, `pattern`, `maxLength`, `eik_checksum`, …',
    }),
    message: Type.String({ description: "What is wrong, in the user's language." }),
  },
  { $id: 'FieldError' },
);

/** One shape for every error the API returns: RFC 9457 problem details plus a stable `code`. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'A URI naming the kind of problem.' }),
    title: Type.String({ description: "A short, human summary in the user's language." }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    code: Type.String({ description: 'Stable, machine-readable code, e.g. `validation_failed`.' }),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String({ description: 'The request path.' })),
    requestId: Type.Optional(
      Type.String({ description: 'Quote it when reporting a problem; it is on every log line.' }),
    ),
    errors: Type.Optional(Type.Array(FieldErrorSchema, { description: 'One entry per failing field.' })),
    current: Type.Optional(
      Type.Object(
        {},
        {
          additionalProperties: true,
          description:
            'On a 409 `result_conflict`: what the other person saved (result, note, version, updatedBy, updatedAt).',
        },
      ),
    ),
    fields: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), rule: Type.String() }), {
        description:
          'On a 422 `checklist_incomplete`: one `items.<itemId>` / `unanswered` per missing indicator.',
      }),
    ),
    missing: Type.Optional(
      Type.Array(
        Type.Object({
          itemId: Type.String(),
          key: Type.String(),
          standardKey: Type.String(),
          criterionKey: Type.String(),
        }),
        {
          description:
            'On a 422 `checklist_incomplete`: every indicator without an answer, in catalogue order.',
        },
      ),
    ),
  },
  { $id: 'Problem' },
);

export type Problem = Static<typeof ProblemSchema>;

export interface FieldProblem {
  field: string;
  rule: RuleCode | (string & {});
  /** Set when the rule is domain-specific and its message is already translated. */
  message?: string;
  params?: Record<string, string | number>;
}

/** An expected failure a route reports to the user: it becomes a 4xx problem, never a 500. */
export class AppError extends Error {
  readonly status: number;
  readonly code: ProblemCode | (string & {});
  readonly fields: FieldProblem[];
  readonly params: Record<string, string | number>;
  readonly headers: Record<string, string>;
  /** Members of the problem body beyond the standard ones (`current`, `missing`), declared in ProblemSchema. */
  readonly extra: Record<string, unknown>;

  constructor(
    status: number,
    code: ProblemCode | (string & {}),
    options: {
      fields?: FieldProblem[];
      params?: Record<string, string | number>;
      headers?: Record<string, string>;
      detail?: string;
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(options.detail ?? code);
    this.name = 'AppError';
    this.status = status;
    this.code = code;
    this.fields = options.fields ?? [];
    this.params = options.params ?? {};
    this.headers = options.headers ?? {};
    this.extra = options.extra ?? {};
  }
}

export const problemResponses = {
  '4xx': ProblemSchema,
  '5xx': ProblemSchema,
} as const;
