import { Type, type TString } from 'typebox';

/**
 * What every input of the API must satisfy whatever route it reaches (issue 12.7–12.8). Each class of hostile
 * value is stopped once, here, rather than in each route:
 *
 * - dates: one TypeBox type, `DateOnly`, bounded to 1990-01-01 … 2100-12-31 (a year-0 or year-9999 date reached
 *   PostgreSQL or `addMonths` and answered 500 — forever, once stored). `openapi.test.ts` fails when a request
 *   schema carries a date without the bounds;
 * - integers and numbers: `boundRequestSchema` gives every one without an explicit range that of a PostgreSQL
 *   `integer` (numbers: ±10¹²) and requires it to be finite (`?limit=Infinity` coerced to a number that passed
 *   every check);
 * - NUL characters: `nulCharacterField` finds one anywhere in the body, query or path (PostgreSQL text cannot hold
 *   U+0000); the app refuses the request before validation.
 */

export const EARLIEST_DATE = '1990-01-01';
export const LATEST_DATE = '2100-12-31';

type DateOptions = { default?: string; description?: string; examples?: string[] };

/** A calendar date (`YYYY-MM-DD`) from 1990-01-01 to 2100-12-31. Use it for every date the API accepts. */
export function DateOnly(options: DateOptions = {}): TString {
  return Type.String({
    format: 'date',
    formatMinimum: EARLIEST_DATE,
    formatMaximum: LATEST_DATE,
    ...options,
  });
}

/**
 * Ajv keyword: the number is finite. `strictNumbers` refuses `Infinity` given as a number, but a query string's
 * `"Infinity"` or `"-Infinity"` is coerced to one *after* that check, and Ajv then skips `minimum`/`maximum` for it
 * (they are guarded by `isFinite`): `?limit=-Infinity` passed `minimum: 1` and reached SQL. This keyword runs on
 * the coerced value. `boundRequestSchema` puts it on every integer and number.
 */
export const FINITE = 'x-finite';

/** The keyword's check (the Ajv plugin that defines it is in app.ts, where Fastify's Ajv types are at hand). */
export const finiteWhenNumber = (enabled: boolean, data: unknown): boolean =>
  !enabled || typeof data !== 'number' || Number.isFinite(data);

const INT_RANGE = { minimum: -2_147_483_648, maximum: 2_147_483_647 } as const;
const NUMBER_RANGE = { minimum: -1e12, maximum: 1e12 } as const;

type JsonSchema = { [key: string]: unknown };

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of a request schema in which every integer without a range gets the range of a PostgreSQL `integer` and
 * every number one of ±10¹² — so `1e+300` or `3000000000` is a 400 naming the field, not an overflow in the
 * database. An explicit `minimum`/`maximum` wins. Applied to every route's body, query, params and headers when
 * the route is registered (app.ts), so the OpenAPI document shows the bounds too.
 */
export function boundRequestSchema<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map((item) => boundRequestSchema(item)) as T;
  if (!isSchema(schema)) return schema;
  const copy: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    // `const`, `enum`, `default` and `examples` are values, not schemas.
    copy[key] = ['const', 'enum', 'default', 'examples'].includes(key) ? value : boundRequestSchema(value);
  }
  const types = [copy['type']].flat();
  const range = types.includes('integer') ? INT_RANGE : types.includes('number') ? NUMBER_RANGE : undefined;
  if (range) {
    copy[FINITE] = true;
    if (copy['minimum'] === undefined && copy['exclusiveMinimum'] === undefined)
      copy['minimum'] = range.minimum;
    if (copy['maximum'] === undefined && copy['exclusiveMaximum'] === undefined)
      copy['maximum'] = range.maximum;
  }
  return copy as T;
}

/**
 * The first place in a request's input that holds a NUL character (in a value or a key), as a field name
 * (`body.displayName`, `query.source`, `params.variantKey`), or undefined. Binary bodies (uploads) are not text.
 */
export function nulCharacterField(context: string, value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? context : undefined;
  if (depth > 64 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value))
    return undefined;
  for (const [key, item] of Object.entries(value)) {
    const field = `${context}.${key}`;
    if (key.includes('\u0000')) return field;
    const found = nulCharacterField(field, item, depth + 1);
    if (found) return found;
  }
  return undefined;
}
