import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Orm } from '@mera/db';
import type { Config } from './config.ts';
import { AppError } from './shared/problem.ts';
import { boundRequestSchema, FINITE, finiteWhenNumber, nulCharacterField } from './shared/input-schemas.ts';
import swagger from './platform/swagger.ts';
import database from './platform/database.ts';
import errorHandler from './platform/error-handler.ts';
import auth from './platform/auth.ts';
import { identityRoutes, setPasswordHashCost } from './modules/identity/index.ts';
import { providerInvitationRoutes, tenancyPublicRoutes, tenancyRoutes } from './modules/tenancy/index.ts';
import { cataloguePlugin, catalogueRoutes, legacyCentreRoutes } from './modules/catalogue/index.ts';
import { serviceRoutes } from './modules/services/index.ts';
import { oversightRoutes } from './modules/oversight/index.ts';
import { meetingRoutes } from './modules/meetings/index.ts';
import { programmeRoutes, receivedProgrammeRoutes } from './modules/programme/index.ts';
import { commentRoutes } from './modules/comments/index.ts';
import { evidenceRoutes } from './modules/evidence/index.ts';
import { assessmentRoutes } from './modules/assessments/index.ts';
import { reportRoutes } from './modules/reports/index.ts';
import { monitoringRoutes } from './modules/monitoring/index.ts';
import { qualitySystemRoutes } from './modules/quality-system/index.ts';
import { staffRoutes } from './modules/staff/index.ts';
import { surveyRoutes } from './modules/surveys/index.ts';
import { deadlineJobs, deadlineRoutes } from './modules/deadlines/index.ts';
import { inspectionRoutes } from './modules/inspections/index.ts';
import { homeRoutes } from './modules/home/index.ts';
import { noticeJobs, noticeRoutes } from './modules/notices/index.ts';
import jobs from './platform/jobs.ts';
import workerPool from './platform/worker-pool.ts';
import health from './routes/health.ts';
import meta from './routes/meta.ts';

/** What the API serves, as registered: the isolation suite attacks every entry. */
export interface RouteRecord {
  method: string;
  url: string;
  auth: 'user' | 'optional' | undefined;
  body: unknown;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteRecord[];
  }
}

export interface AppOptions {
  config: Config;
  orm: Orm;
  /** The app closes the ORM when it closes (true for the server; tests that share an ORM pass false). */
  ownsOrm?: boolean;
  /** Sync the plugins' catalogues into the database at start-up (default true). */
  syncCatalogue?: boolean;
  /** Where log lines go; stdout by default. */
  logStream?: NodeJS.WritableStream;
}

/** Request ids: the caller's `x-request-id` when it looks sane, else a fresh UUID. */
function requestId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{8,64}$/.test(given) ? given : randomUUID();
}

/**
 * Validation: report every failing field at once; reject unknown fields rather than silently dropping them; never
 * fill in a schema's `default` (those are examples for the docs and the isolation suite, not values to store).
 */
export const AJV_OPTIONS = {
  allErrors: true,
  coerceTypes: 'array',
  removeAdditional: false,
  useDefaults: false,
  // `?limit=Infinity` coerces to a number; without this it passed as an integer and reached SQL (issue 12.8).
  strictNumbers: true,
} as const;

type AjvPlugin = Extract<
  NonNullable<NonNullable<FastifyServerOptions['ajv']>['plugins']>[number],
  (...args: never[]) => unknown
>;

/** The `x-finite` keyword on every request number (shared/input-schemas.ts explains why Ajv needs it). */
const finiteNumbers: AjvPlugin = (ajv) =>
  ajv.addKeyword({ keyword: FINITE, schemaType: 'boolean', validate: finiteWhenNumber });

