import type { FastifyInstance } from 'fastify';
import type { EntityManager } from '@mera/db';
import type { ServiceFacts } from '@mera/plugin-sdk';
import { uuidv7 } from 'uuidv7';
import { AppError, type FieldProblem } from '../../shared/problem.ts';
import { evaluateRules } from '../catalogue/index.ts';
import { failWith, invalid, optionalText, stale } from '../../shared/validation.ts';
import { checkOwnService } from '../services/index.ts';
import { addMonths, isoDate, today } from '@mera/calendar';

/**
 * The staff register (the annexes' section Б: "Квалификация и развитие на служителите"). The numbers below are the
 * Ordinance's own, the same in every annex that has them (e.g. annex 1, indicators 76–82):
 * - "Всички новоназначени служители са преминали въвеждащо обучение от минимум 36 академични часа";
 * - "специализирано обучение от минимум 24 академични часа (за основни специалисти … и препоръчителни специалисти …)
 *   и минимум 12 академични часа за служителите, подпомагащи функционирането на социалната услуга" — in 12 months;
 * - "има назначен наставник, определен за период от 6 месеца от датата на назначаване";
 * - "групова супервизия - на всеки 3 месеца", "индивидуална супервизия - от външен за услугата специалист - на всеки
 *   4 месеца";
 * - "Оценката на служителите се извършва веднъж годишно".
 */
export const INDUCTION_HOURS = 36;
export const SPECIALISED_HOURS = { core: 24, recommended: 24, support: 12 } as const;
export const MENTORING_MONTHS = 6;
export const GROUP_SUPERVISIONS_PER_YEAR = 4;
export const INDIVIDUAL_SUPERVISIONS_PER_YEAR = 3;

