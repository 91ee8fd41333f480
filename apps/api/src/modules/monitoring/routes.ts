import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { withTenant } from '../../platform/auth.ts';
import { TenantParams } from '../../shared/http-schemas.ts';
import { MEDIA_TYPES, renderDocument, renderWorkbook, sendRendered } from '../documents/index.ts';
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
import {
  Params,
  VersionBody,
  SummarySchema,
  DetailSchema,
  CreateMonitoringReportBody,
  UpdateMonitoringReportBody,
} from './schemas.ts';

const security = [{ bearer: [] }];
const tags = ['monitoring'];

/** The mayor's yearly monitoring of the commissioned services (art. 35(1)). */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const base = '/tenants/:tenantId/monitoring-reports';
  const one = `${base}/:monitoringReportId`;

  app.get(
    base,
    {
      config: { auth: 'user', permission: 'oversight.read' },
      schema: {
        tags,
        summary: "The municipality's yearly monitoring analyses (art. 35(1)), newest year first",
        operationId: 'listMonitoringReports',
        security,
        params: TenantParams,
        response: { 200: Type.Array(SummarySchema), ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => listMonitoringReports(ctx)),
  );

  app.post(
    base,
    {
      config: { auth: 'user', permission: 'monitoring.manage' },
      schema: {
        tags,
        summary:
          "Start a year's analysis: the figures are assembled from the commissioned services and the texts drafted",
        operationId: 'createMonitoringReport',
        security,
        params: TenantParams,
        body: CreateMonitoringReportBody,
        response: { 201: DetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, (ctx) => createMonitoringReport(ctx, request.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    one,
    {
      config: { auth: 'user', permission: 'oversight.read' },
      schema: {
        tags,
        summary: 'One yearly analysis with its figures and texts',
        operationId: 'getMonitoringReport',
        security,
        params: Params,
        response: { 200: DetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) => monitoringReportDetail(ctx, request.params.monitoringReportId)),
  );

  app.patch(
    one,
    {
      config: { auth: 'user', permission: 'monitoring.manage' },
      schema: {
        tags,
        summary: "Edit a draft's title and texts (methods 3–5 and the conclusions)",
        operationId: 'updateMonitoringReport',
        security,
        params: Params,
        body: UpdateMonitoringReportBody,
        response: { 200: DetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) =>
        updateMonitoringReport(ctx, request.params.monitoringReportId, request.body),
      ),
  );

  app.post(
    `${one}/reassembly`,
    {
      config: { auth: 'user', permission: 'monitoring.manage' },
      schema: {
        tags,
        summary: "Collect a draft's figures again (the texts stay)",
        operationId: 'reassembleMonitoringReport',
        security,
        params: Params,
        body: VersionBody,
        response: { 200: DetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) =>
        reassembleMonitoringReport(ctx, request.params.monitoringReportId, request.body.version),
      ),
  );

  app.post(
    `${one}/approval`,
    {
      config: { auth: 'user', permission: 'monitoring.manage' },
      schema: {
        tags,
        summary: 'Approve the analysis: from now on the database refuses any change',
        operationId: 'approveMonitoringReport',
        security,
        params: Params,
        body: VersionBody,
        response: { 200: DetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) =>
        approveMonitoringReport(ctx, request.params.monitoringReportId, request.body.version),
      ),
  );

  app.get(
    `${one}/pdf`,
    {
      config: { auth: 'user', permission: 'oversight.read' },
      schema: {
        tags,
        summary: 'The analysis as a PDF (A4, fonts embedded, charts drawn), by the methods of art. 35(1)',
        operationId: 'monitoringReportPdf',
        security,
        params: Params,
        produces: [MEDIA_TYPES.pdf],
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const id = request.params.monitoringReportId;
      const { body, name } = await withTenant(request, async (ctx) => {
        const { document, name } = await monitoringDocument(ctx, id);
        return { body: await renderDocument(ctx, id, 'pdf', document), name };
      });
      return sendRendered(reply, 'pdf', body, name);
    },
  );

  app.get(
    `${one}/xlsx`,
    {
      config: { auth: 'user', permission: 'oversight.read' },
      schema: {
        tags,
        summary:
          'The figures as an Excel workbook: services with scores, score by type and year, common weaknesses — with bar charts',
        operationId: 'monitoringReportXlsx',
        security,
        params: Params,
        produces: [MEDIA_TYPES.xlsx],
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const id = request.params.monitoringReportId;
      const { body, name } = await withTenant(request, async (ctx) => {
        const { data, name } = await monitoringDocument(ctx, id);
        return { body: await renderWorkbook(ctx, id, data, MONITORING_WORKBOOK), name };
      });
      return sendRendered(reply, 'xlsx', body, name);
    },
  );
};

export default routes;