export function serverOptions(options: AppOptions): FastifyServerOptions {
  return {
    logger: {
      level: options.config.LOG_LEVEL,
      // Never log credentials or session cookies; bodies are not logged at all (they carry personal data).
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    genReqId: requestId,
    bodyLimit: 1_048_576,
    // Fastify adds ajv-formats with its keywords: `formatMinimum`/`formatMaximum` bound every date (DateOnly).
    ajv: { customOptions: AJV_OPTIONS, plugins: [finiteNumbers] },
    routerOptions: { ignoreTrailingSlash: true },
    // The first start on an empty database syncs every plugin's catalogue (25 annexes) before the app is ready; on a
    // busy 2-core machine that takes longer than avvio's default 10 s, which would stop start-up for nothing.
    pluginTimeout: 120_000,
  };
}

/**
 * The API as a Fastify plugin tree: external plugins first, then the app's own (database, errors), then routes.
 * `server.ts` owns listening and shutdown; tests build this and use `inject` or listen on port 0.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  setPasswordHashCost(options.config.PASSWORD_HASH_COST);
  const app = Fastify(serverOptions(options)).withTypeProvider<TypeBoxTypeProvider>();

  const routeTable: RouteRecord[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routeTable.push({ method, url: route.url, auth: route.config?.auth, body: route.schema?.body });
    }
  });

  // Every request schema gets bounded numbers (shared/input-schemas.ts), so no route can forget them.
  app.addHook('onRoute', (route) => {
    if (!route.schema) return;
    const schema = { ...route.schema };
    for (const part of ['body', 'querystring', 'params', 'headers'] as const)
      if (schema[part]) schema[part] = boundRequestSchema(schema[part]);
    route.schema = schema;
  });
  // PostgreSQL text cannot hold U+0000: refused once here, naming the field, for every route (issue 12.8).
  app.addHook('preValidation', async (request) => {
    const field =
      nulCharacterField('params', request.params) ??
      nulCharacterField('query', request.query) ??
      nulCharacterField('body', request.body);
    if (field) throw new AppError(400, 'validation_failed', { fields: [{ field, rule: 'nul_character' }] });
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(swagger);
  await app.register(database, { orm: options.orm, closeOnShutdown: options.ownsOrm ?? true });
  await app.register(errorHandler);
  await app.register(workerPool, { config: options.config });
  await app.register(auth, { config: options.config });
  await app.register(cataloguePlugin, {
    pluginsDir: options.config.PLUGINS_DIR,
    sync: options.syncCatalogue ?? true,
  });

  await app.register(health);
  await app.register(meta, { prefix: '/api/v1', environment: options.config.NODE_ENV });
  await app.register(identityRoutes, { prefix: '/api/v1' });
  await app.register(tenancyRoutes, { prefix: '/api/v1' });
  await app.register(tenancyPublicRoutes, { prefix: '/api/v1' });
  await app.register(providerInvitationRoutes, { prefix: '/api/v1' });
  await app.register(catalogueRoutes, { prefix: '/api/v1' });
  await app.register(legacyCentreRoutes, { prefix: '/api/v1' });
  await app.register(serviceRoutes, { prefix: '/api/v1' });
  await app.register(oversightRoutes, { prefix: '/api/v1' });
  await app.register(meetingRoutes, { prefix: '/api/v1' });
  await app.register(programmeRoutes, { prefix: '/api/v1' });
  await app.register(receivedProgrammeRoutes, { prefix: '/api/v1' });
  await app.register(commentRoutes, { prefix: '/api/v1' });
  await app.register(evidenceRoutes, { prefix: '/api/v1' });
  await app.register(assessmentRoutes, { prefix: '/api/v1' });
  await app.register(reportRoutes, { prefix: '/api/v1' });
  await app.register(monitoringRoutes, { prefix: '/api/v1' });
  await app.register(qualitySystemRoutes, { prefix: '/api/v1' });
  await app.register(staffRoutes, { prefix: '/api/v1' });
  await app.register(surveyRoutes, { prefix: '/api/v1' });
  await app.register(inspectionRoutes, { prefix: '/api/v1' });
  await app.register(noticeRoutes, { prefix: '/api/v1' });
  await app.register(deadlineRoutes, { prefix: '/api/v1' });
  await app.register(homeRoutes, { prefix: '/api/v1' });
  await app.register(jobs, { config: options.config, jobs: [deadlineJobs, noticeJobs] });

  await app.ready();
  return app;
}
