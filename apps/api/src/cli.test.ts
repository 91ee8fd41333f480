import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@mera/db/testing';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: db.url, PUBLIC_WEB_URL: 'https://mera.example.bg' },
    encoding: 'utf8',
  });
}

it('creates a municipality tenant and prints an invitation link for its administrator', async () => {
  const result = cli(
    'create-tenant',
    '--kind',
    'municipality',
    '--name',
    'Община Монтана',
    '--eik',
    '000696327',
    '--admin-email',
    'kmet@montana.example',
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^created municipality "Община Монтана" \([0-9a-f-]{36}\)\n/);
  expect(result.stdout).toMatch(/https:\/\/mera\.example\.bg\/invitations\/[0-9a-f-]{36}\.[\w-]+\n$/);
  const client = new pg.Client({ connectionString: db.adminUrl });
  await client.connect();
  const rows = await client.query(`select kind, legal_name from tenant`);
  await client.end();
  expect(rows.rows).toEqual([{ kind: 'municipality', legal_name: 'Община Монтана' }]);
});

it('refuses an invalid ЕИК with the field and the rule', () => {
  const result = cli('create-tenant', '--kind', 'agency', '--name', 'Агенция', '--eik', '123456789');
  expect(result.status).toBe(1);
  expect(result.stderr).toBe('validation_failed (--eik: eik_checksum)\n');
});
