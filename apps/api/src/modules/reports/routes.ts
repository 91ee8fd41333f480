import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { inTenant } from '../../platform/auth.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
import { MEDIA_TYPES, sendDocument } from './send.ts';
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
import { DateOnly } from '../../shared/input-schemas.ts';

const security = [{ bearer: [] }];
const tags = ['reports'];

const Kind = Type.Union([Type.Literal('semi_annual_analysis'), Type.Literal('annual_report')], {
  default: 'semi_annual_analysis',
  description:
    '`semi_annual_analysis`: the analysis at least every six months (art. 25(1)); `annual_report`: the annual report (art. 26, due by 31 March)',
});
const Status = Type.Union([Type.Literal('draft'), Type.Literal('submitted')]);
const Day = DateOnly();
const Score = Type.Union([Type.Number(), Type.Null()], {
  description:
    "By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies",
});
const ReportParams = Type.Object({ tenantId: Uuid, reportId: Uuid });
const VersionBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, default: 1, description: 'The version read; a stale one gets 409' }),
  },
  { additionalProperties: false },
);

const ReportDataSchema = Type.Object(
  {
    organisation: Type.String(),
    period: Type.Object({ start: Day, end: Day }),
    services: Type.Array(
      Type.Object({
        id: Uuid,
        name: Type.String(),
        annex: Type.Union([Type.Integer(), Type.Null()]),
        checks: Type.Array(
          Type.Object({
            id: Uuid,
            title: Type.String(),
            kind: Type.Union([Type.Literal('periodic'), Type.Literal('self_assessment')]),
            completedOn: Day,
            score: Score,
            answered: Type.Integer(),
            total: Type.Integer(),
          }),
        ),
        score: Score,
        scoring: Type.Union([Type.String(), Type.Null()]),
        standards: Type.Array(Type.Object({ key: Type.String(), title: Type.String(), score: Score })),
        weaknesses: Type.Array(
          Type.Object({
            id: Type.String(),
            standard: Type.String(),
            criterion: Type.String(),
            text: Type.String({ description: "The indicator's text, verbatim" }),
            result: Type.Union([Type.Literal('not_met'), Type.Literal('partly_met')]),
            note: Type.Union([Type.String(), Type.Null()]),
          }),
        ),
        methods: Type.Array(Type.Integer(), { description: 'The methods of art. 24(1) the checks used' }),
      }),
    ),
    meetings: Type.Object({
      team: Type.Integer(),
      withHead: Type.Integer(),
      recommendations: Type.Array(Type.String()),
    }),
    programme: Type.Object({
      measures: Type.Integer(),
      done: Type.Integer(),
      inProgress: Type.Integer(),
      planned: Type.Integer(),
      cancelled: Type.Integer(),
      overdue: Type.Integer(),
      items: Type.Array(
        Type.Object({
          title: Type.String(),
          category: Type.Integer(),
          status: Type.String(),
          deadline: Type.Union([Day, Type.Null()]),
        }),
      ),
    }),
    feedback: Type.Optional(
      Type.Object({
        responses: Type.Integer(),
        templates: Type.Array(
          Type.Object({
            name: Type.String(),
            responses: Type.Integer(),
            questions: Type.Array(
              Type.Object({
                label: Type.String(),
                answers: Type.Integer(),
                mean: Type.Union([Type.Number(), Type.Null()]),
                max: Type.Integer(),
              }),
            ),
          }),
        ),
      }),
    ),
    analyses: Type.Array(
      Type.Object({
        id: Uuid,
        title: Type.String(),
        periodStart: Day,
        periodEnd: Day,
        status: Type.String(),
      }),
    ),
  },
  { $id: 'ReportData', description: "The figures assembled from the period's records (a snapshot)" },
);

const ReportSummarySchema = Type.Object(
  {
    id: Uuid,
    tenantId: Uuid,
    kind: Kind,
    serviceId: Type.Union([Uuid, Type.Null()], { description: "Null: all the provider's services" }),
    serviceName: Type.Union([Type.String(), Type.Null()]),
    periodStart: Day,
    periodEnd: Day,
    title: Type.String(),
    status: Status,
    submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    submittedByName: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    version: Type.Integer(),
  },
  { $id: 'ReportSummary' },
);
const ReportSchema = Type.Object(
  {
    ...ReportSummarySchema.properties,
    assembledAt: Type.String({ format: 'date-time' }),
    sectionTitles: Type.Array(Type.Object({ key: Type.String(), title: Type.String() })),
    sections: Type.Record(Type.String(), Type.String(), {
      description: 'The texts the provider writes, by key',
    }),
    data: ReportDataSchema,
  },
  { $id: 'Report' },
);

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
        querystring: Type.Object(
          { kind: Type.Optional(Kind), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(ReportSummarySchema), ...problemResponses },
      },
    },
    async (request) => inTenant(request, (em, scope) => listReports(em, scope.tenantId, request.query)),
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
    async (request) => inTenant(request, (em, scope) => receivedReports(em, scope.tenantId)),
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
        body: Type.Object(
          {
            kind: Kind,
            year: Type.Integer({ minimum: 2000, maximum: 2100, default: 2026 }),
            half: Type.Optional(
              Type.Union([Type.Literal(1), Type.Literal(2)], {
                description: 'For a semi-annual analysis: 1 (January–June) or 2 (July–December)',
              }),
            ),
            serviceId: Type.Optional(
              Type.Union([Uuid, Type.Null()], { description: "One of the tenant's services; null: all" }),
            ),
            title: Type.Optional(Type.String({ maxLength: 300 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: ReportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, (em, scope) =>
        createReport(em, app, scope.tenantId, scope.userId, request.body),
      );
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
    async (request) => inTenant(request, (em) => reportDetail(em, request.params.reportId)),
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
        response: { 200: ReportSchema, ...problemResponses },
      },
    },
    async (request) => inTenant(request, (em) => updateReport(em, request.params.reportId, request.body)),
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
      inTenant(request, (em) => reassembleReport(em, app, request.params.reportId, request.body.version)),
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
      inTenant(request, (em, scope) =>
        submitReport(em, scope.userId, request.params.reportId, request.body.version),
      ),
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
      await inTenant(request, (em) => deleteReport(em, request.params.reportId));
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
        const { document, name } = await inTenant(request, (em) =>
          reportDocument(em, request.params.reportId),
        );
        return sendDocument(reply, format, document, name);
      },
    );
};

export default routes;
