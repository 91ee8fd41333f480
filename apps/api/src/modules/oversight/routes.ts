import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Tenant } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import { negotiateLocale } from '../../i18n/locale.ts';
import { withTenant } from '../../platform/auth.ts';
import { tenantRouteOptions, tenantRoutes } from '../../platform/tenant-routes.ts';
import { oversightCsv, oversightRows, oversightXlsx, type OversightFilters } from './oversight.ts';
import { Filters, OversightRowSchema, ExportOversightQuery } from './schemas.ts';

/** The municipality's dashboard over the services it commissions (art. 27–29), and its exports. */
const oversight: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['oversight'];
  const routes = tenantRoutes(app, tags, [OversightRowSchema]);

  const rowsFor = async (ctx: TenantContext, filters: OversightFilters, locale: 'bg' | 'en' | 'uk') => {
    const tenant = await ctx.em.findOne(Tenant, { id: ctx.tenantId });
    if (tenant?.kind === 'provider') throw new AppError(403, 'forbidden');
    return oversightRows(ctx, filters, locale);
  };

  routes.get(
    '/tenants/:tenantId/oversight',
    {
      permission: 'oversight.read',
      summary: 'Every commissioned service with its rule results (municipality)',
      operationId: 'listOversight',
      querystring: Filters,
      ok: Type.Array(OversightRowSchema),
    },
    (ctx, request) => rowsFor(ctx, request.query, negotiateLocale(request.headers['accept-language'])),
  );

  app.get(
    '/tenants/:tenantId/oversight/export',
    tenantRouteOptions(
      {
        permission: 'oversight.read',
        summary: 'The dashboard as CSV or XLSX',
        operationId: 'exportOversight',
        querystring: ExportOversightQuery,
        ok: Type.Unknown({ description: 'text/csv (UTF-8 with BOM) or an XLSX workbook' }),
      },
      tags,
    ),
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const locale = negotiateLocale(request.headers['accept-language']);
      const rows = await withTenant(request, (ctx) => rowsFor(ctx, filters, locale));
      const name = locale === 'bg' ? 'услуги' : locale === 'uk' ? 'послуги' : 'services';
      reply.header(
        'content-disposition',
        `attachment; filename="services.${format}"; filename*=UTF-8''${encodeURIComponent(name)}.${format}`,
      );
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(oversightCsv(rows, locale));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await oversightXlsx(rows, locale));
    },
  );
};

export default oversight;
