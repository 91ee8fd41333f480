import { astToString, default as openapiTS } from 'openapi-typescript';
import { createOrm } from '@mera/db';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

/** The OpenAPI document, built from the routes without touching a database (the pool connects lazily). */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({
    DATABASE_URL: 'postgres://spec@127.0.0.1:1/spec',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    JOBS: 'off',
  });
  const orm = await createOrm({ url: config.DATABASE_URL, poolSize: 1 });
  const app = await buildApp({ config, orm, syncCatalogue: false });
  try {
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

const BANNER = `/**
 * Generated from Mera's OpenAPI document by openapi-typescript. Do not edit by hand:
 * run \`pnpm --filter @mera/api generate:client\` after changing a route's schema.
 */
`;

/** The TypeScript source of the typed client's `paths`, exactly as committed in @mera/api-client. */
export async function clientTypesSource(): Promise<string> {
  const ast = await openapiTS(
    JSON.parse(JSON.stringify(await openApiDocument())) as Parameters<typeof openapiTS>[0],
  );
  return BANNER + astToString(ast);
}
