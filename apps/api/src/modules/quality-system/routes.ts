import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { inTenant } from '../../platform/auth.ts';
import { today } from '@mera/calendar';
import { MEDIA_TYPES, sendDocument } from '../reports/send.ts';
import { TenantParams } from '../../shared/http-schemas.ts';
import { negotiateLocale } from '../../i18n/locale.ts';
import { qualitySystem, qualitySystemDocument, saveQualitySystem } from './quality-system.ts';

const security = [{ bearer: [] }];
const tags = ['reports'];

const QualitySystemSchema = Type.Object(
  {
    sectionTitles: Type.Array(Type.Object({ key: Type.String(), title: Type.String() })),
    texts: Type.Record(Type.String(), Type.String(), { description: "The provider's own texts, by key" }),
    version: Type.Integer({ description: '0 until the first save' }),
    updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'QualitySystem' },
);

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
      inTenant(request, (em, scope) =>
        qualitySystem(em, scope.tenantId, negotiateLocale(request.headers['accept-language'])),
      ),
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
        body: Type.Object(
          {
            version: Type.Integer({
              minimum: 0,
              default: 0,
              description: 'The version read; a stale one gets 409',
            }),
            texts: Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 20000 }), {
              default: { goals: 'Непрекъснато подобряване на услугите.' },
            }),
          },
          { additionalProperties: false },
        ),
        response: { 200: QualitySystemSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) =>
        saveQualitySystem(
          em,
          scope.tenantId,
          scope.userId,
          request.body,
          negotiateLocale(request.headers['accept-language']),
        ),
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
        const { document, name } = await inTenant(request, (em, scope) =>
          qualitySystemDocument(em, app, scope.tenantId, today()),
        );
        return sendDocument(reply, format, document, name);
      },
    );
};

export default routes;
