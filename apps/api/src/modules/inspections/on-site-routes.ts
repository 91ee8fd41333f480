// The on-site part of an inspection (art. 32–33): findings, attachments, prescriptions.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ObjectStore } from '../evidence/index.ts';
import { Type } from 'typebox';
import { withTenant } from '../../platform/auth.ts';
import { tenantRouteOptions, type TenantRoutes } from '../../platform/tenant-routes.ts';
import { sendDownload } from '../../shared/http.ts';
import { answerRouteSpec } from '../checklists/index.ts';
import {
  AddAttachmentQuery,
  AddedAttachmentSchema,
  AddPrescriptionBody,
  AttachmentParams,
  CreatedPrescriptionSchema,
  IndicatorParams,
  InspectionDetailSchema,
  InspectionParams,
  PrescriptionDoneBody,
  PrescriptionFromIndicatorBody,
  PrescriptionParams,
} from './schemas.ts';
import { inspectionAfter } from './inspections.ts';
import {
  addAttachment,
  addPrescription,
  attachmentFile,
  prescriptionDone,
  removeAttachment,
  prescriptionFromIndicator,
  removePrescription,
  saveFinding,
} from './on-site.ts';

type App = Parameters<FastifyPluginAsyncTypebox>[0];

export function onSiteRoutes(app: App, routes: TenantRoutes, store: ObjectStore | null) {
  routes.put(
    '/tenants/:tenantId/inspections/:inspectionId/findings',
    answerRouteSpec(
      {
        permission: 'inspections.conduct',
        summary:
          "Record one indicator's finding (a stale version is a 409 carrying what the other inspector saved)",
        operationId: 'saveInspectionFinding',
        params: InspectionParams,
      },
      5000,
      { findingVersion: Type.Integer({ description: 'The same as `version` (kept for older clients)' }) },
    ),
    (ctx, { params, body }) => saveFinding(ctx, params.inspectionId, body),
  );

  routes.post(
    '/tenants/:tenantId/inspections/:inspectionId/attachments',
    {
      permission: 'inspections.conduct',
      summary: 'Attach a photo or a copy of a document (raw bytes as application/octet-stream; art. 33(3))',
      operationId: 'addInspectionAttachment',
      params: InspectionParams,
      querystring: AddAttachmentQuery,
      upload: app.config.MAX_UPLOAD_BYTES,
      created: AddedAttachmentSchema,
    },
    (ctx, { params, query, body }) =>
      addAttachment(ctx, store, params.inspectionId, { ...query, name: query.name ?? 'снимка' }, body),
  );

  app.get(
    '/tenants/:tenantId/inspections/:inspectionId/attachments/:attachmentId',
    tenantRouteOptions(
      {
        permission: 'inspections.read',
        summary: 'Download an attachment (the provider and the agency too, once the report reaches them)',
        operationId: 'downloadInspectionAttachment',
        params: AttachmentParams,
        download: 'application/octet-stream',
      },
      ['inspections'],
    ),
    async (request, reply) => {
      const { inspectionId, attachmentId } = request.params;
      const file = await withTenant(request, (ctx) => attachmentFile(ctx, store, inspectionId, attachmentId));
      return sendDownload(reply, file.mediaType, file.name, file.content);
    },
  );

  routes.delete(
    '/tenants/:tenantId/inspections/:inspectionId/attachments/:attachmentId',
    {
      permission: 'inspections.conduct',
      summary: 'Remove an attachment before the report is signed',
      operationId: 'removeInspectionAttachment',
      params: AttachmentParams,
      noContent: true,
    },
    (ctx, { params }) => removeAttachment(ctx, params.inspectionId, params.attachmentId),
  );

  routes.post(
    '/tenants/:tenantId/inspections/:inspectionId/prescriptions',
    {
      permission: 'inspections.conduct',
      summary: 'Add a prescription with its deadline to the report',
      operationId: 'addInspectionPrescription',
      params: InspectionParams,
      body: AddPrescriptionBody,
      created: InspectionDetailSchema,
    },
    (ctx, { params, body }) =>
      inspectionAfter(ctx, params.inspectionId, addPrescription(ctx, params.inspectionId, body)),
  );

  routes.post(
    '/tenants/:tenantId/inspections/:inspectionId/items/:itemId/prescription',
    {
      permission: 'inspections.conduct',
      summary:
        'From a not-met or partly-met finding, a prescription prefilled from the indicator (art. 33(2))',
      operationId: 'createPrescriptionFromInspectionIndicator',
      params: IndicatorParams,
      body: PrescriptionFromIndicatorBody,
      created: CreatedPrescriptionSchema,
    },
    (ctx, { params, body }) => prescriptionFromIndicator(ctx, params.inspectionId, params.itemId, body),
  );

  routes.patch(
    '/tenants/:tenantId/inspections/:inspectionId/prescriptions/:prescriptionId',
    {
      permission: 'inspections.manage',
      summary: 'Record that a prescription was fulfilled (also after signing)',
      operationId: 'updateInspectionPrescription',
      params: PrescriptionParams,
      body: PrescriptionDoneBody,
      ok: InspectionDetailSchema,
    },
    (ctx, { params, body }) =>
      inspectionAfter(
        ctx,
        params.inspectionId,
        prescriptionDone(ctx, params.inspectionId, params.prescriptionId, body.doneOn),
      ),
  );

  routes.delete(
    '/tenants/:tenantId/inspections/:inspectionId/prescriptions/:prescriptionId',
    {
      permission: 'inspections.conduct',
      summary: 'Remove a prescription before the report is signed',
      operationId: 'removeInspectionPrescription',
      params: PrescriptionParams,
      noContent: true,
    },
    (ctx, { params }) => removePrescription(ctx, params.inspectionId, params.prescriptionId),
  );
}
