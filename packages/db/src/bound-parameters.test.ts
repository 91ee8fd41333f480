import { raw } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { bindParameters } from './bound-parameters.ts';
import { ormForThisFile } from './testing/orm.ts';

/** Issue 12.8: `catalogue/sources?limit=Infinity` reached SQL as `limit Infinity` — `column "infinity" does not exist`. */
const t = ormForThisFile();

describe('query parameters', () => {
  it('reach PostgreSQL as parameters, not as SQL text', async () => {
    const [row] = await t.orm.em
      .getConnection()
      .execute<{ query: string }[]>(
        `select query from pg_stat_activity where pid = pg_backend_pid() and ?::text = ?`,
        ['Infinity', 'Infinity'],
      );
    expect(row?.query).toBe(
      `select query from pg_stat_activity where pid = pg_backend_pid() and $1::text = $2`,
    );
  });

  it('turn a number JavaScript prints oddly into a value PostgreSQL refuses, never into SQL', async () => {
    const connection = t.orm.em.getConnection();
    await expect(connection.execute(`select 1 limit ?`, [Infinity])).rejects.toThrow(
      /invalid input syntax for type bigint: "Infinity"/,
    );
    await expect(connection.execute(`select 1 limit ?`, [Infinity])).rejects.not.toThrow(/column/);
    const [big] = await connection.execute<{ n: string }[]>(`select ?::numeric as n`, [1e300]);
    expect(big?.n).toBe(`1${'0'.repeat(300)}`);
  });

  it('keep what MikroORM’s formatter did: identifiers, lists, JSON, raw fragments, escaped question marks', async () => {
    const platform = t.orm.em.getPlatform();
    expect(
      bindParameters(platform, `select ?? from t where id in (?) and data = ?::jsonb and x = ? and y \\? z`, [
        'name',
        ['a', 'b'],
        { k: 1 },
        raw(`lower(?)`, ['Q']),
      ]),
    ).toEqual({
      sql: `select "name" from t where id in ($1, $2) and data = $3::jsonb and x = lower($4) and y ? z`,
      values: ['a', 'b', '{"k":1}', 'Q'],
    });
    const [row] = await t.orm.em
      .getConnection()
      .execute<{ a: string; n: number; j: unknown; d: Date | null }[]>(
        `select ? as a, ?::int as n, ?::jsonb as j, ?::date as d`,
        ["it's", 7, { list: [1, 'два'] }, null],
      );
    expect(row).toEqual({ a: "it's", n: 7, j: { list: [1, 'два'] }, d: null });
  });

  it('leave a query without parameters untouched (a migration’s $$ and the jsonb ? operator)', async () => {
    const [row] = await t.orm.em
      .getConnection()
      .execute<{ has: boolean; body: string }[]>(`select '{"a":1}'::jsonb ? 'a' as has, $$x$$ as body`);
    expect(row).toEqual({ has: true, body: 'x' });
  });
});
