import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { authoredRoutes, renderDocument } from '../documents/index.ts';
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
import { ReportSummarySchema, ReportSchema, ListReportsQuery, CreateReportBody } from './schemas.ts';

const tags = ['reports'];

/** The provider's semi-annual analyses (art. 25(1)) and annual reports (art. 26). */
const reports: FastifyPluginAsyncTypebox = async (app) => {
  const path = '/tenants/:tenantId/reports';
  const routes = tenantRoutes(app, tags);

  routes.get(
    path,
    {
      permission: 'reports.read',
      summary: 'The semi-annual analyses and annual reports, newest period first',
      operationId: 'listReports',
      querystring: ListReportsQuery,
      ok: Type.Array(ReportSummarySchema),
    },
    (ctx, { query }) => listReports(ctx, query),
  );

  tenantRoutes(app, ['oversight']).get(
    '/tenants/:tenantId/received-reports',
    {
      permission: 'oversight.read',
      summary:
        'Semi-annual analyses and annual reports that providers submitted for the services this municipality commissions',
      operationId: 'listReceivedReports',
      ok: Type.Array(Type.Object({ ...ReportSummarySchema.properties, providerName: Type.String() })),
    },
    (ctx) => receivedReports(ctx),
  );

  routes.post(
    path,
    {
      permission: 'reports.manage',
      summary: "Start a report: the period's figures are assembled and the texts drafted from them",
      operationId: 'createReport',
      body: CreateReportBody,
      created: ReportSchema,
    },
    (ctx, { body }) => createReport(ctx, body),
  );

  authoredRoutes(app, {
    tags,
    path,
    idParam: 'reportId',
    read: 'reports.read',
    manage: 'reports.manage',
    detail: ReportSchema,
    get: { summary: 'One report with its figures and texts', operationId: 'getReport', run: reportDetail },
    update: { summary: "Edit a draft's title and texts", operationId: 'updateReport', run: updateReport },
    reassemble: {
      summary: "Collect a draft's figures again from the period's records (the texts stay)",
      operationId: 'reassembleReport',
      run: reassembleReport,
    },
    finish: {
      step: 'submission',
      summary:
        'Submit the report: from now on the database refuses any change; a commissioned service’s report reaches the municipality',
      operationId: 'submitReport',
      run: submitReport,
    },
    remove: {
      summary: 'Delete a draft (a submitted report is a record and stays)',
      operationId: 'deleteReport',
      run: deleteReport,
    },
    downloads: (['pdf', 'docx'] as const).map((format) => ({
      format,
      summary:
        format === 'pdf'
          ? 'The report as a PDF (A4, fonts embedded, charts drawn)'
          : 'The report as an editable DOCX',
      operationId: format === 'pdf' ? 'reportPdf' : 'reportDocx',
      render: async (ctx, id) => {
        const { document, name } = await reportDocument(ctx, id);
        return { found: await renderDocument(ctx, id, format, document), name };
      },
    })),
  });
};

export default reports;
