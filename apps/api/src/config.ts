import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { fileURLToPath } from 'node:url';

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
    [
      Type.Literal('fatal'),
      Type.Literal('error'),
      Type.Literal('warn'),
      Type.Literal('info'),
      Type.Literal('debug'),
      Type.Literal('trace'),
      Type.Literal('silent'),
    ],
    { default: 'info', description: `one of ${LOG_LEVELS.join(', ')}` },
  ),
  PUBLIC_WEB_URL: Type.String({
    pattern: '^https?://[^\\s/]+(/\\S*)?$',
    default: 'http://localhost:3000',
    description:
      "the web app's public address, used in links sent by e-mail, such as https://mera.example.bg",
  }),
  JWT_PRIVATE_KEY: Type.Optional(
    Type.String({
      pattern: '-----BEGIN PRIVATE KEY-----',
      description:
        'an Ed25519 private key in PKCS#8 PEM (openssl genpkey -algorithm ed25519); required in production',
    }),
  ),
  JWT_PREVIOUS_PUBLIC_KEYS: Type.Optional(
    Type.String({
      pattern: '-----BEGIN PUBLIC KEY-----',
      description: 'the public keys (PEM, one after another) of signing keys being rotated out',
    }),
  ),
  JWT_ISSUER: Type.String({ minLength: 1, default: 'mera', description: 'the token issuer name' }),
  JWT_AUDIENCE: Type.String({ minLength: 1, default: 'mera-api', description: 'the token audience name' }),
  ACCESS_TOKEN_MINUTES: Type.Integer({
    minimum: 1,
    maximum: 10,
    default: 10,
    description: 'whole minutes from 1 to 10',
  }),
  REFRESH_TOKEN_DAYS: Type.Integer({
    minimum: 1,
    maximum: 90,
    default: 30,
    description: 'whole days from 1 to 90',
  }),
  LOGIN_MAX_FAILURES: Type.Integer({
    minimum: 1,
    maximum: 100,
    default: 5,
    description: 'a whole number from 1 to 100',
  }),
  LOCKOUT_MINUTES: Type.Integer({
    minimum: 1,
    maximum: 1440,
    default: 15,
    description: 'whole minutes from 1 to 1440',
  }),
  PASSWORD_HASH_COST: Type.Integer({
    minimum: 12,
    maximum: 20,
    default: 17,
    description: 'log2 of the scrypt cost N, from 12 to 20',
  }),
  SMTP_URL: Type.Optional(
    Type.String({
      pattern: '^smtps?://\\S+$',
      description: 'an SMTP server URL such as smtp://user:password@mail.example:587',
    }),
  ),
  WEB_TIER_SECRET: Type.Optional(
    Type.String({
      minLength: 32,
      pattern: '^\\S+$',
      description:
        'a random secret of at least 32 characters shared with the web app (its WEB_TIER_SECRET): only requests carrying it may name the visitor they act for (x-mera-client), so rate limits count visitors, not the web server',
    }),
  ),
  MAIL_FROM: Type.String({
    minLength: 3,
    default: 'Мера <no-reply@mera.local>',
    description: 'a From address for e-mail',
  }),
  MAX_UPLOAD_BYTES: Type.Integer({
    minimum: 1024,
    maximum: 1_073_741_824,
    default: 20_971_520,
    description: 'the largest evidence file accepted, in bytes (default 20 MiB)',
  }),
  S3_ENDPOINT: Type.Optional(
    Type.String({
      pattern: '^https?://\\S+$',
      description:
        'an S3-compatible store for evidence files (e.g. https://s3.eu-central-1.amazonaws.com or a MinIO URL); unset: files are kept in PostgreSQL',
    }),
  ),
  S3_BUCKET: Type.String({
    minLength: 3,
    default: 'mera-files',
    description: 'the bucket for evidence files',
  }),
  S3_REGION: Type.String({
    minLength: 1,
    default: 'us-east-1',
    description: 'the region the requests are signed for',
  }),
  S3_ACCESS_KEY_ID: Type.Optional(Type.String({ minLength: 1, description: 'the S3 access key id' })),
  S3_SECRET_ACCESS_KEY: Type.Optional(Type.String({ minLength: 1, description: 'the S3 secret access key' })),
  JOBS: Type.Union([Type.Literal('on'), Type.Literal('off')], {
    default: 'on',
    description:
      'on or off: run the background jobs (daily deadline reminders and their e-mail) on PostgreSQL with pg-boss',
  }),
  PLUGINS_DIR: Type.String({
    minLength: 1,
    default: fileURLToPath(new URL('../../../plugins', import.meta.url)),
    description: 'the folder holding the service plugins (packages with "mera": { "plugin": true })',
  }),
  DOCUMENT_WORKERS: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 16,
      description:
        'worker threads rendering PDF, DOCX and XLSX documents, a whole number from 1 to 16 (unset: half the cores, at least 1, at most 4)',
    }),
  ),
  DOCUMENT_WORKER_HEAP_MB: Type.Integer({
    minimum: 64,
    maximum: 4096,
    default: 256,
    description: "a rendering worker's heap limit in MB, from 64 to 4096: a document past it fails alone",
  }),
  DOCUMENT_WORKER_IDLE_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 3600,
    default: 30,
    description: 'whole seconds from 1 to 3600 a rendering worker stays without work before it ends',
  }),
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
  const required = new Set<string>(ConfigSchema.required);
  for (const key of keys) {
    const property = ConfigSchema.properties[key];
    const current = (value as Record<string, unknown>)[key];
    if (current === undefined && !required.has(key)) continue;
    if (!Value.Check(property, current)) {
      const given = raw[key];
      const got = given === undefined ? 'it is not set' : `got ${JSON.stringify(given)}`;
      throw new ConfigError(key, `Invalid configuration: ${key} must be ${describe(property)} (${got}).`);
    }
  }
  const config = Value.Parse(ConfigSchema, value);
  if (config.NODE_ENV === 'production' && !config.JWT_PRIVATE_KEY) {
    throw new ConfigError(
      'JWT_PRIVATE_KEY',
      'Invalid configuration: JWT_PRIVATE_KEY must be set in production (it is not set).',
    );
  }
  if (config.S3_ENDPOINT)
    for (const key of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)
      if (!config[key])
        throw new ConfigError(
          key,
          `Invalid configuration: ${key} must be set when S3_ENDPOINT is (it is not set).`,
        );
  return config;
}
