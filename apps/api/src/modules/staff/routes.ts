import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TenantContext } from '../../shared/context.ts';
import { Type } from 'typebox';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { Uuid } from '../../shared/http-schemas.ts';
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

const thisYear = () => Number(today().slice(0, 4));

/**
 * The staff register (the annexes' section Б): the staffing plan and the people in it, their training, supervision,
 * mentoring and yearly appraisal — feeding the plugins' staffing rules and the staff-related indicators.
 */
const staff: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(StaffOverviewSchema);
  app.addSchema(StaffRegisterSchema);
  const routes = tenantRoutes(app, ['staff']);

  /** Every change answers with the service's register as it now stands, read in the same transaction. */
  const changed =
    <R>(change: (ctx: TenantContext, request: R) => Promise<{ serviceId: string }>) =>
    async (ctx: TenantContext, request: R) =>
      serviceRegister(ctx, (await change(ctx, request)).serviceId, thisYear());

  routes.get(
    '/tenants/:tenantId/staff',
    {
      permission: 'staff.read',
      summary: 'Every own service with its staff summary and the staffing rules on the register’s facts',
      operationId: 'staffOverview',
      querystring: YearQuery,
      ok: Type.Array(StaffOverviewSchema),
    },
    (ctx, { query }) => staffOverview(ctx, query.year ?? thisYear()),
  );

  routes.get(
    '/tenants/:tenantId/staff/services/:serviceId',
    {
      permission: 'staff.read',
      summary: 'One service’s staff register: positions, members and their records, summary and rules',
      operationId: 'getStaffRegister',
      params: ServiceParams,
      querystring: YearQuery,
      ok: StaffRegisterSchema,
    },
    (ctx, { params, query }) => serviceRegister(ctx, params.serviceId, query.year ?? thisYear()),
  );

  routes.post(
    '/tenants/:tenantId/staff/positions',
    {
      permission: 'staff.manage',
      summary: 'Add a position to a service’s staffing plan',
      operationId: 'createStaffPosition',
      body: CreateStaffPositionBody,
      created: StaffRegisterSchema,
    },
    changed((ctx, { body }) => createPosition(ctx, body)),
  );

  routes.patch(
    '/tenants/:tenantId/staff/positions/:positionId',
    {
      permission: 'staff.manage',
      summary: 'Change a position (send the version you read)',
      operationId: 'updateStaffPosition',
      params: PositionParams,
      body: UpdateStaffPositionBody,
      ok: StaffRegisterSchema,
    },
    changed((ctx, { params, body: { version, ...changes } }) =>
      updatePosition(ctx, params.positionId, version, changes),
    ),
  );

  routes.delete(
    '/tenants/:tenantId/staff/positions/:positionId',
    {
      permission: 'staff.manage',
      summary: 'Remove a position (refused with 409 while someone is in it)',
      operationId: 'deleteStaffPosition',
      params: PositionParams,
      ok: StaffRegisterSchema,
    },
    changed((ctx, { params }) => deletePosition(ctx, params.positionId)),
  );

  routes.post(
    '/tenants/:tenantId/staff/members',
    {
      permission: 'staff.manage',
      summary: 'Add a staff member to a service (an employee or volunteer — never a service user)',
      operationId: 'createStaffMember',
      body: CreateStaffMemberBody,
      created: StaffRegisterSchema,
    },
    changed((ctx, { body }) => createMember(ctx, body)),
  );

  routes.patch(
    '/tenants/:tenantId/staff/members/:memberId',
    {
      permission: 'staff.manage',
      summary: 'Change a staff member, e.g. record that they left (send the version you read)',
      operationId: 'updateStaffMember',
      params: MemberParams,
      body: UpdateStaffMemberBody,
      ok: StaffRegisterSchema,
    },
    changed((ctx, { params, body: { version, ...changes } }) =>
      updateMember(ctx, params.memberId, version, changes),
    ),
  );

  routes.delete(
    '/tenants/:tenantId/staff/members/:memberId',
    {
      permission: 'staff.manage',
      summary: 'Remove a member entered by mistake, with their records (someone who left gets an end date)',
      operationId: 'deleteStaffMember',
      params: MemberParams,
      ok: StaffRegisterSchema,
    },
    changed((ctx, { params }) => deleteMember(ctx, params.memberId)),
  );

  routes.post(
    '/tenants/:tenantId/staff/members/:memberId/trainings',
    {
      permission: 'staff.manage',
      summary: 'Record an induction or specialised training of a member (academic hours)',
      operationId: 'addStaffTraining',
      params: MemberParams,
      body: AddStaffTrainingBody,
      created: StaffRegisterSchema,
    },
    changed((ctx, { params, body }) => addTraining(ctx, params.memberId, body)),
  );

  routes.post(
    '/tenants/:tenantId/staff/members/:memberId/appraisals',
    {
      permission: 'staff.manage',
      summary: 'Record a member’s yearly appraisal (one per year)',
      operationId: 'addStaffAppraisal',
      params: MemberParams,
      body: AddStaffAppraisalBody,
      created: StaffRegisterSchema,
    },
    changed((ctx, { params, body }) => addAppraisal(ctx, params.memberId, body)),
  );

  routes.post(
    '/tenants/:tenantId/staff/supervisions',
    {
      permission: 'staff.manage',
      summary: 'Record a group supervision of a service’s team or an individual supervision of a member',
      operationId: 'addStaffSupervision',
      body: AddStaffSupervisionBody,
      created: StaffRegisterSchema,
    },
    changed((ctx, { body }) => addSupervision(ctx, body)),
  );

  routes.post(
    '/tenants/:tenantId/staff/mentorings',
    {
      permission: 'staff.manage',
      summary: 'Assign a mentor to a newcomer (6 months from the start unless an end is given)',
      operationId: 'addStaffMentoring',
      body: AddStaffMentoringBody,
      created: StaffRegisterSchema,
    },
    changed((ctx, { body }) => addMentoring(ctx, body)),
  );

  for (const [kind, param, path] of [
    ['training', 'trainingId', 'trainings'],
    ['appraisal', 'appraisalId', 'appraisals'],
    ['supervision', 'supervisionId', 'supervisions'],
    ['mentoring', 'mentoringId', 'mentorings'],
  ] as const) {
    routes.delete(
      `/tenants/:tenantId/staff/${path}/:${param}`,
      {
        permission: 'staff.manage',
        summary: `Remove a ${kind} record entered by mistake`,
        operationId: `deleteStaff${kind[0]?.toUpperCase()}${kind.slice(1)}`,
        params: Type.Object({ tenantId: Uuid, [param]: Uuid }),
        ok: StaffRegisterSchema,
      },
      changed((ctx, { params }) => deleteRecord(ctx, kind, params[param] ?? '')),
    );
  }
};

export default staff;
