import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TenantContext } from '../../shared/context.ts';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { withTenant } from '../../platform/auth.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
import { today } from '@mera/calendar';
import {
  addAppraisal,
  addMentoring,
  addSupervision,
  addTraining,
  createMember,
  createPosition,
  deleteMember,
  deletePosition,
  deleteRecord,
  updateMember,
  updatePosition,
} from './records.ts';
import { serviceRegister, staffOverview } from './register.ts';
import {
  StaffOverviewSchema,
  StaffRegisterSchema,
  YearQuery,
  ServiceParams,
  PositionParams,
  MemberParams,
  CreateStaffPositionBody,
  UpdateStaffPositionBody,
  CreateStaffMemberBody,
  UpdateStaffMemberBody,
  AddStaffTrainingBody,
  AddStaffAppraisalBody,
  AddStaffSupervisionBody,
  AddStaffMentoringBody,
} from './schemas.ts';

const security = [{ bearer: [] }];
const tags = ['staff'];

const thisYear = () => Number(today().slice(0, 4));

/**
 * The staff register (the annexes' section Б): the staffing plan and the people in it, their training, supervision,
 * mentoring and yearly appraisal — feeding the plugins' staffing rules and the staff-related indicators.
 */
const staff: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(StaffOverviewSchema);
  app.addSchema(StaffRegisterSchema);

  /** Every change answers with the service's register as it now stands, read in the same transaction. */
  const changed = (ctx: TenantContext, serviceId: string) => serviceRegister(ctx, serviceId, thisYear());
  const read = { auth: 'user' as const, permission: 'staff.read' as const };
  const manage = { auth: 'user' as const, permission: 'staff.manage' as const };
  const registerResponse = { 200: StaffRegisterSchema, ...problemResponses };
  const createdResponse = { 201: StaffRegisterSchema, ...problemResponses };

  app.get(
    '/tenants/:tenantId/staff',
    {
      config: read,
      schema: {
        tags,
        summary: 'Every own service with its staff summary and the staffing rules on the register’s facts',
        operationId: 'staffOverview',
        security,
        params: TenantParams,
        querystring: YearQuery,
        response: { 200: Type.Array(StaffOverviewSchema), ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => staffOverview(ctx, request.query.year ?? thisYear())),
  );

  app.get(
    '/tenants/:tenantId/staff/services/:serviceId',
    {
      config: read,
      schema: {
        tags,
        summary: 'One service’s staff register: positions, members and their records, summary and rules',
        operationId: 'getStaffRegister',
        security,
        params: ServiceParams,
        querystring: YearQuery,
        response: registerResponse,
      },
    },
    async (request) =>
      withTenant(request, (ctx) =>
        serviceRegister(ctx, request.params.serviceId, request.query.year ?? thisYear()),
      ),
  );

  app.post(
    '/tenants/:tenantId/staff/positions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a position to a service’s staffing plan',
        operationId: 'createStaffPosition',
        security,
        params: TenantParams,
        body: CreateStaffPositionBody,
        response: createdResponse,
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) => {
        const { serviceId } = await createPosition(ctx, request.body);
        return changed(ctx, serviceId);
      });
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/tenants/:tenantId/staff/positions/:positionId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a position (send the version you read)',
        operationId: 'updateStaffPosition',
        security,
        params: PositionParams,
        body: UpdateStaffPositionBody,
        response: registerResponse,
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      return withTenant(request, async (ctx) => {
        const { serviceId } = await updatePosition(ctx, request.params.positionId, version, changes);
        return changed(ctx, serviceId);
      });
    },
  );

  app.delete(
    '/tenants/:tenantId/staff/positions/:positionId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a position (refused with 409 while someone is in it)',
        operationId: 'deleteStaffPosition',
        security,
        params: PositionParams,
        response: registerResponse,
      },
    },
    async (request) =>
      withTenant(request, async (ctx) => {
        const { serviceId } = await deletePosition(ctx, request.params.positionId);
        return changed(ctx, serviceId);
      }),
  );

  app.post(
    '/tenants/:tenantId/staff/members',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a staff member to a service (an employee or volunteer — never a service user)',
        operationId: 'createStaffMember',
        security,
        params: TenantParams,
        body: CreateStaffMemberBody,
        response: createdResponse,
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) => {
        const { serviceId } = await createMember(ctx, request.body);
        return changed(ctx, serviceId);
      });
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/tenants/:tenantId/staff/members/:memberId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a staff member, e.g. record that they left (send the version you read)',
        operationId: 'updateStaffMember',
        security,
        params: MemberParams,
        body: UpdateStaffMemberBody,
        response: registerResponse,
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      return withTenant(request, async (ctx) => {
        const { serviceId } = await updateMember(ctx, request.params.memberId, version, changes);
        return changed(ctx, serviceId);
      });
    },
  );

  app.delete(
    '/tenants/:tenantId/staff/members/:memberId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a member entered by mistake, with their records (someone who left gets an end date)',
        operationId: 'deleteStaffMember',
        security,
        params: MemberParams,
        response: registerResponse,
      },
    },
    async (request) =>
      withTenant(request, async (ctx) => {
        const { serviceId } = await deleteMember(ctx, request.params.memberId);
        return changed(ctx, serviceId);
      }),
  );

  app.post(
    '/tenants/:tenantId/staff/members/:memberId/trainings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record an induction or specialised training of a member (academic hours)',
        operationId: 'addStaffTraining',
        security,
        params: MemberParams,
        body: AddStaffTrainingBody,
        response: createdResponse,
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) => {
        const { serviceId } = await addTraining(ctx, request.params.memberId, request.body);
        return changed(ctx, serviceId);
      });
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/tenants/:tenantId/staff/members/:memberId/appraisals',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record a member’s yearly appraisal (one per year)',
        operationId: 'addStaffAppraisal',
        security,
        params: MemberParams,
        body: AddStaffAppraisalBody,
        response: createdResponse,
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) => {
        const { serviceId } = await addAppraisal(ctx, request.params.memberId, request.body);
        return changed(ctx, serviceId);
      });
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/tenants/:tenantId/staff/supervisions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record a group supervision of a service’s team or an individual supervision of a member',
        operationId: 'addStaffSupervision',
        security,
        params: TenantParams,
        body: AddStaffSupervisionBody,
        response: createdResponse,
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) => {
        const { serviceId } = await addSupervision(ctx, request.body);
        return changed(ctx, serviceId);
      });
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/tenants/:tenantId/staff/mentorings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Assign a mentor to a newcomer (6 months from the start unless an end is given)',
        operationId: 'addStaffMentoring',
        security,
        params: TenantParams,
        body: AddStaffMentoringBody,
        response: createdResponse,
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) => {
        const { serviceId } = await addMentoring(ctx, request.body);
        return changed(ctx, serviceId);
      });
      return reply.status(201).send(view);
    },
  );

  for (const [kind, param, path] of [
    ['training', 'trainingId', 'trainings'],
    ['appraisal', 'appraisalId', 'appraisals'],
    ['supervision', 'supervisionId', 'supervisions'],
    ['mentoring', 'mentoringId', 'mentorings'],
  ] as const) {
    app.delete(
      `/tenants/:tenantId/staff/${path}/:${param}`,
      {
        config: manage,
        schema: {
          tags,
          summary: `Remove a ${kind} record entered by mistake`,
          operationId: `deleteStaff${kind[0]?.toUpperCase()}${kind.slice(1)}`,
          security,
          params: Type.Object({ tenantId: Uuid, [param]: Uuid }),
          response: registerResponse,
        },
      },
      async (request) => {
        const id = (request.params as Record<string, string>)[param] ?? '';
        return withTenant(request, async (ctx) => {
          const { serviceId } = await deleteRecord(ctx, kind, id);
          return changed(ctx, serviceId);
        });
      },
    );
  }
};

export default staff;
