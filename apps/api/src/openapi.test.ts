import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { clientTypesSource } from './openapi.ts';

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
