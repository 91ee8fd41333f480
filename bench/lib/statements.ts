import { APP_ROLE } from '@mera/db';
import { withClient } from './postgres.ts';

export interface StatementCount {
  /** SQL statements the application role sent per request (begin, set_config and commit included). */
  perRequest: number;
  /** Time PostgreSQL spent executing them per request (planning not included), in ms. */
  sqlMsPerRequest: number;
  /** The statements that took the most time, normalised by pg_stat_statements, with calls and ms per request. */
  top: { calls: number; ms: number; query: string }[];
}

/**
 * Counts, with `pg_stat_statements`, the statements the application role (`mera_app`) sends to one database while
 * `requests` requests run one after another. Only top-level statements count (`pg_stat_statements.track = top`): a
 * round trip from the server, not what a trigger does inside it. Nothing else may use that role on that database
 * meanwhile (the benchmark's own connections are the superuser's; background jobs are off).
 */
export async function countStatements(
  adminUrl: string,
  database: string,
  requests: number,
  run: () => Promise<void>,
): Promise<StatementCount> {
  return withClient(adminUrl, async (client) => {
    await client.query(`select pg_stat_statements_reset()`);
    for (let i = 0; i < requests; i++) await run();
    const { rows } = await client.query<{ calls: string; ms: number; query: string }>(
      `select s.calls::text as calls, s.total_exec_time as ms, s.query from pg_stat_statements s
       join pg_roles r on r.oid = s.userid join pg_database d on d.oid = s.dbid
       where r.rolname = $1 and d.datname = $2 order by s.total_exec_time desc`,
      [APP_ROLE, database],
    );
    const total = rows.reduce((sum, row) => sum + Number(row.calls), 0);
    const ms = rows.reduce((sum, row) => sum + row.ms, 0);
    const perRequest = (value: number) => Math.round((value / requests) * 10) / 10;
    return {
      perRequest: perRequest(total),
      sqlMsPerRequest: perRequest(ms),
      top: rows.slice(0, 12).map((row) => ({
        calls: perRequest(Number(row.calls)),
        ms: perRequest(row.ms),
        query: row.query.replace(/\s+/g, ' ').slice(0, 160),
      })),
    };
  });
}
