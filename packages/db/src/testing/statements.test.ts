import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../orm.ts';
import { inScope } from '../session.ts';
import { countStatements, type TestDatabase } from './index.ts';
import { closeTestOrm, openTestOrm } from './orm.ts';

let db: TestDatabase;
let orm: Orm;

beforeAll(async () => {
  ({ db, orm } = await openTestOrm());
});

afterAll(() => closeTestOrm(db, orm));

describe('countStatements', () => {
  it('counts every statement the application sends, the transaction and its session variables included', async () => {
    const { result, count, statements } = await countStatements(() =>
      inScope(orm, { tenantId: null, userId: null }, (em) =>
        em.execute<{ one: number }[]>('select 1 as one'),
      ),
    );
    expect(result).toEqual([{ one: 1 }]);
    expect(statements[0]).toMatch(/^begin/i);
    expect(statements.some((s) => s.includes('set_config'))).toBe(true);
    expect(statements).toContain('select 1 as one');
    expect(statements.at(-1)).toMatch(/^commit/i);
    expect(count).toBe(statements.length);
  });

  it('grows with the statements a loop sends, so a test can tell a per-row query from a set-based one', async () => {
    const read = (rows: number) =>
      countStatements(() =>
        inScope(orm, { tenantId: null, userId: null }, async (em) => {
          for (let i = 0; i < rows; i++) await em.execute('select ? as n', [i]);
        }),
      );
    const [two, six] = [await read(2), await read(6)];
    expect(six.count - two.count).toBe(4);
  });

  it("ignores another role's connections, such as a test's own superuser arranging data", async () => {
    const { count } = await countStatements(async () => {
      const admin = new pg.Client({ connectionString: db.adminUrl });
      await admin.connect();
      await admin.query('select 1');
      await admin.end();
    });
    expect(count).toBe(0);
  });
});
