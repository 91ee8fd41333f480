// The on-site part of an inspection (art. 32–33): findings, attachments, prescriptions.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ObjectStore } from '../evidence/index.ts';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { withTenant } from '../../platform/auth.ts';
import { sendDownload } from '../../shared/http.ts';
import { Uuid } from '../../shared/http-schemas.ts';
import { answerRoute, removalRoute } from '../checklists/index.ts';
import {
  Day,
  NullableDay,
  ItemId,
  InspectionDetailSchema,
  InspectionParams,
  AttachmentParams,
  PrescriptionParams,
} from './schemas.ts';
import { inspectionDetail } from './inspections.ts';
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

const security = [{ bearer: [] }];
const tags = ['inspections'];

type App = Parameters<FastifyPluginAsyncTypebox>[0];

export function onSiteRoutes(app: App, store: ObjectStore | null, uploadLimit: number) {
  answerRoute(app, {
    url: '/tenants/:tenantId/inspections/:inspectionId/findings',
    idParam: 'inspectionId',
    params: InspectionParams,
    operationId: 'saveInspectionFinding',
    summary:
      "Record one indicator's finding (a stale version is a 409 carrying what the other inspector saved)",
    tags,
    permission: 'inspections.conduct',
    noteMaxLength: 5000,
    response: {
      findingVersion: Type.Integer({ description: 'The same as `version` (kept for older clients)' }),
    },
    save: saveFinding,
  });

  app.post(
    '/tenants/:tenantId/inspections/:inspectionId/attachments',
    {
      bodyLimit: uploadLimit,
      config: { auth: 'user', permission: 'inspections.conduct' },
      schema: {
        tags,
        summary: 'Attach a photo or a copy of a document (raw bytes as application/octet-stream; art. 33(3))',
        operationId: 'addInspectionAttachment',
        security,
        params: InspectionParams,
        querystring: Type.Object(
          {
            name: Type.Optional(
              Type.String({
                minLength: 1,
                maxLength: 255,
                default: 'photo.jpg',
                description: 'The file’s name (default: `снимка`, with the extension of its recognised type)',
              }),
            ),
            itemId: Type.Optional(ItemId),
            description: Type.Optional(Type.String({ maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            id: Uuid,
            itemId: Type.Union([Type.String(), Type.Null()]),
            fileId: Uuid,
            name: Type.String(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const body = request.body as unknown;
      const content = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      const view = await withTenant(request, (ctx) =>
        addAttachment(
          ctx,
          store,
          request.params.inspectionId,
          { ...request.query, name: request.query.name ?? 'снимка' },
          content,
        ),
      );
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/tenants/:tenantId/inspections/:inspectionId/attachments/:attachmentId',
    {
      config: { auth: 'user', permission: 'inspections.read' },
      schema: {
        tags,
        summary: 'Download an attachment (the provider and the agency too, once the report reaches them)',
        operationId: 'downloadInspectionAttachment',
        security,
        params: AttachmentParams,
        produces: ['application/octet-stream'],
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await withTenant(request, (ctx) =>
        attachmentFile(ctx, store, request.params.inspectionId, request.params.attachmentId),
      );
      return sendDownload(reply, file.mediaType, file.name, file.content);
    },
  );

  removalRoute(app, {
    url: '/tenants/:tenantId/inspections/:inspectionId/attachments/:attachmentId',
    params: AttachmentParams,
    operationId: 'removeInspectionAttachment',
    summary: 'Remove an attachment before the report is signed',
    tags,
    permission: 'inspections.conduct',
    remove: (ctx, params) =>
      removeAttachment(ctx, params['inspectionId'] ?? '', params['attachmentId'] ?? ''),
  });

  app.post(
    '/tenants/:tenantId/inspections/:inspectionId/prescriptions',
    {
      config: { auth: 'user', permission: 'inspections.conduct' },
      schema: {
        tags,
        summary: 'Add a prescription with its deadline to the report',
        operationId: 'addInspectionPrescription',
        security,
        params: InspectionParams,
        body: Type.Object(
          {
            text: Type.String({ minLength: 1, maxLength: 2000 }),
            dueOn: Day,
            itemId: Type.Optional(Type.Union([ItemId, Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: { 201: InspectionDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) => {
        await addPrescription(ctx, request.params.inspectionId, request.body);
        return inspectionDetail(ctx, request.params.inspectionId);
      });
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/tenants/:tenantId/inspections/:inspectionId/items/:itemId/prescription',
    {
      config: { auth: 'user', permission: 'inspections.conduct' },
      schema: {
        tags,
        summary:
          'From a not-met or partly-met finding, a prescription prefilled from the indicator (art. 33(2))',
        operationId: 'createPrescriptionFromInspectionIndicator',
        security,
        params: Type.Object({ tenantId: Uuid, inspectionId: Uuid, itemId: ItemId }),
        body: Type.Object(
          { text: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })), dueOn: Type.Optional(Day) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ id: Uuid, text: Type.String(), dueOn: Day }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { inspectionId, itemId } = request.params;
      const view = await withTenant(request, (ctx) =>
        prescriptionFromIndicator(ctx, inspectionId, itemId, request.body),
      );
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/tenants/:tenantId/inspections/:inspectionId/prescriptions/:prescriptionId',
    {
      config: { auth: 'user', permission: 'inspections.manage' },
      schema: {
        tags,
        summary: 'Record that a prescription was fulfilled (also after signing)',
        operationId: 'updateInspectionPrescription',
        security,
        params: PrescriptionParams,
        body: Type.Object({ doneOn: NullableDay }, { additionalProperties: false }),
        response: { 200: InspectionDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, async (ctx) => {
        const { inspectionId, prescriptionId } = request.params;
        await prescriptionDone(ctx, inspectionId, prescriptionId, request.body.doneOn);
        return inspectionDetail(ctx, inspectionId);
      }),
  );

  app.delete(
    '/tenants/:tenantId/inspections/:inspectionId/prescriptions/:prescriptionId',
    {
      config: { auth: 'user', permission: 'inspections.conduct' },
      schema: {
        tags,
        summary: 'Remove a prescription before the report is signed',
        operationId: 'removeInspectionPrescription',
        security,
        params: PrescriptionParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await withTenant(request, (ctx) =>
        removePrescription(ctx, request.params.inspectionId, request.params.prescriptionId),
      );
      return reply.status(204).send(null);
    },
  );
}
