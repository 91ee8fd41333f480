// The route both kinds of checklist share, declared per kind with its own URL, operation id and id parameter.
import { Type, type TProperties } from 'typebox';
import type { TenantRouteSpec } from '../../platform/tenant-routes.ts';
import { AnswerBody, ResultSchema } from './schemas.ts';

/** What a kind says of its answer route; the body and the answer are the engine's. */
export type AnswerRouteSpec = Omit<TenantRouteSpec, 'body' | 'ok' | 'created' | 'noContent' | 'download'>;

/**
 * `PUT …/results` or `PUT …/findings`: one indicator's answer, autosaved; a stale version is a 409 with `current`.
 * The spec for `routes.put`, with the kind's longest note and what else it answers with, besides the saved answer.
 */
export function answerRouteSpec<const S extends AnswerRouteSpec, const P extends TProperties>(
  spec: S,
  noteMaxLength: number,
  response: P,
) {
  return {
    ...spec,
    body: AnswerBody(noteMaxLength),
    ok: Type.Object({
      itemId: Type.String(),
      result: Type.Union([ResultSchema, Type.Null()]),
      note: Type.Union([Type.String(), Type.Null()]),
      version: Type.Integer({ description: "The answer's version now: send it with the next save" }),
      ...response,
    }),
  };
}
