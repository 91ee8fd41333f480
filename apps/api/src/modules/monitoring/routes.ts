import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { inTenant } from '../../platform/auth.ts';
import { contentDisposition } from '../evidence/routes.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
import { MEDIA_TYPES, sendDocument } from '../reports/send.ts';
import {
  approveMonitoringReport,
  createMonitoringReport,
  listMonitoringReports,
  monitoringDocument,
  monitoringReportDetail,
  reassembleMonitoringReport,
  updateMonitoringReport,
} from './monitoring.ts';
import { monitoringXlsx } from './xlsx.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

const security = [{ bearer: [] }];
const tags = ['monitoring'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const Day = DateOnly();
const Score = Type.Union([Type.Number(), Type.Null()], {
  description: "Percent by the plugin's scoring scheme; null when no completed check scored it",
});
const Status = Type.Union([Type.Literal('draft'), Type.Literal('approved')], {
  description: '`draft` while the texts are edited; `approved`: a record the database refuses to change',
});
const Params = Type.Object({ tenantId: Uuid, monitoringReportId: Uuid });
const VersionBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, default: 1, description: 'The version read; a stale one gets 409' }),
  },
  { additionalProperties: false },
);
const Year = Type.Integer({
  minimum: 2000,
  maximum: 2100,
  default: 2026,
  description: 'The calendar year analysed',
});

const MonitoringDataSchema = Type.Object(
  {
    municipality: Type.String(),
    year: Type.Integer(),
    years: Type.Array(Type.Integer(), { description: 'The trend years, oldest first, ending with `year`' }),
    services: Type.Array(
      Type.Object({
        id: Uuid,
        name: Type.String(),
        providerTenantId: Uuid,
        providerName: Type.String(),
        typeKey: Type.String({ description: '`<plugin code>/<variant key>`' }),
        typeName: Type.String(),
        annex: Type.Union([Type.Integer(), Type.Null()]),
        checks: Type.Integer({ description: 'Completed checks in the year' }),
        score: Score,
        scores: Type.Array(Score, { description: 'Per trend year, aligned with `years`' }),
      }),
    ),
    types: Type.Array(
      Type.Object({
        key: Type.String(),
        name: Type.String(),
        annex: Type.Union([Type.Integer(), Type.Null()]),
        services: Type.Integer(),
        averages: Type.Array(Type.Object({ year: Type.Integer(), average: Score, scored: Type.Integer() })),
      }),
    ),
    weaknesses: Type.Array(
      Type.Object({
        id: Type.String(),
        typeName: Type.String(),
        standard: Type.String(),
        criterion: Type.String(),
        text: Type.String({ description: "The indicator's text, verbatim from the catalogue" }),
        notMet: Type.Integer(),
        partlyMet: Type.Integer(),
        services: Type.Integer({
          description: 'Services whose latest answer in the year was not (fully) met',
        }),
        serviceNames: Type.Array(Type.String()),
      }),
      { description: 'The indicators most often not met or partly met across services, most services first' },
    ),
    inspections: Type.Object(
      {
        done: Type.Object({
          periodic: Type.Integer(),
          extraordinary: Type.Integer(),
          follow_up: Type.Integer(),
        }),
        withNonConformities: Type.Integer(),
        forwardedToAgency: Type.Integer(),
        prescriptions: Type.Object({
          given: Type.Integer(),
          fulfilled: Type.Integer(),
          overdue: Type.Integer(),
        }),
        items: Type.Array(
          Type.Object({
            serviceName: Type.String(),
            providerName: Type.String(),
            kind: Type.Union([
              Type.Literal('periodic'),
              Type.Literal('extraordinary'),
              Type.Literal('follow_up'),
            ]),
            on: Day,
            nonConformities: Type.Integer(),
            forwarded: Type.Boolean(),
          }),
        ),
      },
      { description: "Method 1: the municipality's inspections (art. 30–34)" },
    ),
    reports: Type.Array(
      Type.Object({
        providerName: Type.String(),
        serviceName: Type.Union([Type.String(), Type.Null()]),
        kind: Type.Union([Type.Literal('semi_annual_analysis'), Type.Literal('annual_report')]),
        title: Type.String(),
        periodStart: Day,
        periodEnd: Day,
        submittedOn: Day,
      }),
      { description: "Method 2: the providers' reports submitted for the year" },
    ),
    programmes: Type.Array(
      Type.Object({
        providerName: Type.String(),
        serviceName: Type.Union([Type.String(), Type.Null()]),
        title: Type.String(),
        periodStart: Day,
        periodEnd: Day,
        status: Type.Union([
          Type.Literal('submitted'),
          Type.Literal('agreed'),
          Type.Literal('changes_requested'),
        ]),
        submittedOn: Type.Union([Day, Type.Null()]),
        decidedOn: Type.Union([Day, Type.Null()]),
      }),
      { description: 'Method 6: the quality programmes submitted to the municipality' },
    ),
    feedback: Type.Array(
      Type.Object({
        providerName: Type.String(),
        serviceName: Type.Union([Type.String(), Type.Null()]),
        responses: Type.Integer(),
        source: Type.Union([Type.Literal('annual_report'), Type.Literal('semi_annual_analysis')]),
      }),
      { description: "Method 7: survey answers as the providers' submitted reports count them" },
    ),
  },
  { $id: 'MonitoringData', description: 'The figures assembled for the year (a snapshot)' },
);

