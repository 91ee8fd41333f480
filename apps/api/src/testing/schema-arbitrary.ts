import fc from 'fast-check';

/**
 * fast-check arbitraries from the JSON Schemas of the OpenAPI document, for the fuzz test (fuzz.test.ts, issue 12.8).
 * `validish` follows the schema — types, formats, enums, lengths and ranges, with values at and just past the
 * edges — so that requests get past validation and into the handlers and SQL; `hostile` starts from such a value and
 * replaces one part of it with something an attacker would send.
 */
export type JsonSchema = { [key: string]: unknown };

/** Values that broke the API before (issue 12.8) and their relatives. */
export const HOSTILE_STRINGS = [
  '\u0000',
  'a\u0000b',
  'Infinity',
  '-Infinity',
  'NaN',
  '1e+300',
  '-1e+300',
  '9223372036854775808',
  '0000-01-01',
  '9999-12-31',
  '-infinity',
  '2026-02-30',
  '',
  ' ',
  "' or 1=1 --",
  '"; drop table tenant; --',
  '?',
  '??',
  '$1',
  '\\',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  '\ud800',
  '\u202e',
  '😀'.repeat(300),
  'я'.repeat(5000),
  'x'.repeat(70_000),
] as const;

const deep = (depth: number): unknown => (depth === 0 ? 'дъно' : { a: deep(depth - 1) });

export const HOSTILE_VALUES: readonly unknown[] = [
  ...HOSTILE_STRINGS,
  0,
  -1,
  1.5,
  2_147_483_648,
  -2_147_483_649,
  Number.MAX_SAFE_INTEGER + 2,
  1e300,
  -1e300,
  null,
  true,
  [],
  {},
  [null],
  JSON.parse('{"__proto__":{"polluted":true}}'),
  deep(60),
  Array.from({ length: 2000 }, (_, i) => i),
];

export const hostileValue = fc.constantFrom(...HOSTILE_VALUES);
export const hostileString = fc.constantFrom(...HOSTILE_STRINGS);

export interface ArbitraryContext {
  /** Resolves `$ref` (the document's components). */
  resolve(ref: string): JsonSchema;
  /** Real ids for a property or parameter named like `serviceId` (so that requests reach existing rows). */
  ids(name: string): string[];
}

function dates(): fc.Arbitrary<string> {
  // mostly inside 1990–2100, sometimes at or past its edges
  const day = fc
    .date({
      min: new Date('1985-01-01T00:00:00Z'),
      max: new Date('2105-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  return fc.oneof(
    { weight: 6, arbitrary: day },
    { weight: 1, arbitrary: fc.constantFrom('1990-01-01', '2100-12-31', '1989-12-31', '2101-01-01') },
  );
}

function stringFor(schema: JsonSchema, name: string, ctx: ArbitraryContext): fc.Arbitrary<string> {
  const format = schema['format'];
  if (format === 'uuid') {
    const known = ctx.ids(name);
    return known.length
      ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.uuid() })
      : fc.uuid();
  }
  if (format === 'date') return dates();
  if (format === 'date-time') return dates().map((d) => `${d}T10:00:00.000Z`);
  if (format === 'email') return fc.emailAddress();
  if (format === 'uri') return fc.webUrl();
  const minLength = Number(schema['minLength'] ?? 0);
  const maxLength = Math.min(Number(schema['maxLength'] ?? 200), 400);
  if (typeof schema['pattern'] === 'string') {
    try {
      return fc.stringMatching(new RegExp(schema['pattern'], 'u')).filter((s) => s.length <= maxLength + 5);
    } catch {
      // a pattern fast-check cannot invert: plain strings
    }
  }
  const text = fc.string({
    unit: fc.constantFrom('а', 'б', 'Я', 'x', ' ', '7', '„', '“', '-', 'ї', 'é'),
    minLength,
    maxLength,
  });
  return fc.oneof(
    { weight: 8, arbitrary: text },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }) },
  );
}

