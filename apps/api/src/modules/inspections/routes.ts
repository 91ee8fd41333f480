import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { s3Store } from '../evidence/index.ts';
import { documentDownloads, documentOf, renderDocument } from '../documents/index.ts';
import {
  ForwardInspectionBody,
  InspectionDetailSchema,
  InspectionParams,
  InspectionSummarySchema,
  OrderInspectionBody,
  PlanRowSchema,
  UpdateInspectionBody,
} from './schemas.ts';
import { forwardingLetter, orderDocument, reportDocument } from './documents.ts';
import { inspectionAfter, inspectionDetail, listInspections, receivedInspections } from './inspections.ts';
import { deleteInspection, orderInspection, updateInspection } from './orders.ts';
import { inspectionPlan } from './plan.ts';
import { onSiteRoutes } from './on-site-routes.ts';
import { correctInspection, forwardInspection, signInspection } from './signing.ts';

/** Inspections by the municipality (art. 30–34): plan, order, on-site checklist, signed report, forwarding. */
const inspections: FastifyPluginAsyncTypebox = async (app) => {
  const store = s3Store(app.config);
  const tags = ['inspections'];
  const routes = tenantRoutes(app, tags, [InspectionSummarySchema, InspectionDetailSchema, PlanRowSchema]);

  routes.get(
    '/tenants/:tenantId/inspection-plan',
    {
      permission: 'inspections.read',
      summary: 'Every commissioned service with its last inspection and when the next is due (art. 30(2))',
      operationId: 'inspectionPlan',
      ok: Type.Array(PlanRowSchema),
    },
    (ctx) => inspectionPlan(ctx),
  );

  routes.get(
    '/tenants/:tenantId/inspections',
    {
      permission: 'inspections.read',
      summary: "The municipality's inspections",
      operationId: 'listInspections',
      ok: Type.Array(InspectionSummarySchema),
    },
    (ctx) => listInspections(ctx),
  );

  routes.get(
    '/tenants/:tenantId/received-inspections',
    {
      permission: 'inspections.read',
      summary: 'Signed inspection reports about this provider’s services, or those forwarded to the agency',
      operationId: 'receivedInspections',
      ok: Type.Array(InspectionSummarySchema),
    },
    (ctx) => receivedInspections(ctx),
  );

  routes.post(
    '/tenants/:tenantId/inspections',
    {
      permission: 'inspections.manage',
      summary: "Issue the mayor's order for an inspection (art. 31)",
      operationId: 'orderInspection',
      body: OrderInspectionBody,
      created: InspectionDetailSchema,
    },
    async (ctx, { body }) => inspectionDetail(ctx, await orderInspection(ctx, body)),
  );

  routes.get(
    '/tenants/:tenantId/inspections/:inspectionId',
    {
      permission: 'inspections.read',
      summary: 'An inspection with its checklist, findings, attachments and prescriptions',
      operationId: 'getInspection',
      params: InspectionParams,
      ok: InspectionDetailSchema,
    },
    (ctx, { params }) => inspectionDetail(ctx, params.inspectionId),
  );

  routes.patch(
    '/tenants/:tenantId/inspections/:inspectionId',
    {
      permission: 'inspections.conduct',
      summary: 'Change the order or write the report, until it is signed',
      operationId: 'updateInspection',
      params: InspectionParams,
      body: UpdateInspectionBody,
      ok: InspectionDetailSchema,
    },
    (ctx, { params, body }) =>
      inspectionAfter(ctx, params.inspectionId, updateInspection(ctx, params.inspectionId, body)),
  );

  routes.delete(
    '/tenants/:tenantId/inspections/:inspectionId',
    {
      permission: 'inspections.manage',
      summary: 'Withdraw an order not yet signed',
      operationId: 'deleteInspection',
      params: InspectionParams,
      noContent: true,
    },
    (ctx, { params }) => deleteInspection(ctx, params.inspectionId),
  );

  onSiteRoutes(app, routes, store);

  routes.post(
    '/tenants/:tenantId/inspections/:inspectionId/signatures',
    {
      permission: 'inspections.conduct',
      summary:
        'Sign the report as one of its inspectors; the last signature delivers it to the mayor and the provider',
      operationId: 'signInspection',
      params: InspectionParams,
      ok: InspectionDetailSchema,
    },
    (ctx, { params }) => inspectionAfter(ctx, params.inspectionId, signInspection(ctx, params.inspectionId)),
  );

  routes.post(
    '/tenants/:tenantId/inspections/:inspectionId/forwarding',
    {
      permission: 'inspections.manage',
      summary: 'Forward a report with non-conformities to the agency (art. 34)',
      operationId: 'forwardInspection',
      params: InspectionParams,
      body: ForwardInspectionBody,
      ok: InspectionDetailSchema,
    },
    (ctx, { params, body }) =>
      inspectionAfter(ctx, params.inspectionId, forwardInspection(ctx, params.inspectionId, body)),
  );

  routes.post(
    '/tenants/:tenantId/inspections/:inspectionId/corrections',
    {
      permission: 'inspections.manage',
      summary: 'Start a correction of a signed report: a new, linked report to be signed again',
      operationId: 'correctInspection',
      params: InspectionParams,
      created: InspectionDetailSchema,
    },
    async (ctx, { params }) => inspectionDetail(ctx, await correctInspection(ctx, params.inspectionId)),
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
  const download = documentDownloads(app, tags);
  for (const [path, { build, name, summary }] of Object.entries(documents))
    download(
      `/tenants/:tenantId/inspections/:inspectionId/${path}`,
      'pdf',
      {
        permission: 'inspections.read',
        summary,
        operationId: `inspection${path[0]?.toUpperCase()}${path.slice(1)}Pdf`,
        params: InspectionParams,
      },
      async (ctx, { params }) => {
        const view = await inspectionDetail(ctx, params.inspectionId);
        return {
          name: `${name} ${view.orderNumber}`,
          found: await renderDocument(ctx, documentOf(view.id, path), 'pdf', build(view)),
        };
      },
    );
};

export default inspections;
