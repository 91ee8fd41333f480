import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Tenant } from '@mera/db';
import { AppError, problemResponses } from '../../shared/problem.ts';
import { negotiateLocale } from '../../i18n/locale.ts';
import { withTenant } from '../../platform/auth.ts';
import { TenantParams } from '../../shared/http-schemas.ts';
import { oversightCsv, oversightRows, oversightXlsx, type OversightFilters } from './oversight.ts';
import { Filters, OversightRowSchema, ExportOversightQuery } from './schemas.ts';

const security = [{ bearer: [] }];

/** The municipality's dashboard over the services it commissions (art. 27–29), and its exports. */
const oversight: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(OversightRowSchema);

  const rowsFor = (
    request: Parameters<typeof withTenant>[0],
    filters: OversightFilters,
    locale: 'bg' | 'en' | 'uk',
  ) =>
    withTenant(request, async (ctx) => {
      const tenant = await ctx.em.findOne(Tenant, { id: ctx.tenantId });
      if (tenant?.kind === 'provider') throw new AppError(403, 'forbidden');
      return oversightRows(ctx, filters, locale);
    });

  app.get(
    '/tenants/:tenantId/oversight',
    {
      config: { auth: 'user', permission: 'oversight.read' },
      schema: {
        tags: ['oversight'],
        summary: 'Every commissioned service with its rule results (municipality)',
        operationId: 'listOversight',
        security,
        params: TenantParams,
        querystring: Filters,
        response: { 200: Type.Array(OversightRowSchema), ...problemResponses },
      },
    },
    async (request) => rowsFor(request, request.query, negotiateLocale(request.headers['accept-language'])),
  );

  app.get(
    '/tenants/:tenantId/oversight/export',
    {
      config: { auth: 'user', permission: 'oversight.read' },
      schema: {
        tags: ['oversight'],
        summary: 'The dashboard as CSV or XLSX',
        operationId: 'exportOversight',
        security,
        params: TenantParams,
        querystring: ExportOversightQuery,
        response: {
          200: Type.Unknown({ description: 'text/csv (UTF-8 with BOM) or an XLSX workbook' }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const locale = negotiateLocale(request.headers['accept-language']);
      const rows = await rowsFor(request, filters, locale);
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