function numberFor(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = typeof schema['minimum'] === 'number' ? schema['minimum'] : -1e6;
  const max = typeof schema['maximum'] === 'number' ? schema['maximum'] : 1e6;
  const edges = fc.constantFrom(min, max, Math.max(min, Math.min(max, 0)), Math.max(min, Math.min(max, 1)));
  const inside = integer
    ? fc.integer({ min: Math.max(min, -1e9), max: Math.min(max, 1e9) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return fc.oneof({ weight: 4, arbitrary: inside }, { weight: 1, arbitrary: edges });
}

/** Values that satisfy the schema most of the time (and sit on its edges often). */
export function validish(
  schema: unknown,
  ctx: ArbitraryContext,
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  if (typeof schema !== 'object' || schema === null || depth > 8) return fc.jsonValue({ maxDepth: 2 });
  const s = schema as JsonSchema;
  // The schemas' `default`s are realistic examples (the isolation suite builds its bodies from them): using them
  // often gets requests past the business rules into the deeper code.
  if ('default' in s) {
    const { default: example, ...rest } = s;
    return fc.oneof(
      { weight: 2, arbitrary: fc.constant(example) },
      { weight: 3, arbitrary: validish(rest, ctx, name, depth) },
    );
  }
  if (typeof s['$ref'] === 'string') return validish(ctx.resolve(s['$ref']), ctx, name, depth + 1);
  if ('const' in s) return fc.constant(s['const']);
  if (Array.isArray(s['enum'])) return fc.constantFrom(...(s['enum'] as unknown[]));
  for (const key of ['anyOf', 'oneOf'] as const)
    if (Array.isArray(s[key]))
      return fc.oneof(...(s[key] as unknown[]).map((option) => validish(option, ctx, name, depth + 1)));
  if (Array.isArray(s['allOf']))
    return validish(Object.assign({}, ...(s['allOf'] as object[])), ctx, name, depth);
  const types = [s['type']].flat().filter((t): t is string => typeof t === 'string');
  if (types.length > 1)
    return fc.oneof(...types.map((type) => validish({ ...s, type }, ctx, name, depth + 1)));
  switch (types[0]) {
    case 'string':
      return stringFor(s, name, ctx);
    case 'integer':
      return numberFor(s, true);
    case 'number':
      return numberFor(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = Number(s['minItems'] ?? 0);
      const maxLength = Math.max(minLength, Math.min(Number(s['maxItems'] ?? 4), 4));
      return fc.array(validish(s['items'], ctx, name, depth + 1), { minLength, maxLength });
    }
    case 'object': {
      const properties = (s['properties'] ?? {}) as Record<string, unknown>;
      const required = new Set((s['required'] ?? []) as string[]);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, property] of Object.entries(properties))
        record[key] = validish(property, ctx, key, depth + 1);
      if (Object.keys(record).length === 0) return fc.constant({});
      return fc.record(record, { requiredKeys: [...required].filter((key) => key in record) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * How one value of a request is spoiled: each turns the value found there into something hostile of its kind. The
 * classes that answered 500 before (issue 12.8: NUL, year 0 and 9999, huge and infinite numbers) weigh most.
 */
const SPOILERS: { weight: number; arbitrary: fc.Arbitrary<(value: unknown) => unknown> }[] = [
  { weight: 4, arbitrary: fc.constant((v: unknown) => (typeof v === 'string' ? `${v}\u0000` : 'a\u0000b')) },
  { weight: 2, arbitrary: fc.constant((v: unknown) => (typeof v === 'string' ? `\u0000${v}` : '\u0000')) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      () => '0000-01-01',
      () => '9999-12-31',
      () => '-infinity',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      () => 1e300,
      () => -1e300,
      () => 9223372036854775808,
      () => 2_147_483_648,
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      () => 'Infinity',
      () => '-Infinity',
      () => '1e+300',
      () => -1,
      () => 1.5,
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      () => 'x'.repeat(70_000),
      () => '',
      () => null,
      () => "' or 1=1 --",
      () => '\ud800',
      () => deep(60),
      () => ({}),
      () => [],
      (v: unknown) => (Array.isArray(v) ? Array.from({ length: 2000 }, () => v[0] ?? 'x') : [v, v]),
    ),
  },
];

/** A hostile string for a query or path parameter, weighted as the spoilers are. */
export const hostileParameter = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '\u0000',
      'a\u0000b',
      'Infinity',
      '-Infinity',
      '1e+300',
      '0000-01-01',
      '9999-12-31',
    ),
  },
  { weight: 3, arbitrary: hostileString },
);

/** The leaves of a JSON value (and empty containers), as paths. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return value.length ? value.flatMap((item, i) => leaves(item, [...path, i])) : [path];
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return entries.length ? entries.flatMap(([key, item]) => leaves(item, [...path, key])) : [path];
  }
  return [path];
}

/** The value with the leaf at `path` replaced by `spoil(leaf)`. */
function spoilAt(value: unknown, path: (string | number)[], spoil: (v: unknown) => unknown): unknown {
  if (path.length === 0) return spoil(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? spoilAt(item, rest, spoil) : item));
  const object = value as Record<string, unknown>;
  return { ...object, [head as string]: spoilAt(object[head as string], rest, spoil) };
}

/**
 * A schema-shaped value in which exactly one leaf is spoiled (a NUL appended, a year-0 date, 1e300, …), so that
 * the rest still passes and the hostile part travels as deep as it can; now and then an unknown field, or
 * something else entirely instead of the value.
 */
export function hostile(schema: unknown, ctx: ArbitraryContext): fc.Arbitrary<unknown> {
  const spoiled = fc
    .tuple(validish(schema, ctx), fc.nat(), fc.oneof(...SPOILERS))
    .map(([value, i, spoil]) => {
      const paths = leaves(value);
      return spoilAt(value, paths[i % paths.length] ?? [], spoil);
    });
  return fc.oneof(
    { weight: 8, arbitrary: spoiled },
    {
      weight: 1,
      arbitrary: validish(schema, ctx).map((v) =>
        typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v, 'неизвестно\u0000': 1 } : v,
      ),
    },
    { weight: 1, arbitrary: hostileValue },
  );
}
