import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every environment variable the API reads. Each `description` says what the variable expects; it is what the
 * one-line start-up error prints.
 */
export const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'development',
    description: 'one of development, production, test',
  }),
  HOST: Type.String({
    minLength: 1,
    default: '127.0.0.1',
    description: 'an interface address such as 127.0.0.1 or 0.0.0.0',
  }),
  PORT: Type.Integer({
    minimum: 0,
    maximum: 65535,
    default: 4000,
    description: 'a TCP port number from 0 to 65535',
  }),
  DATABASE_URL: Type.String({
    pattern: '^postgres(ql)?://\\S+$',
    description: 'a PostgreSQL connection URL such as postgres://user:password@host:5432/mera',
  }),
  DB_POOL_SIZE: Type.Integer({
    minimum: 1,
    maximum: 200,
    default: 10,
    description: 'a whole number of connections from 1 to 200',
  }),
  LOG_LEVEL: Type.Union(
    LOG_LEVELS.map((level) => Type.Literal(level)),
    { default: 'info', description: `one of ${LOG_LEVELS.join(', ')}` },
  ),
  /** Seconds the server waits for in-flight requests on shutdown before it gives up. */
  SHUTDOWN_GRACE_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 600,
    default: 10,
    description: 'whole seconds from 1 to 600',
  }),
});

export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(message);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

function describe(schema: TSchema): string {
  const description = (schema as { description?: unknown }).description;
  return typeof description === 'string' ? description : 'a valid value';
}

/**
 * Reads and validates the configuration. Throws a ConfigError whose message is one line naming the first
 * bad variable and what it expects; `server.ts` prints it and exits.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const keys = Object.keys(ConfigSchema.properties) as (keyof Config)[];
  const raw: Record<string, unknown> = {};
  for (const key of keys) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const value = Value.Default(ConfigSchema, Value.Convert(ConfigSchema, { ...raw }));
  for (const key of keys) {
    const property = ConfigSchema.properties[key];
    if (!Value.Check(property, (value as Record<string, unknown>)[key])) {
      const given = raw[key];
      const got = given === undefined ? 'it is not set' : `got ${JSON.stringify(given)}`;
      throw new ConfigError(key, `Invalid configuration: ${key} must be ${describe(property)} (${got}).`);
    }
  }
  return Value.Parse(ConfigSchema, value);
}
