import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { withTenant } from '../../platform/auth.ts';
import { today } from '@mera/calendar';
import { MEDIA_TYPES, renderDocument, sendRendered } from '../documents/index.ts';
import { TenantParams } from '../../shared/http-schemas.ts';
import { negotiateLocale } from '../../i18n/locale.ts';
import { qualitySystem, qualitySystemDocument, saveQualitySystem } from './quality-system.ts';
import { QualitySystemSchema, SaveQualitySystemBody } from './schemas.ts';

const security = [{ bearer: [] }];
const tags = ['reports'];

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/tenants/:tenantId/quality-system',
    {
      config: { auth: 'user', permission: 'reports.read' },
      schema: {
        tags,
        summary: "The quality-system document's texts the provider writes (goals, target group, mission …)",
        operationId: 'getQualitySystem',
        security,
        params: TenantParams,
        response: { 200: QualitySystemSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) => qualitySystem(ctx, negotiateLocale(request.headers['accept-language']))),
  );

  app.put(
    '/tenants/:tenantId/quality-system',
    {
      config: { auth: 'user', permission: 'reports.manage' },
      schema: {
        tags,
        summary: "Save the quality-system document's texts (keys not sent stay as they are)",
        operationId: 'saveQualitySystem',
        security,
        params: TenantParams,
        body: SaveQualitySystemBody,
        response: { 200: QualitySystemSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) =>
        saveQualitySystem(ctx, request.body, negotiateLocale(request.headers['accept-language'])),
      ),
  );

  for (const format of ['pdf', 'docx'] as const)
    app.get(
      `/tenants/:tenantId/quality-system/${format}`,
      {
        config: { auth: 'user', permission: 'reports.read' },
        schema: {
          tags,
          summary: `The quality-system document generated from the organisation's records, as ${format.toUpperCase()}`,
          operationId: format === 'pdf' ? 'qualitySystemPdf' : 'qualitySystemDocx',
          security,
          params: TenantParams,
          produces: [MEDIA_TYPES[format]],
          response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...problemResponses },
        },
      },
      async (request, reply) => {
        const { body, name } = await withTenant(request, async (ctx) => {
          const { document, name } = await qualitySystemDocument(ctx, today());
          return { body: await renderDocument(ctx, ctx.tenantId, format, document), name };
        });
        return sendRendered(reply, format, body, name);
      },
    );
};

export default routes;
