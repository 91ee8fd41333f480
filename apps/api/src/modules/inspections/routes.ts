import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { withTenant } from '../../platform/auth.ts';
import { s3Store } from '../evidence/index.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
import { documentOf, renderDocument, sendRendered } from '../documents/index.ts';
import { removalRoute } from '../checklists/index.ts';
import {
  Day,
  NullableDay,
  NullableText,
  Kind,
  Reason,
  ScopeInput,
  InspectorInput,
  InspectionSummarySchema,
  InspectionDetailSchema,
  PlanRowSchema,
  InspectionParams,
} from './schemas.ts';
import { forwardingLetter, orderDocument, reportDocument } from './documents.ts';
import { inspectionDetail, listInspections, receivedInspections } from './inspections.ts';
import { deleteInspection, orderInspection, updateInspection } from './orders.ts';
import { inspectionPlan } from './plan.ts';
import { onSiteRoutes } from './on-site-routes.ts';
import { correctInspection, forwardInspection, signInspection } from './signing.ts';

const security = [{ bearer: [] }];
const tags = ['inspections'];

/** Inspections by the municipality (art. 30–34): plan, order, on-site checklist, signed report, forwarding. */
const inspections: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(InspectionSummarySchema);
  app.addSchema(InspectionDetailSchema);
  app.addSchema(PlanRowSchema);
  const store = s3Store(app.config);
  const uploadLimit = app.config.MAX_UPLOAD_BYTES;
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: uploadLimit },
    (_r, body, done) => done(null, body),
  );

  const detail = (request: Parameters<typeof withTenant>[0], id: string) =>
    withTenant(request, (ctx) => inspectionDetail(ctx, id));

  app.get(
    '/tenants/:tenantId/inspection-plan',
    {
      config: { auth: 'user', permission: 'inspections.read' },
      schema: {
        tags,
        summary: 'Every commissioned service with its last inspection and when the next is due (art. 30(2))',
        operationId: 'inspectionPlan',
        security,
        params: TenantParams,
        response: { 200: Type.Array(PlanRowSchema), ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => inspectionPlan(ctx)),
  );

  app.get(
    '/tenants/:tenantId/inspections',
    {
      config: { auth: 'user', permission: 'inspections.read' },
      schema: {
        tags,
        summary: "The municipality's inspections",
        operationId: 'listInspections',
        security,
        params: TenantParams,
        response: { 200: Type.Array(InspectionSummarySchema), ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => listInspections(ctx)),
  );

  app.get(
    '/tenants/:tenantId/received-inspections',
    {
      config: { auth: 'user', permission: 'inspections.read' },
      schema: {
        tags,
        summary: 'Signed inspection reports about this provider’s services, or those forwarded to the agency',
        operationId: 'receivedInspections',
        security,
        params: TenantParams,
        response: { 200: Type.Array(InspectionSummarySchema), ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => receivedInspections(ctx)),
  );

  app.post(
    '/tenants/:tenantId/inspections',
    {
      config: { auth: 'user', permission: 'inspections.manage' },
      schema: {
        tags,
        summary: "Issue the mayor's order for an inspection (art. 31)",
        operationId: 'orderInspection',
        security,
        params: TenantParams,
        body: Type.Object(
          {
            contractId: Uuid,
            kind: Kind,
            reason: Reason,
            orderNumber: Type.String({ minLength: 1, maxLength: 60, default: 'РД-09-123' }),
            orderDate: Day,
            basis: Type.Optional(NullableText(2000)),
            scopeCriteria: Type.Optional(ScopeInput),
            place: Type.Optional(NullableText(500)),
            startsOn: Day,
            endsOn: Day,
            reportDueOn: Type.Optional(NullableDay),
            inspectors: Type.Array(InspectorInput, { minItems: 1, maxItems: 20 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: InspectionDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) => {
        const id = await orderInspection(ctx, request.body);
        return inspectionDetail(ctx, id);
      });
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/tenants/:tenantId/inspections/:inspectionId',
    {
      config: { auth: 'user', permission: 'inspections.read' },
      schema: {
        tags,
        summary: 'An inspection with its checklist, findings, attachments and prescriptions',
        operationId: 'getInspection',
        security,
        params: InspectionParams,
        response: { 200: InspectionDetailSchema, ...problemResponses },
      },
    },
    async (request) => detail(request, request.params.inspectionId),
  );

  app.patch(
    '/tenants/:tenantId/inspections/:inspectionId',
    {
      config: { auth: 'user', permission: 'inspections.conduct' },
      schema: {
        tags,
        summary: 'Change the order or write the report, until it is signed',
        operationId: 'updateInspection',
        security,
        params: InspectionParams,
        body: Type.Object(
          {
            version: Type.Integer({ minimum: 1 }),
            orderNumber: Type.Optional(Type.String({ maxLength: 60 })),
            orderDate: Type.Optional(Day),
            basis: Type.Optional(Type.String({ maxLength: 2000 })),
            place: Type.Optional(Type.String({ maxLength: 500 })),
            startsOn: Type.Optional(Day),
            endsOn: Type.Optional(Day),
            reportDueOn: Type.Optional(Day),
            inspectors: Type.Optional(Type.Array(InspectorInput, { minItems: 1, maxItems: 20 })),
            completedOn: Type.Optional(NullableDay),
            providerPresent: Type.Optional(NullableText(300)),
            usersAsked: Type.Optional(Type.Boolean()),
            usersConsented: Type.Optional(
              Type.Union([Type.Integer({ minimum: 0, maximum: 10000 }), Type.Null()]),
            ),
            consentNote: Type.Optional(NullableText(2000)),
            facts: Type.Optional(NullableText(20000)),
            otherViolations: Type.Optional(NullableText(20000)),
            conclusions: Type.Optional(NullableText(20000)),
          },
          { additionalProperties: false },
        ),
        response: { 200: InspectionDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, async (ctx) => {
        await updateInspection(ctx, request.params.inspectionId, request.body);
        return inspectionDetail(ctx, request.params.inspectionId);
      }),
  );

  removalRoute(app, {
    url: '/tenants/:tenantId/inspections/:inspectionId',
    params: InspectionParams,
    operationId: 'deleteInspection',
    summary: 'Withdraw an order not yet signed',
    tags,
    permission: 'inspections.manage',
    remove: (ctx, params) => deleteInspection(ctx, params['inspectionId'] ?? ''),
  });

  onSiteRoutes(app, store, uploadLimit);

  app.post(
    '/tenants/:tenantId/inspections/:inspectionId/signatures',
    {
      config: { auth: 'user', permission: 'inspections.conduct' },
      schema: {
        tags,
        summary:
          'Sign the report as one of its inspectors; the last signature delivers it to the mayor and the provider',
        operationId: 'signInspection',
        security,
        params: InspectionParams,
        response: { 200: InspectionDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, async (ctx) => {
        await signInspection(ctx, request.params.inspectionId);
        return inspectionDetail(ctx, request.params.inspectionId);
      }),
  );

  app.post(
    '/tenants/:tenantId/inspections/:inspectionId/forwarding',
    {
      config: { auth: 'user', permission: 'inspections.manage' },
      schema: {
        tags,
        summary: 'Forward a report with non-conformities to the agency (art. 34)',
        operationId: 'forwardInspection',
        security,
        params: InspectionParams,
        body: Type.Object(
          { letterNumber: Type.String({ minLength: 1, maxLength: 60, default: 'И-123' }) },
          { additionalProperties: false },
        ),
        response: { 200: InspectionDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, async (ctx) => {
        await forwardInspection(ctx, request.params.inspectionId, request.body);
        return inspectionDetail(ctx, request.params.inspectionId);
      }),
  );

  app.post(
    '/tenants/:tenantId/inspections/:inspectionId/corrections',
    {
      config: { auth: 'user', permission: 'inspections.manage' },
      schema: {
        tags,
        summary: 'Start a correction of a signed report: a new, linked report to be signed again',
        operationId: 'correctInspection',
        security,
        params: InspectionParams,
        response: { 201: InspectionDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) => {
        const id = await correctInspection(ctx, request.params.inspectionId);
        return inspectionDetail(ctx, id);
      });
      return reply.status(201).send(view);
    },
  );

  const documents = {
    order: { build: orderDocument, name: 'заповед', summary: "The mayor's order (art. 31(2)) as PDF" },
    report: { build: reportDocument, name: 'доклад', summary: 'The inspection report (art. 33(2)) as PDF' },
    letter: {
      build: forwardingLetter,
      name: 'писмо до АКСУ',
      summary: 'The letter forwarding the report to the agency (art. 34) as PDF',
    },
  } as const;
  for (const [path, { build, name, summary }] of Object.entries(documents)) {
    app.get(
      `/tenants/:tenantId/inspections/:inspectionId/${path}`,
      {
        config: { auth: 'user', permission: 'inspections.read' },
        schema: {
          tags,
          summary,
          operationId: `inspection${path[0]?.toUpperCase()}${path.slice(1)}Pdf`,
          security,
          params: InspectionParams,
          produces: ['application/pdf'],
          response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...problemResponses },
        },
      },
      async (request, reply) => {
        const { view, body } = await withTenant(request, async (ctx) => {
          const view = await inspectionDetail(ctx, request.params.inspectionId);
          return { view, body: await renderDocument(ctx, documentOf(view.id, path), 'pdf', build(view)) };
        });
        return sendRendered(reply, 'pdf', body, `${name} ${view.orderNumber}`);
      },
    );
  }
};

export default inspections;
