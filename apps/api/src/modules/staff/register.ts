import { isoDate, today } from '@mera/calendar';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import { evaluateWithRegister, inPost, inPostDuring, isEmployee, registerFacts, round2 } from './facts.ts';
import { loadRegister, ownServices, type Loaded, type OwnService, type Register } from './load.ts';
import { staffNormsOf, type StaffNorms } from './norms.ts';

/** The staff register as the API shows it: each service's positions, people and records, with what is still owed. */

function trainingView(t: Loaded<'trainings'>) {
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
function appraisalView(a: Loaded<'appraisals'>) {
  return {
    id: a.id,
    memberId: a.member_id,
    year: a.year,
    appraisedOn: isoDate(a.appraised_on),
    outcome: a.outcome,
    discussedInPerson: a.discussed_in_person,
  };
}
function supervisionView(s: Loaded<'supervisions'>) {
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
function mentoringView(m: Loaded<'mentorings'>, day: string) {
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
  member: Loaded<'members'>,
  register: Register,
  positions: Map<string, Loaded<'positions'>>,
  norms: StaffNorms,
  year: number,
  day: string,
) {
  const trainings = register.trainings.filter((t) => t.member_id === member.id);
  const appraisals = register.appraisals.filter((a) => a.member_id === member.id);
  const inYear = (date: string) => isoDate(date).startsWith(`${year}-`);
  const inductionHours = trainings
    .filter((t) => t.kind === 'induction')
    .reduce((sum, t) => sum + Number(t.hours), 0);
  const specialisedHours = trainings
    .filter((t) => t.kind === 'specialised' && inYear(t.held_on))
    .reduce((sum, t) => sum + Number(t.hours), 0);
  const position = member.position_id ? positions.get(member.position_id) : undefined;
  const specialisedRequired =
    position && isEmployee(member) ? norms.specialisedHours[position.category] : null;
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
      inductionDone: inductionHours >= norms.inductionHours,
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
  supervisions: Loaded<'supervisions'>[],
  norms: StaffNorms,
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
    groupSupervisionsRequired: norms.groupSupervisionsPerYear,
    individualSupervisions: inYear.filter((s) => s.kind === 'individual').length,
    individualSupervisionsExternal: inYear.filter((s) => s.kind === 'individual' && s.supervisor_external)
      .length,
    mentorMissing: team.filter((m) => m.summary.mentorNeeded && !m.summary.hasMentor).length,
    appraisalsDue: members.filter((m) => m.summary.appraisalDue).length,
  };
}

function serviceHead(s: OwnService) {
  return {
    id: s.id,
    name: s.name,
    pluginCode: s.plugin_code,
    variantKey: s.variant_key,
    capacity: s.capacity,
    currentUsers: s.current_users,
  };
}

function registerOf(ctx: TenantContext, service: OwnService, register: Register, year: number, day: string) {
  const norms = staffNormsOf(ctx.plugins);
  const positions = register.positions.filter((p) => p.service_id === service.id);
  const byId = new Map(positions.map((p) => [p.id, p]));
  const members = register.members
    .filter((m) => m.service_id === service.id)
    .map((m) => memberView(m, register, byId, norms, year, day));
  const supervisions = register.supervisions.filter((s) => s.service_id === service.id);
  const memberIds = new Set(members.map((m) => m.id));
  const head = serviceHead(service);
  const evaluated = evaluateWithRegister(ctx.plugins, head, registerFacts(register, service.id, day));
  return {
    service: head,
    ...evaluated,
    summary: serviceSummary(members, supervisions, norms, year),
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
export async function staffOverview(ctx: TenantContext, year: number) {
  const services = await ownServices(ctx);
  const day = today();
  const register = await loadRegister(
    ctx,
    services.map((s) => s.id),
  );
  return services.map((service) => {
    const full = registerOf(ctx, service, register, year, day);
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
export async function serviceRegister(ctx: TenantContext, serviceId: string, year: number) {
  const [service] = await ownServices(ctx, serviceId);
  if (!service) throw new AppError(404, 'not_found');
  const register = await loadRegister(ctx, [serviceId]);
  return registerOf(ctx, service, register, year, today());
}
