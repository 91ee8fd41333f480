import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { inTenant } from '../../platform/auth.ts';
import { s3Store } from '../evidence/index.ts';
import { contentDisposition } from '../../shared/http.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
import { sendDocument } from '../documents/index.ts';
import { AnswerBody } from '../checklists/index.ts';
import {
  Day,
  NullableDay,
  NullableText,
  Kind,
  Reason,
  Result,
  ItemId,
  ScopeInput,
  InspectorInput,
  InspectionSummarySchema,
  InspectionDetailSchema,
  PlanRowSchema,
  InspectionParams,
  AttachmentParams,
  PrescriptionParams,
} from './schemas.ts';
import { forwardingLetter, orderDocument, reportDocument } from './documents.ts';
import { inspectionDetail, listInspections, receivedInspections } from './inspections.ts';
import { deleteInspection, orderInspection, updateInspection } from './orders.ts';
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
import { inspectionPlan } from './plan.ts';
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

  const detail = (request: Parameters<typeof inTenant>[0], id: string) =>
    inTenant(request, (em, scope) => inspectionDetail(em, scope.tenantId, scope.userId, id));

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
    async (request) => inTenant(request, (em, scope) => inspectionPlan(em, scope.tenantId)),
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
    async (request) => inTenant(request, (em, scope) => listInspections(em, scope.tenantId)),
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
    async (request) => inTenant(request, (em, scope) => receivedInspections(em, scope.tenantId)),
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
      const view = await inTenant(request, async (em, scope) => {
        const id = await orderInspection(em, scope.tenantId, scope.userId, request.body);
        return inspectionDetail(em, scope.tenantId, scope.userId, id);
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
      inTenant(request, async (em, scope) => {
        await updateInspection(em, scope.tenantId, request.params.inspectionId, request.body);
        return inspectionDetail(em, scope.tenantId, scope.userId, request.params.inspectionId);
      }),
  );

  app.delete(
    '/tenants/:tenantId/inspections/:inspectionId',
    {
      config: { auth: 'user', permission: 'inspections.manage' },
      schema: {
        tags,
        summary: 'Withdraw an order not yet signed',
        operationId: 'deleteInspection',
        security,
        params: InspectionParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await inTenant(request, (em, scope) =>
        deleteInspection(em, scope.tenantId, request.params.inspectionId),
      );
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/tenants/:tenantId/inspections/:inspectionId/findings',
    {
      config: { auth: 'user', permission: 'inspections.conduct' },
      schema: {
        tags,
        summary: "Record one indicator's finding (409 names who saved it first)",
        operationId: 'saveInspectionFinding',
        security,
        params: InspectionParams,
        body: AnswerBody(5000),
        response: {
          200: Type.Object({
            itemId: Type.String(),
            result: Type.Union([Result, Type.Null()]),
            note: Type.Union([Type.String(), Type.Null()]),
            findingVersion: Type.Integer({ description: 'The same as `version` (kept for older clients)' }),
            version: Type.Integer({ description: "The finding's version now: send it with the next save" }),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) =>
        saveFinding(em, scope.tenantId, scope.userId, request.params.inspectionId, request.body),
      ),
  );

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
      const view = await inTenant(request, (em, scope) =>
        addAttachment(
          em,
          store,
          scope.tenantId,
          scope.userId,
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
      const file = await inTenant(request, (em) =>
        attachmentFile(em, store, request.params.inspectionId, request.params.attachmentId),
      );
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  app.delete(
    '/tenants/:tenantId/inspections/:inspectionId/attachments/:attachmentId',
    {
      config: { auth: 'user', permission: 'inspections.conduct' },
      schema: {
        tags,
        summary: 'Remove an attachment before the report is signed',
        operationId: 'removeInspectionAttachment',
        security,
        params: AttachmentParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await inTenant(request, (em, scope) =>
        removeAttachment(em, scope.tenantId, request.params.inspectionId, request.params.attachmentId),
      );
      return reply.status(204).send(null);
    },
  );

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
      const view = await inTenant(request, async (em, scope) => {
        await addPrescription(em, scope.tenantId, request.params.inspectionId, request.body);
        return inspectionDetail(em, scope.tenantId, scope.userId, request.params.inspectionId);
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
      const view = await inTenant(request, (em, scope) =>
        prescriptionFromIndicator(em, scope.tenantId, inspectionId, itemId, request.body),
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
      inTenant(request, async (em, scope) => {
        const { inspectionId, prescriptionId } = request.params;
        await prescriptionDone(em, scope.tenantId, inspectionId, prescriptionId, request.body.doneOn);
        return inspectionDetail(em, scope.tenantId, scope.userId, inspectionId);
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
      await inTenant(request, (em, scope) =>
        removePrescription(em, scope.tenantId, request.params.inspectionId, request.params.prescriptionId),
      );
      return reply.status(204).send(null);
    },
  );

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
      inTenant(request, async (em, scope) => {
        await signInspection(em, scope.tenantId, scope.userId, request.params.inspectionId);
        return inspectionDetail(em, scope.tenantId, scope.userId, request.params.inspectionId);
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
      inTenant(request, async (em, scope) => {
        await forwardInspection(em, scope.tenantId, request.params.inspectionId, request.body);
        return inspectionDetail(em, scope.tenantId, scope.userId, request.params.inspectionId);
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
      const view = await inTenant(request, async (em, scope) => {
        const id = await correctInspection(em, scope.tenantId, scope.userId, request.params.inspectionId);
        return inspectionDetail(em, scope.tenantId, scope.userId, id);
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
        const view = await detail(request, request.params.inspectionId);
        return sendDocument(reply, 'pdf', build(view), `${name} ${view.orderNumber}`);
      },
    );
  }
};

export default inspections;
