import {
  isRaw,
  JsonProperty,
  NativeQueryBuilder,
  PostgreSqlConnection,
  PostgreSqlDriver,
  raw,
  Utils,
  type Configuration,
  type LoggingOptions,
  type Platform,
  type Transaction,
} from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';

/**
 * Query parameters go to PostgreSQL as parameters (issue 12.8).
 *
 * MikroORM 7 formats every parameter into the SQL text before sending it (`AbstractSqlConnection.execute` →
 * `platform.formatQuery`, then `CompiledQuery.raw(formatted)` with no bind values — on purpose, for speed and
 * readable logs; mikro-orm/mikro-orm#6827, #8001). Strings are escaped, so this is not an injection, but a value
 * is written as what JavaScript prints: `?limit=Infinity` became `limit Infinity` — `column "infinity" does not
 * exist` — and `1e+300` an SQL numeric literal. Here the same `?` placeholders become `$1, $2, …` and the values
 * travel separately, for every query of the application: hand-written `em.execute` and the ORM's own.
 *
 * What the formatter did and this keeps: `??` is an identifier (quoted into the text); `\?` is a literal question
 * mark; an array is a list (`in (?)` → `in ($1, $2)`) unless it is JSON; a plain object or a JSON-tagged value is
 * sent as JSON text; a raw fragment's SQL is inlined and its own parameters bound. A query without parameters is
 * sent untouched (migrations use `$$` and `?` freely).
 */
export function bindParameters(
  platform: Platform,
  sql: string,
  params: readonly unknown[],
  values: unknown[] = [],
): { sql: string; values: unknown[] } {
  let next = 0;
  let out = '';
  const placeholder = (value: unknown): string => {
    if (isRaw(value)) return bindParameters(platform, value.sql, value.params, values).sql;
    if (Array.isArray(value) && !(value as { [JsonProperty]?: unknown })[JsonProperty])
      return value.map(placeholder).join(', ');
    values.push(driverValue(platform, value));
    return `$${values.length}`;
  };
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === '\\' && sql[i + 1] === '?') {
      out += '?';
      i++;
    } else if (c !== '?') {
      out += c;
    } else if (sql[i + 1] === '?') {
      out += platform.quoteIdentifier(String(params[next++]));
      i++;
    } else {
      out += placeholder(params[next++]);
    }
  }
  return { sql: out, values };
}

function driverValue(platform: Platform, value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date)
    return (platform as unknown as { formatDate(d: Date): string }).formatDate(value);
  if (Utils.isPlainObject(value) || (value as { [JsonProperty]?: unknown } | null)?.[JsonProperty])
    return JSON.stringify(value);
  return value;
}

type Method = 'all' | 'get' | 'run';
type Abort = { signal?: AbortSignal; inflightQueryAbortStrategy?: unknown };

/** The connection that sends parameters as parameters; the rest is MikroORM's. */
export class BoundParametersConnection extends PostgreSqlConnection {
  override async execute<T>(
    query: string | NativeQueryBuilder | ReturnType<typeof raw>,
    params: readonly unknown[] | Record<string, unknown> = [],
    method: Method = 'all',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    // as AbstractSqlConnection.prepareQuery: a query builder or named parameters become a raw fragment
    let sql: unknown = query instanceof NativeQueryBuilder ? query.toRaw() : query;
    let values: readonly unknown[] = Array.isArray(params) ? params : [];
    if (typeof sql === 'string' && !Array.isArray(params)) sql = raw(sql, params);
    if (isRaw(sql)) {
      values = sql.params;
      sql = sql.sql;
    }
    const text = this.config.get('onQuery')(String(sql), values);
    if (values.length === 0) return super.execute<T & object>(text, [], method, ctx, loggerContext);

    await this.ensureConnection();
    const bound = bindParameters(this.platform, text, values);
    const { signal, inflightQueryAbortStrategy, ...context } = (loggerContext ?? {}) as LoggingOptions &
      Abort;
    const abort = signal || inflightQueryAbortStrategy ? { signal, inflightQueryAbortStrategy } : undefined;
    const logged = this.config.getLogger().isEnabled('query', context)
      ? this.getSql(text, this.platform.formatQuery(text, values as unknown[]), context)
      : text;
    return this.executeQuery(
      logged,
      async () => {
        const compiled = CompiledQuery.raw(bound.sql, bound.values);
        const client = (ctx ?? this.getClient()) as {
          executeQuery(q: CompiledQuery, abort?: unknown): Promise<unknown>;
        };
        return this.transformRawResult(await client.executeQuery(compiled, abort), method);
      },
      { query: text, params: values, ...context },
    );
  }
}

/** MikroORM's PostgreSQL driver with the connection above. */
export class BoundParametersDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    (this as unknown as { connection: PostgreSqlConnection }).connection = new BoundParametersConnection(
      this.config,
    );
  }
}
