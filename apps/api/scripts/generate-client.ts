import { writeFile } from 'node:fs/promises';
import { clientTypesSource } from '../src/openapi.ts';

const target = new URL('../../../packages/api-client/src/generated/schema.ts', import.meta.url);
await writeFile(target, await clientTypesSource());
process.stdout.write(`wrote ${target.pathname}\n`);
