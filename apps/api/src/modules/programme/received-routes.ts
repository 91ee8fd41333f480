import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { withTenant } from '../../platform/auth.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
import { decideProgramme, receivedProgramme, receivedProgrammes } from './received.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

const Names = Type.Object({ bg: Type.String(), en: Type.String(), uk: Type.String() });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const ReceivedSummary = {
  id: Uuid,
  providerTenantId: Uuid,
  providerName: Type.String(),
  serviceName: Nullable(Type.String()),
  title: Type.String(),
  periodStart: DateOnly(),
  periodEnd: DateOnly(),
  status: Type.Union([Type.Literal('submitted'), Type.Literal('agreed'), Type.Literal('changes_requested')]),
  submittedAt: Nullable(Type.String({ format: 'date-time' })),
  decidedAt: Nullable(Type.String({ format: 'date-time' })),
  decisionNote: Nullable(Type.String()),
  measureCount: Type.Integer(),
  version: Type.Integer({
    description: 'Send it back with the decision: a stale version is refused with 409.',
  }),
};
const ReceivedProgrammeSummary = Type.Object(ReceivedSummary, { $id: 'ReceivedProgrammeSummary' });
const ReceivedProgramme = Type.Object(
  {
    ...ReceivedSummary,
    measures: Type.Array(
      Type.Object({
        id: Uuid,
        category: Type.Integer({ description: 'The item of art. 19 (1–9)' }),
        categoryText: Names,
        title: Type.String(),
        description: Nullable(Type.String()),
        finding: Nullable(Type.String()),
        deadline: Nullable(DateOnly()),
        status: Type.String(),
      }),
    ),
  },
  { $id: 'ReceivedProgramme' },
);
const Params = Type.Object({ tenantId: Uuid, programmeId: Uuid });
const security = [{ bearer: [] }];

/** The municipality's inbox of submitted quality programmes and its decision (art. 16(2), 20(2)). */
const received: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(ReceivedProgrammeSummary);
  app.addSchema(ReceivedProgramme);

  app.get(
    '/tenants/:tenantId/received-programmes',
    {
      config: { auth: 'user', permission: 'oversight.read' },
      schema: {
        tags: ['oversight'],
        summary: 'Quality programmes providers submitted to this municipality for agreement',
        operationId: 'listReceivedProgrammes',
        security,
        params: TenantParams,
        response: { 200: Type.Array(ReceivedProgrammeSummary), ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => receivedProgrammes(ctx)),
  );

  app.get(
    '/tenants/:tenantId/received-programmes/:programmeId',
    {
      config: { auth: 'user', permission: 'oversight.read' },
      schema: {
        tags: ['oversight'],
        summary: 'One submitted programme with its measures',
        operationId: 'getReceivedProgramme',
        security,
        params: Params,
        response: { 200: ReceivedProgramme, ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => receivedProgramme(ctx, request.params.programmeId)),
  );

  app.post(
    '/tenants/:tenantId/received-programmes/:programmeId/decision',
    {
      // The mayor's decision: the municipality's administrators make it.
      config: { auth: 'user', permission: 'contracts.manage' },
      schema: {
        tags: ['oversight'],
        summary: 'Agree a submitted programme, or ask for changes (with a note)',
        operationId: 'decideReceivedProgramme',
        security,
        params: Params,
        body: Type.Object(
          {
            decision: Type.Union([Type.Literal('agree'), Type.Literal('request_changes')], {
              default: 'agree',
            }),
            note: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
            version: Type.Integer({ minimum: 1, default: 1 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: ReceivedProgramme, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) => decideProgramme(ctx, request.params.programmeId, request.body)),
  );
};

export default received;
