import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { tenantHome } from './home.ts';
import { HomeSchema } from './schemas.ts';

/** The home page's read model: what needs the person, per role and kind of organisation. */
const home: FastifyPluginAsyncTypebox = async (app) => {
  tenantRoutes(app, ['home'], [HomeSchema]).get(
    '/tenants/:tenantId/home',
    {
      permission: 'tenant.read',
      summary:
        'What needs you: deadlines, work in progress, scores and their trend, new answers and documents',
      description:
        'One read for the home page. Each part is `null` when the role may not read it or the kind of organisation has none. A fixed number of SQL statements, whatever the number of services.',
      operationId: 'getHome',
      ok: HomeSchema,
    },
    (ctx) => tenantHome(ctx),
  );
};

export default home;