export const POSITION_CATEGORIES = ['core', 'recommended', 'support'] as const;
export type PositionCategory = (typeof POSITION_CATEGORIES)[number];
export const EMPLOYMENT_TYPES = ['labour_contract', 'civil_contract', 'volunteer', 'other'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type TrainingKind = 'induction' | 'specialised';
export type SupervisionKind = 'group' | 'individual';

/** The facts of the plugins' rules that the register supplies. */
export const REGISTER_FACTS = ['staffCount', 'positionsPlanned', 'positionsFilled'] as const;

const round2 = (value: number) => Math.round(value * 100) / 100;

// ————— Rows —————

interface ServiceRow {
  id: string;
  name: string;
  plugin_code: string;
  variant_key: string;
  capacity: number | null;
  current_users: number | null;
}
interface PositionRow {
  id: string;
  service_id: string;
  title: string;
  category: PositionCategory;
  planned_fte: string | number;
  version: number;
}
interface MemberRow {
  id: string;
  service_id: string;
  position_id: string | null;
  full_name: string;
  employment_type: EmploymentType;
  fte: string | number;
  started_on: string | Date;
  ended_on: string | Date | null;
  qualification: string | null;
  new_to_social_services: boolean;
  version: number;
}
interface TrainingRow {
  id: string;
  member_id: string;
  kind: TrainingKind;
  held_on: string | Date;
  hours: string | number;
  topic: string;
  trainer: string | null;
}
interface SupervisionRow {
  id: string;
  service_id: string;
  kind: SupervisionKind;
  member_id: string | null;
  held_on: string | Date;
  hours: string | number;
  supervisor: string;
  supervisor_external: boolean;
  participants_count: number | null;
}
interface MentoringRow {
  id: string;
  mentor_id: string;
  newcomer_id: string;
  starts_on: string | Date;
  ends_on: string | Date;
}
interface AppraisalRow {
  id: string;
  member_id: string;
  year: number;
  appraised_on: string | Date;
  outcome: string;
  discussed_in_person: boolean;
}

/** Everything the register holds for some of the tenant's services, read in a few queries. */
async function loadRegister(em: EntityManager, tenantId: string, serviceIds: string[]) {
  const ids = serviceIds.join(',');
  const inServices = `service_id = any (string_to_array(?, ',')::uuid[])`;
  const positions = await em.execute<PositionRow[]>(
    `select id, service_id, title, category, planned_fte, version from staff_position
     where tenant_id = ? and ${inServices} order by category, lower(title), id`,
    [tenantId, ids],
  );
  const members = await em.execute<MemberRow[]>(
    `select id, service_id, position_id, full_name, employment_type, fte, started_on, ended_on, qualification,
       new_to_social_services, version
     from staff_member where tenant_id = ? and ${inServices} order by lower(full_name), id`,
    [tenantId, ids],
  );
  const memberIds = members.map((m) => m.id).join(',');
  const ofMembers = (column: string) => `${column} = any (string_to_array(?, ',')::uuid[])`;
  const trainings = members.length
    ? await em.execute<TrainingRow[]>(
        `select id, member_id, kind, held_on, hours, topic, trainer from staff_training
         where tenant_id = ? and ${ofMembers('member_id')} order by held_on desc, id`,
        [tenantId, memberIds],
      )
    : [];
  const appraisals = members.length
    ? await em.execute<AppraisalRow[]>(
        `select id, member_id, year, appraised_on, outcome, discussed_in_person from staff_appraisal
         where tenant_id = ? and ${ofMembers('member_id')} order by year desc, id`,
        [tenantId, memberIds],
      )
    : [];
  const mentorings = members.length
    ? await em.execute<MentoringRow[]>(
        `select id, mentor_id, newcomer_id, starts_on, ends_on from staff_mentoring
         where tenant_id = ? and (${ofMembers('newcomer_id')} or ${ofMembers('mentor_id')})
         order by starts_on desc, id`,
        [tenantId, memberIds, memberIds],
      )
    : [];
  const supervisions = await em.execute<SupervisionRow[]>(
    `select id, service_id, kind, member_id, held_on, hours, supervisor, supervisor_external, participants_count
     from staff_supervision where tenant_id = ? and ${inServices} order by held_on desc, id`,
    [tenantId, ids],
  );
  return { positions, members, trainings, appraisals, mentorings, supervisions };
}
type Register = Awaited<ReturnType<typeof loadRegister>>;

// ————— Derived facts and the summary —————

/** In post on `day`: started, not yet left. */
function inPost(member: MemberRow, day: string): boolean {
  return isoDate(member.started_on) <= day && (member.ended_on === null || isoDate(member.ended_on) >= day);
}

/** In post at some time during `year`. */
function inPostDuring(member: MemberRow, year: number): boolean {
  return (
    isoDate(member.started_on) <= `${year}-12-31` &&
    (member.ended_on === null || isoDate(member.ended_on) >= `${year}-01-01`)
  );
}

/** Volunteers are part of the team but are not employees: they fill no position and are not counted as staff. */
const isEmployee = (member: MemberRow) => member.employment_type !== 'volunteer';

/**
 * The facts the register supplies to the plugins' rules, for one service, on `day`:
 * - `positionsPlanned`: the staffing plan's full-time equivalents (sum of planned FTE);
 * - `positionsFilled`: per position, the FTE of the employees in post, at most the position's planned FTE;
 * - `staffCount`: employees in post (volunteers are not counted).
 * Null when the service has no register yet: then the rules say the fact is missing, as before.
 */
function registerFacts(register: Register, serviceId: string, day: string) {
  const positions = register.positions.filter((p) => p.service_id === serviceId);
  const members = register.members.filter((m) => m.service_id === serviceId);
  if (positions.length === 0 && members.length === 0) return null;
  const employees = members.filter((m) => isEmployee(m) && inPost(m, day));
  const filledOf = (position: PositionRow) =>
    Math.min(
      Number(position.planned_fte),
      employees.filter((m) => m.position_id === position.id).reduce((sum, m) => sum + Number(m.fte), 0),
    );
  return {
    staffCount: employees.length,
    positionsPlanned: round2(positions.reduce((sum, p) => sum + Number(p.planned_fte), 0)),
    positionsFilled: round2(positions.reduce((sum, p) => sum + filledOf(p), 0)),
  };
}

/**
 * The staff facts of the tenant's services, for the services register to evaluate its rules on: a service without a
 * staff register is absent from the map.
 */
export async function staffFactsOf(em: EntityManager, tenantId: string, serviceIds: string[], day = today()) {
  const facts = new Map<string, NonNullable<ReturnType<typeof registerFacts>>>();
  if (serviceIds.length === 0) return facts;
  const register = await loadRegister(em, tenantId, serviceIds);
  for (const id of serviceIds) {
    const derived = registerFacts(register, id, day);
    if (derived) facts.set(id, derived);
  }
  return facts;
}

/** The service's facts, with the register's in place of the missing ones, and the rules evaluated on them. */
export function evaluateWithRegister(
  app: Pick<FastifyInstance, 'servicePlugins'>,
  service: { pluginCode: string; variantKey: string; capacity: number | null; currentUsers: number | null },
  derived: ReturnType<typeof registerFacts> | undefined,
) {
  const facts: ServiceFacts &
    Record<'capacity' | 'currentUsers' | (typeof REGISTER_FACTS)[number], number | null> = {
    capacity: service.capacity,
    currentUsers: service.currentUsers,
    staffCount: derived?.staffCount ?? null,
    positionsPlanned: derived?.positionsPlanned ?? null,
    positionsFilled: derived?.positionsFilled ?? null,
  };
  const plugin = app.servicePlugins.find((p) => p.code === service.pluginCode);
  return {
    facts,
    factsFromRegister: derived ? [...REGISTER_FACTS] : [],
    rules: (plugin && evaluateRules(plugin, service.variantKey, facts)) ?? [],
  };
}

function trainingView(t: TrainingRow) {
  return {
    id: t.id,
    memberId: t.member_id,
    kind: t.kind,
    heldOn: isoDate(t.held_on),
    hours: Number(t.hours),
    topic: t.topic,
    trainer: t.trainer,
  };
}
function appraisalView(a: AppraisalRow) {
  return {
    id: a.id,
    memberId: a.member_id,
    year: a.year,
    appraisedOn: isoDate(a.appraised_on),
    outcome: a.outcome,
    discussedInPerson: a.discussed_in_person,
  };
}
function supervisionView(s: SupervisionRow) {
  return {
    id: s.id,
    serviceId: s.service_id,
    kind: s.kind,
    memberId: s.member_id,
    heldOn: isoDate(s.held_on),
    hours: Number(s.hours),
    supervisor: s.supervisor,
    supervisorExternal: s.supervisor_external,
    participantsCount: s.participants_count,
  };
}
function mentoringView(m: MentoringRow, day: string) {
  const startsOn = isoDate(m.starts_on);
  const endsOn = isoDate(m.ends_on);
  return {
    id: m.id,
    mentorId: m.mentor_id,
    newcomerId: m.newcomer_id,
    startsOn,
    endsOn,
    current: startsOn <= day && endsOn >= day,
  };
}

/** One member with their records and what the indicators ask of them in `year`. */
function memberView(
  member: MemberRow,
  register: Register,
  positions: Map<string, PositionRow>,
  year: number,
  day: string,
) {
  const trainings = register.trainings.filter((t) => t.member_id === member.id);
  const appraisals = register.appraisals.filter((a) => a.member_id === member.id);
  const inYear = (date: string | Date) => isoDate(date).startsWith(`${year}-`);
  const inductionHours = trainings
    .filter((t) => t.kind === 'induction')
    .reduce((sum, t) => sum + Number(t.hours), 0);
  const specialisedHours = trainings
    .filter((t) => t.kind === 'specialised' && inYear(t.held_on))
    .reduce((sum, t) => sum + Number(t.hours), 0);
  const position = member.position_id ? positions.get(member.position_id) : undefined;
  const specialisedRequired = position && isEmployee(member) ? SPECIALISED_HOURS[position.category] : null;
  const individual = register.supervisions.filter(
    (s) => s.kind === 'individual' && s.member_id === member.id && inYear(s.held_on),
  );
  const groupWhileInPost = register.supervisions.filter(
    (s) =>
      s.kind === 'group' &&
      s.service_id === member.service_id &&
      inYear(s.held_on) &&
      inPost(member, isoDate(s.held_on)),
  );
  const mentors = register.mentorings.filter((m) => m.newcomer_id === member.id);
  const appraisal = appraisals.find((a) => a.year === year);
  return {
    id: member.id,
    serviceId: member.service_id,
    positionId: member.position_id,
    fullName: member.full_name,
    employmentType: member.employment_type,
    fte: Number(member.fte),
    startedOn: isoDate(member.started_on),
    endedOn: member.ended_on ? isoDate(member.ended_on) : null,
    qualification: member.qualification,
    newToSocialServices: member.new_to_social_services,
    inPost: inPost(member, day),
    version: member.version,
    trainings: trainings.map(trainingView),
    appraisals: appraisals.map(appraisalView),
    summary: {
      inductionHours: round2(inductionHours),
      inductionDone: inductionHours >= INDUCTION_HOURS,
      specialisedHours: round2(specialisedHours),
      specialisedRequired,
      individualSupervisions: individual.length,
      individualSupervisionsExternal: individual.filter((s) => s.supervisor_external).length,
      groupSupervisions: groupWhileInPost.length,
      mentorNeeded: member.new_to_social_services,
      hasMentor: mentors.length > 0,
      appraisedThisYear: appraisal !== undefined,
      appraisalDue: appraisal === undefined && isEmployee(member) && inPostDuring(member, year),
    },
  };
}

/** The service-level summary the staff-related indicators need, for `year`. */
function serviceSummary(
  members: ReturnType<typeof memberView>[],
  supervisions: SupervisionRow[],
  year: number,
) {
  const inYear = supervisions.filter((s) => isoDate(s.held_on).startsWith(`${year}-`));
  const team = members.filter((m) => m.inPost);
  return {
    year,
    membersInPost: team.length,
    volunteers: team.filter((m) => m.employmentType === 'volunteer').length,
    inductionMissing: team.filter((m) => m.employmentType !== 'volunteer' && !m.summary.inductionDone).length,
    specialisedShort: team.filter(
      (m) =>
        m.summary.specialisedRequired !== null && m.summary.specialisedHours < m.summary.specialisedRequired,
    ).length,
    groupSupervisions: inYear.filter((s) => s.kind === 'group').length,
    groupSupervisionsRequired: GROUP_SUPERVISIONS_PER_YEAR,
    individualSupervisions: inYear.filter((s) => s.kind === 'individual').length,
    individualSupervisionsExternal: inYear.filter((s) => s.kind === 'individual' && s.supervisor_external)
      .length,
    mentorMissing: team.filter((m) => m.summary.mentorNeeded && !m.summary.hasMentor).length,
    appraisalsDue: members.filter((m) => m.summary.appraisalDue).length,
  };
}

async function ownServices(em: EntityManager, tenantId: string, serviceId?: string) {
  return em.execute<ServiceRow[]>(
    `select id, name, plugin_code, variant_key, capacity, current_users from service
     where tenant_id = ? and (?::uuid is null or id = ?::uuid) order by lower(name), id`,
    [tenantId, serviceId ?? null, serviceId ?? null],
  );
}

function serviceHead(s: ServiceRow) {
  return {
    id: s.id,
    name: s.name,
    pluginCode: s.plugin_code,
    variantKey: s.variant_key,
    capacity: s.capacity,
    currentUsers: s.current_users,
  };
}

function registerOf(
  app: Pick<FastifyInstance, 'servicePlugins'>,
  service: ServiceRow,
  register: Register,
  year: number,
  day: string,
) {
  const positions = register.positions.filter((p) => p.service_id === service.id);
  const byId = new Map(positions.map((p) => [p.id, p]));
  const members = register.members
    .filter((m) => m.service_id === service.id)
    .map((m) => memberView(m, register, byId, year, day));
  const supervisions = register.supervisions.filter((s) => s.service_id === service.id);
  const memberIds = new Set(members.map((m) => m.id));
  const head = serviceHead(service);
  const evaluated = evaluateWithRegister(
    app,
    {
      pluginCode: head.pluginCode,
      variantKey: head.variantKey,
      capacity: head.capacity,
      currentUsers: head.currentUsers,
    },
    registerFacts(register, service.id, day),
  );
  return {
    service: head,
    ...evaluated,
    summary: serviceSummary(members, supervisions, year),
    positions: positions.map((p) => {
      const filled = members
        .filter((m) => m.positionId === p.id && m.inPost && m.employmentType !== 'volunteer')
        .reduce((sum, m) => sum + m.fte, 0);
      return {
        id: p.id,
        serviceId: p.service_id,
        title: p.title,
        category: p.category,
        plannedFte: Number(p.planned_fte),
        filledFte: round2(Math.min(filled, Number(p.planned_fte))),
        version: p.version,
      };
    }),
    members,
    supervisions: supervisions
      .filter((s) => s.kind === 'group' || memberIds.has(s.member_id ?? ''))
      .map(supervisionView),
    mentorings: register.mentorings
      .filter((m) => memberIds.has(m.newcomer_id))
      .map((m) => mentoringView(m, day)),
  };
}

/** Every own service with its staff summary and the rules evaluated on the register's facts. */
export async function staffOverview(
  em: EntityManager,
  app: Pick<FastifyInstance, 'servicePlugins'>,
  tenantId: string,
  year: number,
) {
  const services = await ownServices(em, tenantId);
  const day = today();
  const register = await loadRegister(
    em,
    tenantId,
    services.map((s) => s.id),
  );
  return services.map((service) => {
    const full = registerOf(app, service, register, year, day);
    return {
      service: full.service,
      facts: full.facts,
      factsFromRegister: full.factsFromRegister,
      rules: full.rules,
      summary: full.summary,
      positions: full.positions.length,
      members: full.members.length,
    };
  });
}

/** One service's register: positions, members with their records, supervisions, mentoring, summary and rules. */
export async function serviceRegister(
  em: EntityManager,
  app: Pick<FastifyInstance, 'servicePlugins'>,
  tenantId: string,
  serviceId: string,
  year: number,
) {
  const [service] = await ownServices(em, tenantId, serviceId);
  if (!service) throw new AppError(404, 'not_found');
  const register = await loadRegister(em, tenantId, [serviceId]);
  return registerOf(app, service, register, year, today());
}

// ————— Changes —————

function required(fields: FieldProblem[], field: string, value: string | undefined) {
  if (value !== undefined && !value.trim()) fields.push({ field: `body.${field}`, rule: 'required' });
}

async function findPosition(em: EntityManager, tenantId: string, id: string) {
  const [row] = await em.execute<PositionRow[]>(
    `select id, service_id, title, category, planned_fte, version from staff_position where tenant_id = ? and id = ?`,
    [tenantId, id],
  );
  if (!row) throw new AppError(404, 'not_found');
  return row;
}

async function findMember(em: EntityManager, tenantId: string, id: string) {
  const [row] = await em.execute<MemberRow[]>(
    `select id, service_id, position_id, full_name, employment_type, fte, started_on, ended_on, qualification,
       new_to_social_services, version from staff_member where tenant_id = ? and id = ?`,
    [tenantId, id],
  );
  if (!row) throw new AppError(404, 'not_found');
  return row;
}

export interface PositionInput {
  serviceId: string;
  title: string;
  category: PositionCategory;
  plannedFte: number;
}

export async function createPosition(em: EntityManager, tenantId: string, input: PositionInput) {
  const fields: FieldProblem[] = [];
  required(fields, 'title', input.title);
  failWith(fields);
  await checkOwnService(em, tenantId, input.serviceId);
  const id = uuidv7();
  await em.execute(
    `insert into staff_position (tenant_id, id, service_id, title, category, planned_fte) values (?, ?, ?, ?, ?, ?)`,
    [tenantId, id, input.serviceId, input.title.trim(), input.category, input.plannedFte],
  );
  return { id, serviceId: input.serviceId };
}

export async function updatePosition(
  em: EntityManager,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<Omit<PositionInput, 'serviceId'>>,
) {
  const current = await findPosition(em, tenantId, id);
  if (current.version !== version) throw stale();
  const fields: FieldProblem[] = [];
  required(fields, 'title', changes.title);
  failWith(fields);
  const updated = await em.execute<{ id: string }[]>(
    `update staff_position set title = ?, category = ?, planned_fte = ?, version = version + 1, updated_at = now()
     where tenant_id = ? and id = ? and version = ? returning id`,
    [
      changes.title?.trim() ?? current.title,
      changes.category ?? current.category,
      changes.plannedFte ?? current.planned_fte,
      tenantId,
      id,
      version,
    ],
  );
  if (updated.length === 0) throw stale();
  return { id, serviceId: current.service_id };
}

/** A position with people in it cannot be removed: move them first (409 in_use from the foreign key). */
export async function deletePosition(em: EntityManager, tenantId: string, id: string) {
  const current = await findPosition(em, tenantId, id);
  await em.execute(`delete from staff_position where tenant_id = ? and id = ?`, [tenantId, id]);
  return { serviceId: current.service_id };
}

export interface MemberInput {
  serviceId: string;
  positionId?: string | null | undefined;
  fullName: string;
  employmentType: EmploymentType;
  fte?: number | undefined;
  startedOn: string;
  endedOn?: string | null | undefined;
  qualification?: string | null | undefined;
  newToSocialServices?: boolean | undefined;
}

async function checkPosition(
  em: EntityManager,
  tenantId: string,
  serviceId: string,
  positionId: string | null | undefined,
) {
  if (!positionId) return;
  const [row] = await em.execute<{ id: string }[]>(
    `select id from staff_position where tenant_id = ? and service_id = ? and id = ?`,
    [tenantId, serviceId, positionId],
  );
  if (!row) throw invalid('positionId', 'unknown_position');
}

function checkMemberFields(
  input: Partial<MemberInput>,
  startedOn: string,
  endedOn: string | null | undefined,
) {
  const fields: FieldProblem[] = [];
  required(fields, 'fullName', input.fullName);
  if (endedOn && endedOn < startedOn) fields.push({ field: 'body.endedOn', rule: 'date_order' });
  failWith(fields);
}

export async function createMember(em: EntityManager, tenantId: string, input: MemberInput) {
  checkMemberFields(input, input.startedOn, input.endedOn);
  await checkOwnService(em, tenantId, input.serviceId);
  await checkPosition(em, tenantId, input.serviceId, input.positionId);
  const id = uuidv7();
  await em.execute(
    `insert into staff_member (tenant_id, id, service_id, position_id, full_name, employment_type, fte, started_on,
       ended_on, qualification, new_to_social_services)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      tenantId,
      id,
      input.serviceId,
      input.positionId ?? null,
      input.fullName.trim(),
      input.employmentType,
      input.fte ?? 1,
      input.startedOn,
      input.endedOn ?? null,
      optionalText(input.qualification) ?? null,
      input.newToSocialServices ?? false,
    ],
  );
  return { id, serviceId: input.serviceId };
}

export async function updateMember(
  em: EntityManager,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<Omit<MemberInput, 'serviceId'>>,
) {
  const current = await findMember(em, tenantId, id);
  if (current.version !== version) throw stale();
  const startedOn = changes.startedOn ?? isoDate(current.started_on);
  const endedOn =
    changes.endedOn !== undefined ? changes.endedOn : current.ended_on ? isoDate(current.ended_on) : null;
  checkMemberFields(changes, startedOn, endedOn);
  if (changes.positionId !== undefined)
    await checkPosition(em, tenantId, current.service_id, changes.positionId);
  const updated = await em.execute<{ id: string }[]>(
    `update staff_member set position_id = ?, full_name = ?, employment_type = ?, fte = ?, started_on = ?,
       ended_on = ?, qualification = ?, new_to_social_services = ?, version = version + 1, updated_at = now()
     where tenant_id = ? and id = ? and version = ? returning id`,
    [
      changes.positionId !== undefined ? changes.positionId : current.position_id,
      changes.fullName?.trim() ?? current.full_name,
      changes.employmentType ?? current.employment_type,
      changes.fte ?? current.fte,
      startedOn,
      endedOn,
      changes.qualification !== undefined
        ? (optionalText(changes.qualification) ?? null)
        : current.qualification,
      changes.newToSocialServices ?? current.new_to_social_services,
      tenantId,
      id,
      version,
    ],
  );
  if (updated.length === 0) throw stale();
  return { id, serviceId: current.service_id };
}

/** Removes a member entered by mistake, with their records. Someone who left gets an end date instead. */
export async function deleteMember(em: EntityManager, tenantId: string, id: string) {
  const current = await findMember(em, tenantId, id);
  await em.execute(`delete from staff_member where tenant_id = ? and id = ?`, [tenantId, id]);
  return { serviceId: current.service_id };
}

function notInFuture(fields: FieldProblem[], field: string, date: string) {
  if (date > today()) fields.push({ field: `body.${field}`, rule: 'not_in_future' });
}

export interface TrainingInput {
  kind: TrainingKind;
  heldOn: string;
  hours: number;
  topic: string;
  trainer?: string | null | undefined;
}

export async function addTraining(
  em: EntityManager,
  tenantId: string,
  memberId: string,
  input: TrainingInput,
) {
  const member = await findMember(em, tenantId, memberId);
  const fields: FieldProblem[] = [];
  notInFuture(fields, 'heldOn', input.heldOn);
  required(fields, 'topic', input.topic);
  failWith(fields);
  await em.execute(
    `insert into staff_training (tenant_id, id, member_id, kind, held_on, hours, topic, trainer)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      tenantId,
      uuidv7(),
      memberId,
      input.kind,
      input.heldOn,
      input.hours,
      input.topic.trim(),
      optionalText(input.trainer) ?? null,
    ],
  );
  return { serviceId: member.service_id };
}

