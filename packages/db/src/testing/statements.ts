import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { APP_ROLE } from '../roles.ts';

/**
 * Counts the SQL statements this process sends to PostgreSQL while some work runs — for tests that pin down how a
 * read's statement count grows (issue 15: a dashboard's count must not grow with its rows), which a timing never
 * could on a shared machine.
 *
 * It wraps `Client.prototype.query` of node-postgres: every statement on the wire passes there, whether it comes from
 * the ORM, the query builder, raw SQL, or `begin`/`set_config`/`commit`. MikroORM may load its own copy of `pg` (the
 * lockfile can resolve it to another version than ours), so both copies are wrapped. Only statements sent as
 * `role` (by default the application role, `mera_app`) count: a test's own superuser connection does not.
 */
export interface StatementLog {
  /** How many statements the work sent. */
  count: number;
  /** Their text, in order (parameters not included). */
  statements: string[];
}

interface Listener {
  role: string;
  statements: string[];
}

type Queryable = { query: (...args: unknown[]) => unknown };

const listeners = new Set<Listener>();
let wrapped = false;

function clientPrototypes(): Set<Queryable> {
  const prototypes = new Set<Queryable>([pg.Client.prototype as unknown as Queryable]);
  try {
    const driver = fileURLToPath(import.meta.resolve('@mikro-orm/postgresql'));
    const theirs = createRequire(driver)('pg') as typeof pg;
    prototypes.add(theirs.Client.prototype as unknown as Queryable);
  } catch {
    // MikroORM resolves to our copy of pg: nothing more to wrap.
  }
  return prototypes;
}

function textOf(query: unknown): string {
  if (typeof query === 'string') return query;
  const text = (query as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '(cursor or prepared statement)';
}

function wrapOnce(): void {
  if (wrapped) return;
  wrapped = true;
  for (const prototype of clientPrototypes()) {
    const original = prototype.query;
    prototype.query = function (this: { user?: string }, ...args: unknown[]) {
      for (const listener of listeners)
        if (this.user === listener.role) listener.statements.push(textOf(args[0]));
      return original.apply(this, args);
    };
  }
}

/** Runs `work` and returns what it resolved to and the statements it sent as `role`. */
export async function countStatements<T>(
  work: () => Promise<T>,
  options: { role?: string } = {},
): Promise<{ result: T } & StatementLog> {
  wrapOnce();
  const listener: Listener = { role: options.role ?? APP_ROLE, statements: [] };
  listeners.add(listener);
  try {
    const result = await work();
    return { result, count: listener.statements.length, statements: listener.statements };
  } finally {
    listeners.delete(listener);
  }
}
