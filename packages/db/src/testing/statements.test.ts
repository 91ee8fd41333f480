import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { inScope } from '../session.ts';
import { countStatements } from './index.ts';
import { ormForThisFile } from './orm.ts';

const t = ormForThisFile();

describe('countStatements', () => {
  it('counts every statement the application sends, the transaction and its session variables included', async () => {
    const { result, count, statements } = await countStatements(() =>
      inScope(t.orm, { tenantId: null, userId: null }, (em) =>
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
        inScope(t.orm, { tenantId: null, userId: null }, async (em) => {
          for (let i = 0; i < rows; i++) await em.execute('select ? as n', [i]);
        }),
      );
    const [two, six] = [await read(2), await read(6)];
    expect(six.count - two.count).toBe(4);
  });

  it("ignores another role's connections, such as a test's own superuser arranging data", async () => {
    const { count } = await countStatements(async () => {
      const admin = new pg.Client({ connectionString: t.db.adminUrl });
      await admin.connect();
      await admin.query('select 1');
      await admin.end();
    });
    expect(count).toBe(0);
  });
});
