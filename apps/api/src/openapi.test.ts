import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { clientTypesSource, openApiDocument } from './openapi.ts';

const COMMITTED = new URL('../../../packages/api-client/src/generated/schema.ts', import.meta.url);

it('the committed API client matches the running OpenAPI document', async () => {
  const committed = await readFile(COMMITTED, 'utf8');
  const fresh = await clientTypesSource();
  // When this fails, a route's schema changed: run `pnpm --filter @mera/api generate:client` and commit the result.
  expect(
    committed === fresh,
    'packages/api-client is stale: run `pnpm --filter @mera/api generate:client`',
  ).toBe(true);
});

/** Every schema reachable from an operation's parameters and request body, with where it was found. */
function requestSchemas(
  document: Record<string, unknown>,
): { where: string; schema: Record<string, unknown> }[] {
  const found: { where: string; schema: Record<string, unknown> }[] = [];
  const walk = (where: string, node: unknown): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(`${where}[${i}]`, item));
    if (typeof node !== 'object' || node === null) return;
    const schema = node as Record<string, unknown>;
    found.push({ where, schema });
    for (const [key, value] of Object.entries(schema))
      if (!['const', 'enum', 'default', 'examples', 'example'].includes(key)) walk(`${where}.${key}`, value);
  };
  const paths = document['paths'] as Record<string, Record<string, Record<string, unknown>>>;
  for (const [path, operations] of Object.entries(paths))
    for (const [method, operation] of Object.entries(operations)) {
      walk(`${method.toUpperCase()} ${path} parameters`, operation['parameters']);
      walk(`${method.toUpperCase()} ${path} requestBody`, operation['requestBody']);
    }
  return found;
}

it('bounds every date, integer and number an operation accepts (issue 12.7–12.8)', async () => {
  const schemas = requestSchemas(await openApiDocument());
  expect(schemas.filter(({ schema }) => schema['format'] === 'date').length).toBeGreaterThan(40);
  expect(schemas.filter(({ schema }) => schema['type'] === 'integer').length).toBeGreaterThan(20);
  const unbounded = schemas.filter(({ schema }) =>
    schema['format'] === 'date'
      ? schema['formatMinimum'] !== '1990-01-01' || schema['formatMaximum'] !== '2100-12-31'
      : ['integer', 'number'].some((type) => [schema['type']].flat().includes(type)) &&
        (schema['minimum'] === undefined || schema['maximum'] === undefined),
  );
  // A date must be `DateOnly` (apps/api/src/shared/input-schemas.ts); numbers get their bounds in app.ts.
  expect(unbounded.map(({ where }) => where)).toEqual([]);
});