const SummarySchema = Type.Object(
  {
    id: Uuid,
    tenantId: Uuid,
    year: Type.Integer(),
    title: Type.String(),
    status: Status,
    approvedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    approvedByName: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    version: Type.Integer(),
  },
  { $id: 'MonitoringReportSummary' },
);
const DetailSchema = Type.Object(
  {
    ...SummarySchema.properties,
    assembledAt: Type.String({ format: 'date-time' }),
    methods: Type.Array(Type.Object({ number: Type.Integer(), text: Type.String() }), {
      description: 'The seven methods of art. 35(1), verbatim from the Ordinance (Bulgarian)',
    }),
    sectionTitles: Type.Array(
      Type.Object({
        key: Type.String(),
        method: Type.Union([Type.Integer(), Type.Null()], {
          description: 'The method of art. 35(1) the text belongs to; null: the conclusions',
        }),
        title: Type.String(),
      }),
    ),
    sections: Type.Record(Type.String(), Type.String(), { description: 'The texts the municipality writes' }),
    data: MonitoringDataSchema,
  },
  { $id: 'MonitoringReport' },
);

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
    async (request) => inTenant(request, (em, scope) => listMonitoringReports(em, scope.tenantId)),
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
        body: Type.Object(
          { year: Year, title: Type.Optional(Type.String({ maxLength: 300 })) },
          { additionalProperties: false },
        ),
        response: { 201: DetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, (em, scope) =>
        createMonitoringReport(em, app, scope.tenantId, scope.userId, request.body),
      );
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
      inTenant(request, (em, scope) =>
        monitoringReportDetail(em, scope.tenantId, request.params.monitoringReportId),
      ),
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
        body: Type.Object(
          {
            version: VersionBody.properties.version,
            title: Type.Optional(Type.String({ maxLength: 300 })),
            sections: Type.Optional(
              Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 20000 }), {
                description: 'Texts by section key (see `sectionTitles`); keys not sent stay as they are',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: DetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) =>
        updateMonitoringReport(em, scope.tenantId, request.params.monitoringReportId, request.body),
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
      inTenant(request, (em, scope) =>
        reassembleMonitoringReport(
          em,
          app,
          scope.tenantId,
          request.params.monitoringReportId,
          request.body.version,
        ),
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
      inTenant(request, (em, scope) =>
        approveMonitoringReport(
          em,
          scope.tenantId,
          scope.userId,
          request.params.monitoringReportId,
          request.body.version,
        ),
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
      const { document, name } = await inTenant(request, (em, scope) =>
        monitoringDocument(em, scope.tenantId, request.params.monitoringReportId),
      );
      return sendDocument(reply, 'pdf', document, name);
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
        produces: [XLSX],
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { data, name } = await inTenant(request, (em, scope) =>
        monitoringDocument(em, scope.tenantId, request.params.monitoringReportId),
      );
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', contentDisposition(`${name}.xlsx`))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(await monitoringXlsx(data));
    },
  );
};

export default routes;
