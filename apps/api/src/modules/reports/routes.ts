import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { withTenant } from '../../platform/auth.ts';
import { TenantParams } from '../../shared/http-schemas.ts';
import { MEDIA_TYPES, renderDocument, sendRendered } from '../documents/index.ts';
import {
  createReport,
  deleteReport,
  listReports,
  reassembleReport,
  receivedReports,
  reportDetail,
  reportDocument,
  submitReport,
  updateReport,
} from './reports.ts';
import {
  ReportParams,
  VersionBody,
  ReportSummarySchema,
  ReportSchema,
  ListReportsQuery,
  CreateReportBody,
  UpdateReportBody,
} from './schemas.ts';

const security = [{ bearer: [] }];
const tags = ['reports'];

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/tenants/:tenantId/reports',
    {
      config: { auth: 'user', permission: 'reports.read' },
      schema: {
        tags,
        summary: 'The semi-annual analyses and annual reports, newest period first',
        operationId: 'listReports',
        security,
        params: TenantParams,
        querystring: ListReportsQuery,
        response: { 200: Type.Array(ReportSummarySchema), ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => listReports(ctx, request.query)),
  );

  app.get(
    '/tenants/:tenantId/received-reports',
    {
      config: { auth: 'user', permission: 'oversight.read' },
      schema: {
        tags: ['oversight'],
        summary:
          'Semi-annual analyses and annual reports that providers submitted for the services this municipality commissions',
        operationId: 'listReceivedReports',
        security,
        params: TenantParams,
        response: {
          200: Type.Array(Type.Object({ ...ReportSummarySchema.properties, providerName: Type.String() })),
          ...problemResponses,
        },
      },
    },
    async (request) => withTenant(request, (ctx) => receivedReports(ctx)),
  );

  app.post(
    '/tenants/:tenantId/reports',
    {
      config: { auth: 'user', permission: 'reports.manage' },
      schema: {
        tags,
        summary: "Start a report: the period's figures are assembled and the texts drafted from them",
        operationId: 'createReport',
        security,
        params: TenantParams,
        body: CreateReportBody,
        response: { 201: ReportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, (ctx) => createReport(ctx, request.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/tenants/:tenantId/reports/:reportId',
    {
      config: { auth: 'user', permission: 'reports.read' },
      schema: {
        tags,
        summary: 'One report with its figures and texts',
        operationId: 'getReport',
        security,
        params: ReportParams,
        response: { 200: ReportSchema, ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => reportDetail(ctx, request.params.reportId)),
  );

  app.patch(
    '/tenants/:tenantId/reports/:reportId',
    {
      config: { auth: 'user', permission: 'reports.manage' },
      schema: {
        tags,
        summary: "Edit a draft's title and texts",
        operationId: 'updateReport',
        security,
        params: ReportParams,
        body: UpdateReportBody,
        response: { 200: ReportSchema, ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => updateReport(ctx, request.params.reportId, request.body)),
  );

  app.post(
    '/tenants/:tenantId/reports/:reportId/reassembly',
    {
      config: { auth: 'user', permission: 'reports.manage' },
      schema: {
        tags,
        summary: "Collect a draft's figures again from the period's records (the texts stay)",
        operationId: 'reassembleReport',
        security,
        params: ReportParams,
        body: VersionBody,
        response: { 200: ReportSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) => reassembleReport(ctx, request.params.reportId, request.body.version)),
  );

  app.post(
    '/tenants/:tenantId/reports/:reportId/submission',
    {
      config: { auth: 'user', permission: 'reports.manage' },
      schema: {
        tags,
        summary:
          'Submit the report: from now on the database refuses any change; a commissioned service’s report reaches the municipality',
        operationId: 'submitReport',
        security,
        params: ReportParams,
        body: VersionBody,
        response: { 200: ReportSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) => submitReport(ctx, request.params.reportId, request.body.version)),
  );

  app.delete(
    '/tenants/:tenantId/reports/:reportId',
    {
      config: { auth: 'user', permission: 'reports.manage' },
      schema: {
        tags,
        summary: 'Delete a draft (a submitted report is a record and stays)',
        operationId: 'deleteReport',
        security,
        params: ReportParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await withTenant(request, (ctx) => deleteReport(ctx, request.params.reportId));
      return reply.status(204).send(null);
    },
  );

  for (const format of ['pdf', 'docx'] as const)
    app.get(
      `/tenants/:tenantId/reports/:reportId/${format}`,
      {
        config: { auth: 'user', permission: 'reports.read' },
        schema: {
          tags,
          summary:
            format === 'pdf'
              ? 'The report as a PDF (A4, fonts embedded, charts drawn)'
              : 'The report as an editable DOCX',
          operationId: format === 'pdf' ? 'reportPdf' : 'reportDocx',
          security,
          params: ReportParams,
          produces: [MEDIA_TYPES[format]],
          response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...problemResponses },
        },
      },
      async (request, reply) => {
        const { body, name } = await withTenant(request, async (ctx) => {
          const { document, name } = await reportDocument(ctx, request.params.reportId);
          return { body: await renderDocument(ctx, request.params.reportId, format, document), name };
        });
        return sendRendered(reply, format, body, name);
      },
    );
};

export default routes;