export interface AppraisalInput {
  year: number;
  appraisedOn: string;
  outcome: string;
  discussedInPerson?: boolean | undefined;
}

export async function addAppraisal(
  em: EntityManager,
  tenantId: string,
  memberId: string,
  input: AppraisalInput,
) {
  const member = await findMember(em, tenantId, memberId);
  const fields: FieldProblem[] = [];
  notInFuture(fields, 'appraisedOn', input.appraisedOn);
  if (Number(input.appraisedOn.slice(0, 4)) < input.year)
    fields.push({ field: 'body.appraisedOn', rule: 'appraisal_before_year', params: { year: input.year } });
  required(fields, 'outcome', input.outcome);
  failWith(fields);
  const [exists] = await em.execute<{ id: string }[]>(
    `select id from staff_appraisal where tenant_id = ? and member_id = ? and year = ?`,
    [tenantId, memberId, input.year],
  );
  if (exists) throw invalid('year', 'appraisal_exists', { year: input.year });
  await em.execute(
    `insert into staff_appraisal (tenant_id, id, member_id, year, appraised_on, outcome, discussed_in_person)
     values (?, ?, ?, ?, ?, ?, ?)`,
    [
      tenantId,
      uuidv7(),
      memberId,
      input.year,
      input.appraisedOn,
      input.outcome.trim(),
      input.discussedInPerson ?? false,
    ],
  );
  return { serviceId: member.service_id };
}

