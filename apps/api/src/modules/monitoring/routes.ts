import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { authoredRoutes, renderDocument, renderWorkbook } from '../documents/index.ts';
import {
  approveMonitoringReport,
  createMonitoringReport,
  listMonitoringReports,
  monitoringDocument,
  monitoringReportDetail,
  reassembleMonitoringReport,
  updateMonitoringReport,
} from './monitoring.ts';
import { MONITORING_WORKBOOK } from './xlsx.ts';
import { SummarySchema, DetailSchema, CreateMonitoringReportBody } from './schemas.ts';

const tags = ['monitoring'];

/** The mayor's yearly monitoring of the commissioned services (art. 35(1)). */
const monitoring: FastifyPluginAsyncTypebox = async (app) => {
  const path = '/tenants/:tenantId/monitoring-reports';
  const routes = tenantRoutes(app, tags);

  routes.get(
    path,
    {
      permission: 'oversight.read',
      summary: "The municipality's yearly monitoring analyses (art. 35(1)), newest year first",
      operationId: 'listMonitoringReports',
      ok: Type.Array(SummarySchema),
    },
    (ctx) => listMonitoringReports(ctx),
  );

  routes.post(
    path,
    {
      permission: 'monitoring.manage',
      summary:
        "Start a year's analysis: the figures are assembled from the commissioned services and the texts drafted",
      operationId: 'createMonitoringReport',
      body: CreateMonitoringReportBody,
      created: DetailSchema,
    },
    (ctx, { body }) => createMonitoringReport(ctx, body),
  );

  authoredRoutes(app, {
    tags,
    path,
    idParam: 'monitoringReportId',
    read: 'oversight.read',
    manage: 'monitoring.manage',
    detail: DetailSchema,
    get: {
      summary: 'One yearly analysis with its figures and texts',
      operationId: 'getMonitoringReport',
      run: monitoringReportDetail,
    },
    update: {
      summary: "Edit a draft's title and texts (methods 3–5 and the conclusions)",
      operationId: 'updateMonitoringReport',
      run: updateMonitoringReport,
    },
    reassemble: {
      summary: "Collect a draft's figures again (the texts stay)",
      operationId: 'reassembleMonitoringReport',
      run: reassembleMonitoringReport,
    },
    finish: {
      step: 'approval',
      summary: 'Approve the analysis: from now on the database refuses any change',
      operationId: 'approveMonitoringReport',
      run: approveMonitoringReport,
    },
    downloads: [
      {
        format: 'pdf',
        summary: 'The analysis as a PDF (A4, fonts embedded, charts drawn), by the methods of art. 35(1)',
        operationId: 'monitoringReportPdf',
        render: async (ctx, id) => {
          const { document, name } = await monitoringDocument(ctx, id);
          return { found: await renderDocument(ctx, id, 'pdf', document), name };
        },
      },
      {
        format: 'xlsx',
        summary:
          'The figures as an Excel workbook: services with scores, score by type and year, common weaknesses — with bar charts',
        operationId: 'monitoringReportXlsx',
        render: async (ctx, id) => {
          const { data, name } = await monitoringDocument(ctx, id);
          return { found: await renderWorkbook(ctx, id, data, MONITORING_WORKBOOK), name };
        },
      },
    ],
  });
};

export default monitoring;
