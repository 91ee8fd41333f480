import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { Uuid } from '../../shared/http-schemas.ts';
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

/** The municipality's inbox of submitted quality programmes and its decision (art. 16(2), 20(2)). */
const received: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(ReceivedProgrammeSummary);
  app.addSchema(ReceivedProgramme);
  const routes = tenantRoutes(app, ['oversight']);

  routes.get(
    '/tenants/:tenantId/received-programmes',
    {
      permission: 'oversight.read',
      summary: 'Quality programmes providers submitted to this municipality for agreement',
      operationId: 'listReceivedProgrammes',
      ok: Type.Array(ReceivedProgrammeSummary),
    },
    (ctx) => receivedProgrammes(ctx),
  );

  routes.get(
    '/tenants/:tenantId/received-programmes/:programmeId',
    {
      permission: 'oversight.read',
      summary: 'One submitted programme with its measures',
      operationId: 'getReceivedProgramme',
      params: Params,
      ok: ReceivedProgramme,
    },
    (ctx, { params }) => receivedProgramme(ctx, params.programmeId),
  );

  routes.post(
    '/tenants/:tenantId/received-programmes/:programmeId/decision',
    {
      // The mayor's decision: the municipality's administrators make it.
      permission: 'contracts.manage',
      summary: 'Agree a submitted programme, or ask for changes (with a note)',
      operationId: 'decideReceivedProgramme',
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
      ok: ReceivedProgramme,
    },
    (ctx, { params, body }) => decideProgramme(ctx, params.programmeId, body),
  );
};

export default received;