export interface SupervisionInput {
  serviceId: string;
  kind: SupervisionKind;
  memberId?: string | null | undefined;
  heldOn: string;
  hours: number;
  supervisor: string;
  supervisorExternal: boolean;
  participantsCount?: number | null | undefined;
}

export async function addSupervision(em: EntityManager, tenantId: string, input: SupervisionInput) {
  const fields: FieldProblem[] = [];
  notInFuture(fields, 'heldOn', input.heldOn);
  required(fields, 'supervisor', input.supervisor);
  if (input.kind === 'individual' && !input.memberId)
    fields.push({ field: 'body.memberId', rule: 'required' });
  if (input.kind === 'group' && input.memberId)
    fields.push({ field: 'body.memberId', rule: 'not_for_group' });
  failWith(fields);
  await checkOwnService(em, tenantId, input.serviceId);
  if (input.memberId) {
    const [member] = await em.execute<{ id: string }[]>(
      `select id from staff_member where tenant_id = ? and service_id = ? and id = ?`,
      [tenantId, input.serviceId, input.memberId],
    );
    if (!member) throw invalid('memberId', 'unknown_member');
  }
  await em.execute(
    `insert into staff_supervision (tenant_id, id, service_id, kind, member_id, held_on, hours, supervisor,
       supervisor_external, participants_count)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      tenantId,
      uuidv7(),
      input.serviceId,
      input.kind,
      input.memberId ?? null,
      input.heldOn,
      input.hours,
      input.supervisor.trim(),
      input.supervisorExternal,
      input.participantsCount ?? null,
    ],
  );
  return { serviceId: input.serviceId };
}

export interface MentoringInput {
  mentorId: string;
  newcomerId: string;
  startsOn: string;
  endsOn?: string | null | undefined;
}

export async function addMentoring(em: EntityManager, tenantId: string, input: MentoringInput) {
  const fields: FieldProblem[] = [];
  if (input.mentorId === input.newcomerId) fields.push({ field: 'body.mentorId', rule: 'same_person' });
  const endsOn = input.endsOn ?? addMonths(input.startsOn, MENTORING_MONTHS);
  if (endsOn < input.startsOn) fields.push({ field: 'body.endsOn', rule: 'date_order' });
  failWith(fields);
  const rows = await em.execute<{ id: string; service_id: string }[]>(
    `select id, service_id from staff_member where tenant_id = ? and id in (?, ?)`,
    [tenantId, input.mentorId, input.newcomerId],
  );
  const newcomer = rows.find((r) => r.id === input.newcomerId);
  if (!newcomer) throw invalid('newcomerId', 'unknown_member');
  if (!rows.some((r) => r.id === input.mentorId)) throw invalid('mentorId', 'unknown_member');
  await em.execute(
    `insert into staff_mentoring (tenant_id, id, mentor_id, newcomer_id, starts_on, ends_on) values (?, ?, ?, ?, ?, ?)`,
    [tenantId, uuidv7(), input.mentorId, input.newcomerId, input.startsOn, endsOn],
  );
  return { serviceId: newcomer.service_id };
}

const RECORD_TABLES = {
  training: {
    table: 'staff_training',
    service: `(select m.service_id from staff_member m where m.tenant_id = r.tenant_id and m.id = r.member_id)`,
  },
  appraisal: {
    table: 'staff_appraisal',
    service: `(select m.service_id from staff_member m where m.tenant_id = r.tenant_id and m.id = r.member_id)`,
  },
  supervision: { table: 'staff_supervision', service: 'r.service_id' },
  mentoring: {
    table: 'staff_mentoring',
    service: `(select m.service_id from staff_member m where m.tenant_id = r.tenant_id and m.id = r.newcomer_id)`,
  },
} as const;

/** Removes a record entered by mistake (records are not edited: a correction is removal and a new record). */
export async function deleteRecord(
  em: EntityManager,
  tenantId: string,
  kind: keyof typeof RECORD_TABLES,
  id: string,
) {
  const { table, service } = RECORD_TABLES[kind];
  const [row] = await em.execute<{ service_id: string }[]>(
    `select ${service} as service_id from ${table} r where r.tenant_id = ? and r.id = ?`,
    [tenantId, id],
  );
  if (!row) throw new AppError(404, 'not_found');
  await em.execute(`delete from ${table} where tenant_id = ? and id = ?`, [tenantId, id]);
  return { serviceId: row.service_id };
}
