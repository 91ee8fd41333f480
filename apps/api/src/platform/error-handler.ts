import fp from 'fastify-plugin';
import { ForeignKeyConstraintViolationException, OptimisticLockError } from '@mera/db';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldProblem, type Problem } from '../shared/problem.ts';
import { negotiateLocale, type Locale } from '../i18n/locale.ts';
import { EARLIEST_DATE, FINITE, LATEST_DATE } from '../shared/input-schemas.ts';
import {
  problemMessages,
  ruleMessages,
  translate,
  typeNames,
  type ProblemCode,
  type RuleCode,
} from '../i18n/messages.ts';

interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

const PROBLEM_BASE = 'https://mera.bg/problems/';

function pointerToField(context: string, pointer: string): string {
  const path = pointer
    .split('/')
    .filter(Boolean)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  return [context, ...path].join('.');
}

/** Turns one JSON-Schema (Ajv or TypeBox) error into a field problem naming the field and the rule. */
export function schemaErrorToField(context: string, error: SchemaError): FieldProblem {
  const params = error.params;
  switch (error.keyword) {
    case 'required': {
      const missing = String(
        params['missingProperty'] ?? (params['requiredProperties'] as string[] | undefined)?.[0] ?? '',
      );
      return { field: pointerToField(context, `${error.instancePath}/${missing}`), rule: 'required' };
    }
    case 'additionalProperties': {
      const extra = String(
        params['additionalProperty'] ?? (params['additionalProperties'] as string[] | undefined)?.[0] ?? '',
      );
      return {
        field: pointerToField(context, `${error.instancePath}/${extra}`),
        rule: 'additionalProperties',
      };
    }
    case 'type':
      return {
        field: pointerToField(context, error.instancePath),
        rule: 'type',
        params: { type: String(params['type']) },
      };
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[] | undefined) ?? [];
      return {
        field: pointerToField(context, error.instancePath),
        rule: 'enum',
        params: { allowed: allowed.join(', ') },
      };
    }
    case 'format':
      return {
        field: pointerToField(context, error.instancePath),
        rule: 'format',
        params: { format: String(params['format']) },
      };
    case FINITE:
      return { field: pointerToField(context, error.instancePath), rule: 'type', params: { type: 'number' } };
    case 'formatMinimum':
    case 'formatMaximum':
      // only dates carry these (shared/input-schemas.ts: DateOnly)
      return {
        field: pointerToField(context, error.instancePath),
        rule: 'date_range',
        params: { from: EARLIEST_DATE, to: LATEST_DATE },
      };
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'minItems':
    case 'maxItems':
      return {
        field: pointerToField(context, error.instancePath),
        rule: error.keyword,
        params: { limit: Number(params['limit']) },
      };
    case 'pattern':
    case 'const':
      return { field: pointerToField(context, error.instancePath), rule: error.keyword };
    default:
      return { field: pointerToField(context, error.instancePath), rule: 'invalid' };
  }
}

function fieldMessage(field: FieldProblem, locale: Locale): string {
  if (field.message) return field.message;
  const rule = (field.rule in ruleMessages ? field.rule : 'invalid') as RuleCode;
  const params = { ...field.params };
  if (rule === 'type' && typeof params['type'] === 'string') {
    const name = typeNames[params['type'].split(',')[0] ?? ''];
    if (name) params['type'] = name[locale];
  }
  return translate(ruleMessages[rule], locale, params);
}

function title(code: string, locale: Locale, params: Record<string, string | number>): string {
  const messages = (
    problemMessages as Record<string, (typeof problemMessages)[keyof typeof problemMessages]>
  )[code];
  return messages ? translate(messages, locale, params) : code;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  options: {
    fields?: FieldProblem[];
    params?: Record<string, string | number>;
    detail?: string;
    extra?: Record<string, unknown>;
  } = {},
): FastifyReply {
  const locale = negotiateLocale(request.headers['accept-language']);
  const problem: Problem = {
    ...options.extra,
    type: `${PROBLEM_BASE}${code}`,
    title: title(code, locale, options.params ?? {}),
    status,
    code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
  };
  if (options.detail) problem.detail = options.detail;
  if (options.fields?.length) {
    problem.errors = options.fields.map((field) => ({
      field: field.field,
      rule: field.rule,
      message: fieldMessage(field, locale),
    }));
  }
  return reply
    .status(status)
    .header('content-language', locale)
    .type('application/problem+json')
    .send(problem);
}

const FRAMEWORK_CODES: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'malformed_json' },
};

/** The `hint` a PL/pgSQL guard raised with (`raise … using hint = 'assessment_completed'`), wherever the driver put it. */
function databaseHint(error: unknown): string | undefined {
  for (let e = error as { hint?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.hint === 'string') return e.hint;
    e = e.cause as typeof e;
  }
  return undefined;
}

/**
 * One error handler for the whole API: expected failures become translated 4xx problem details; anything else
 * is logged with its stack and answered with a 500 that reveals nothing but the request id.
 */
export default fp(
  async (fastify) => {
    fastify.setErrorHandler((error: FastifyError | AppError, request, reply) => {
      if (error instanceof AppError) {
        reply.headers(error.headers);
        return sendProblem(request, reply, error.status, error.code, {
          fields: error.fields,
          params: error.params,
          extra: error.extra,
        });
      }
      if (error.validation) {
        // `query.from`, as the API's own checks and docs/architecture.md name query fields (Fastify says querystring)
        const context =
          error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'body');
        const fields = error.validation.map((e) => schemaErrorToField(context, e as unknown as SchemaError));
        return sendProblem(request, reply, 400, 'validation_failed', { fields });
      }
      const known = error.code ? FRAMEWORK_CODES[error.code] : undefined;
      if (known) return sendProblem(request, reply, known.status, known.code);
      if (error.statusCode === 429) {
        const retryAfter = Number(reply.getHeader('retry-after') ?? 60);
        return sendProblem(request, reply, 429, 'rate_limited', { params: { retryAfter } });
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        request.log.info({ err: error }, 'client error');
        return sendProblem(request, reply, error.statusCode, 'validation_failed');
      }
      // Deleting a row others still point at (a service with its meetings log): the record is in use, not broken.
      if (
        error instanceof ForeignKeyConstraintViolationException &&
        /^update or delete on table/.test(error.message)
      ) {
        return sendProblem(request, reply, 409, 'in_use');
      }
      // Someone saved the record between this request's read and its write (the entity's `version` moved on).
      if (error instanceof OptimisticLockError) {
        return sendProblem(request, reply, 409, 'conflict', {
          fields: [{ field: 'body.version', rule: 'stale' }],
        });
      }
      // A database guard refused a change (e.g. a completed check): its hint names the problem.
      const hint = databaseHint(error);
      if (hint && hint in problemMessages) return sendProblem(request, reply, 409, hint as ProblemCode);
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(request, reply, 500, 'internal_error');
    });

    fastify.setNotFoundHandler((request, reply) => sendProblem(request, reply, 404, 'not_found'));
  },
  { name: 'error-handler' },
);
