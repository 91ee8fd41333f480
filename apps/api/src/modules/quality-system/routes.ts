import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { today } from '@mera/calendar';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { documentDownloads, renderDocument } from '../documents/index.ts';
import { negotiateLocale } from '../../i18n/locale.ts';
import { qualitySystem, qualitySystemDocument, saveQualitySystem } from './quality-system.ts';
import { QualitySystemSchema, SaveQualitySystemBody } from './schemas.ts';

const tags = ['reports'];

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const routes = tenantRoutes(app, tags);
  const download = documentDownloads(app, tags);

  routes.get(
    '/tenants/:tenantId/quality-system',
    {
      permission: 'reports.read',
      summary: "The quality-system document's texts the provider writes (goals, target group, mission …)",
      operationId: 'getQualitySystem',
      ok: QualitySystemSchema,
    },
    (ctx, request) => qualitySystem(ctx, negotiateLocale(request.headers['accept-language'])),
  );

  routes.put(
    '/tenants/:tenantId/quality-system',
    {
      permission: 'reports.manage',
      summary: "Save the quality-system document's texts (keys not sent stay as they are)",
      operationId: 'saveQualitySystem',
      body: SaveQualitySystemBody,
      ok: QualitySystemSchema,
    },
    (ctx, request) =>
      saveQualitySystem(ctx, request.body, negotiateLocale(request.headers['accept-language'])),
  );

  for (const format of ['pdf', 'docx'] as const)
    download(
      `/tenants/:tenantId/quality-system/${format}`,
      format,
      {
        permission: 'reports.read',
        summary: `The quality-system document generated from the organisation's records, as ${format.toUpperCase()}`,
        operationId: format === 'pdf' ? 'qualitySystemPdf' : 'qualitySystemDocx',
      },
      async (ctx) => {
        const { document, name } = await qualitySystemDocument(ctx, today());
        return { found: await renderDocument(ctx, ctx.tenantId, format, document), name };
      },
    );
};

export default routes;
