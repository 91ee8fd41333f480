import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, organisationOnFreshApi } from '../../testing/fixtures.ts';
import { signUpAndLogIn, type Harness, type Person } from '../../testing/harness.ts';
import { addMonths, today } from '@mera/calendar';

let h: Harness;
let ngo: Person;
let other: Person;
let serviceId = '';
let secondServiceId = '';
let otherServiceId = '';
const year = Number(today().slice(0, 4));
/** A day of this year that is never in the future. */
const thisYearDay = `${year}-01-01`;

const url = (path = '') => `/api/v1/tenants/${ngo.tenantId}/staff${path}`;

interface Rule {
  rule: string;
  status: string;
  message: { bg: string; en: string };
}
interface Register {
  service: { id: string };
  facts: Record<string, number | null>;
  factsFromRegister: string[];
  rules: Rule[];
  summary: Record<string, number>;
  positions: { id: string; title: string; plannedFte: number; filledFte: number; version: number }[];
  members: {
    id: string;
    fullName: string;
    version: number;
    endedOn: string | null;
    summary: Record<string, number | boolean | null>;
  }[];
  supervisions: { id: string; kind: string }[];
  mentorings: { id: string; startsOn: string; endsOn: string }[];
}
interface Problem {
  code: string;
  errors?: { field: string; rule: string; message: string }[];
}

const fillRate = (register: { rules: Rule[] }) => register.rules.find((r) => r.rule === 'staffing-fill-rate');

async function post<T = Register>(path: string, payload: object, token = ngo.token) {
  const response = await h.call({ method: 'POST', url: url(path), token, payload });
  return { status: response.statusCode, body: response.json<T>() };
}

async function count(table: string): Promise<number> {
  const [row] = await h.sql<{ n: string }>(`select count(*) as n from ${table} where tenant_id = $1`, [
    ngo.tenantId,
  ]);
  return Number(row?.n ?? 0);
}

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Персонал“', 'admin@personal.example'));
  other = await signUpAndLogIn(h, 'Сдружение „Друго“', 'admin@drugo-personal.example');
  const service = (tenantId: string, token: string, name: string) =>
    createService(h, { tenantId, token }, { name, capacity: 20, currentUsers: 15 });
  serviceId = await service(ngo.tenantId, ngo.token, 'ЦОП „Персонал“');
  secondServiceId = await service(ngo.tenantId, ngo.token, 'Дневен център „Персонал“');
  otherServiceId = await service(other.tenantId, other.token, 'Чужда услуга');
});

afterAll(async () => {
  await h.close();
});

describe('the staff register feeding the staffing rules', () => {
  let positionId = '';
  const members: string[] = [];

  it('without a register, the fill-rate rule says the facts are missing and no fact comes from the register', async () => {
    const overview = await h.call({ method: 'GET', url: url(), token: ngo.token });
    expect(overview.statusCode).toBe(200);
    const row = overview.json<Register[]>().find((r) => r.service.id === serviceId);
    expect(row?.factsFromRegister).toEqual([]);
    expect(row?.facts.positionsPlanned).toBeNull();
    expect(fillRate(row as Register)?.status).toBe('warning');
  });

  it('derives planned and filled positions and staff in post, and the 75 % rule turns from fail to pass', async () => {
    const position = await post('/positions', {
      serviceId,
      title: 'Социален работник',
      category: 'core',
      plannedFte: 4,
    });
    expect(position.status).toBe(201);
    positionId = position.body.positions[0]?.id ?? '';
    expect(position.body.factsFromRegister).toEqual(['staffCount', 'positionsPlanned', 'positionsFilled']);

    for (const fullName of ['Мария Петрова', 'Георги Иванов']) {
      const created = await post('/members', {
        serviceId,
        positionId,
        fullName,
        employmentType: 'labour_contract',
        startedOn: '2024-03-01',
        qualification: 'Магистър по социална работа',
      });
      expect(created.status).toBe(201);
    }
    // A volunteer is in the team but fills no position and is not counted as staff.
    const volunteer = await post('/members', {
      serviceId,
      positionId,
      fullName: 'Иван Доброволецов',
      employmentType: 'volunteer',
      startedOn: '2024-03-01',
    });
    const half = volunteer.body;
    expect(half.facts).toMatchObject({ positionsPlanned: 4, positionsFilled: 2, staffCount: 2 });
    expect(fillRate(half)?.status).toBe('fail');
    expect(fillRate(half)?.message.bg).toContain('50%');

    const third = await post('/members', {
      serviceId,
      positionId,
      fullName: 'Елена Стоянова',
      employmentType: 'civil_contract',
      startedOn: '2025-09-01',
      newToSocialServices: true,
    });
    expect(third.body.facts).toMatchObject({ positionsPlanned: 4, positionsFilled: 3, staffCount: 3 });
    expect(fillRate(third.body)?.status).toBe('pass');
    expect(third.body.positions[0]).toMatchObject({ plannedFte: 4, filledFte: 3 });
    const idOf = (name: string) => third.body.members.find((m) => m.fullName === name)?.id ?? '';
    members.push(idOf('Мария Петрова'), idOf('Елена Стоянова'));

    // The services register evaluates its rules on the same facts.
    const services = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${ngo.tenantId}/services/${serviceId}`,
      token: ngo.token,
    });
    expect(fillRate(services.json<{ rules: Rule[] }>())?.status).toBe('pass');

    // Someone leaves: the end date takes them out of post, and the rate falls again.
    const register = third.body;
    const leaving = register.members.find((m) => m.fullName === 'Георги Иванов');
    const left = await h.call({
      method: 'PATCH',
      url: url(`/members/${leaving?.id}`),
      token: ngo.token,
      payload: { version: leaving?.version, endedOn: '2025-12-31' },
    });
    expect(left.statusCode).toBe(200);
    expect(left.json<Register>().facts).toMatchObject({ positionsFilled: 2, staffCount: 2 });
    expect(fillRate(left.json<Register>())?.status).toBe('fail');
  });

  it('refuses bad input naming the field and the rule, in the person’s language, and writes nothing', async () => {
    const before = await count('staff_member');
    const blank = await h.call({
      method: 'POST',
      url: url('/members'),
      token: ngo.token,
      headers: { 'accept-language': 'en' },
      payload: {
        serviceId,
        fullName: '   ',
        employmentType: 'labour_contract',
        startedOn: '2025-05-01',
        endedOn: '2025-04-01',
      },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<Problem>().errors).toEqual([
      { field: 'body.fullName', rule: 'required', message: 'This field is required.' },
      {
        field: 'body.endedOn',
        rule: 'date_order',
        message: 'The end date must not be before the start date.',
      },
    ]);

    const secondPosition = await post('/positions', {
      serviceId: secondServiceId,
      title: 'Психолог',
      category: 'recommended',
      plannedFte: 1,
    });
    const foreignPosition = await post<Problem>('/members', {
      serviceId,
      positionId: secondPosition.body.positions[0]?.id,
      fullName: 'Петър Петров',
      employmentType: 'labour_contract',
      startedOn: '2025-05-01',
    });
    expect(foreignPosition.status).toBe(400);
    expect(foreignPosition.body.errors?.[0]).toMatchObject({
      field: 'body.positionId',
      rule: 'unknown_position',
      message: 'Няма такава длъжност в щатното разписание на тази услуга.',
    });

    const typo = await post<Problem>('/positions', {
      serviceId,
      title: 'Психолог',
      category: 'core',
      plannedFte: '1,5о',
    });
    expect(typo.status).toBe(400);
    expect(typo.body.errors?.[0]).toMatchObject({ field: 'body.plannedFte', rule: 'type' });

    const foreignService = await post<Problem>('/positions', {
      serviceId: otherServiceId,
      title: 'Психолог',
      category: 'core',
      plannedFte: 1,
    });
    expect(foreignService.status).toBe(400);
    expect(foreignService.body.errors?.[0]).toMatchObject({
      field: 'body.serviceId',
      rule: 'unknown_service',
    });
    expect(await count('staff_member')).toBe(before);
  });

  it('refuses a save on a stale version with 409 and keeps the first change', async () => {
    const register = (
      await h.call({ method: 'GET', url: url(`/services/${serviceId}`), token: ngo.token })
    ).json<Register>();
    const position = register.positions[0];
    const first = await h.call({
      method: 'PATCH',
      url: url(`/positions/${position?.id}`),
      token: ngo.token,
      payload: { version: position?.version, plannedFte: 3 },
    });
    expect(first.statusCode).toBe(200);
    const second = await h.call({
      method: 'PATCH',
      url: url(`/positions/${position?.id}`),
      token: ngo.token,
      payload: { version: position?.version, title: 'Старши социален работник', plannedFte: 10 },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json<Problem>()).toMatchObject({ code: 'conflict' });
    const after = (
      await h.call({ method: 'GET', url: url(`/services/${serviceId}`), token: ngo.token })
    ).json<Register>();
    expect(after.positions[0]).toMatchObject({ title: 'Социален работник', plannedFte: 3 });

    // A service with a staff register stays in the services register.
    const serviceRemoval = await h.call({
      method: 'DELETE',
      url: `/api/v1/tenants/${ngo.tenantId}/services/${serviceId}`,
      token: ngo.token,
    });
    expect(serviceRemoval.statusCode).toBe(409);
    expect(serviceRemoval.json<Problem>().code).toBe('in_use');

    // A position with people in it is not removed.
    const removal = await h.call({
      method: 'DELETE',
      url: url(`/positions/${position?.id}`),
      token: ngo.token,
    });
    expect(removal.statusCode).toBe(409);
    expect(removal.json<Problem>().code).toBe('in_use');
  });

  it('records training, supervision, mentoring and the yearly appraisal, and summarises them for the indicators', async () => {
    const [maria, elena] = members;
    const induction = await post(`/members/${maria}/trainings`, {
      kind: 'induction',
      heldOn: '2024-03-15',
      hours: 36,
      topic: 'Въвеждащо обучение по Програмата за въвеждащо и надграждащо обучение',
    });
    expect(induction.status).toBe(201);
    const specialised = await post(`/members/${maria}/trainings`, {
      kind: 'specialised',
      heldOn: thisYearDay,
      hours: 16,
      topic: 'Работа с деца с агресивно поведение',
      trainer: 'Фондация „Обучение“',
    });
    const mariaSummary = specialised.body.members.find((m) => m.id === maria)?.summary;
    expect(mariaSummary).toMatchObject({
      inductionHours: 36,
      inductionDone: true,
      specialisedHours: 16,
      specialisedRequired: 24,
      appraisalDue: true,
    });

    const future = await post<Problem>(`/members/${maria}/trainings`, {
      kind: 'specialised',
      heldOn: `${year + 1}-06-01`,
      hours: 8,
      topic: 'Бъдещо обучение',
    });
    expect(future.body.errors?.[0]).toMatchObject({ field: 'body.heldOn', rule: 'not_in_future' });

    const noMember = await post<Problem>('/supervisions', {
      serviceId,
      kind: 'individual',
      heldOn: thisYearDay,
      hours: 1.5,
      supervisor: 'Д-р Анна Колева',
      supervisorExternal: true,
    });
    expect(noMember.status).toBe(400);
    expect(noMember.body.errors?.[0]).toMatchObject({ field: 'body.memberId', rule: 'required' });

    await post('/supervisions', {
      serviceId,
      kind: 'group',
      heldOn: thisYearDay,
      hours: 3,
      supervisor: 'Асоциация „Супервизия“',
      supervisorExternal: true,
      participantsCount: 3,
    });
    const individual = await post('/supervisions', {
      serviceId,
      kind: 'individual',
      memberId: maria,
      heldOn: thisYearDay,
      hours: 1.5,
      supervisor: 'Д-р Анна Колева',
      supervisorExternal: true,
    });
    expect(individual.body.summary).toMatchObject({
      groupSupervisions: 1,
      individualSupervisions: 1,
      individualSupervisionsExternal: 1,
    });

    expect(individual.body.members.find((m) => m.id === elena)?.summary).toMatchObject({
      mentorNeeded: true,
      hasMentor: false,
    });
    expect(individual.body.summary.mentorMissing).toBe(1);
    const self = await post<Problem>('/mentorings', {
      mentorId: elena,
      newcomerId: elena,
      startsOn: '2025-09-01',
    });
    expect(self.body.errors?.[0]).toMatchObject({ field: 'body.mentorId', rule: 'same_person' });
    const mentoring = await post('/mentorings', {
      mentorId: maria,
      newcomerId: elena,
      startsOn: '2025-09-01',
    });
    expect(mentoring.status).toBe(201);
    expect(mentoring.body.mentorings[0]).toMatchObject({ startsOn: '2025-09-01', endsOn: '2026-03-01' });
    expect(mentoring.body.summary.mentorMissing).toBe(0);

    const appraisal = await post(`/members/${maria}/appraisals`, {
      year,
      appraisedOn: thisYearDay,
      outcome: 'Изпълнява длъжността много добре; цел: обучение по супервизия',
      discussedInPerson: true,
    });
    expect(appraisal.body.members.find((m) => m.id === maria)?.summary.appraisalDue).toBe(false);
    const again = await post<Problem>(`/members/${maria}/appraisals`, {
      year,
      appraisedOn: thisYearDay,
      outcome: 'Втора оценка',
    });
    expect(again.body.errors?.[0]).toMatchObject({ field: 'body.year', rule: 'appraisal_exists' });

    // A record entered by mistake is removed.
    const groupId = appraisal.body.supervisions.find((s) => s.kind === 'group')?.id;
    const removed = await h.call({
      method: 'DELETE',
      url: url(`/supervisions/${groupId}`),
      token: ngo.token,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json<Register>().summary.groupSupervisions).toBe(0);
  });

  it('is not reachable by another organisation, even with the service’s id', async () => {
    const intruder = await post<Problem>(
      '/positions',
      { serviceId, title: 'Шофьор', category: 'support', plannedFte: 1 },
      other.token,
    );
    expect(intruder.status).toBe(404);
  });
});

describe('dates', () => {
  it('adds calendar months, keeping the day or the month’s last day', () => {
    expect(addMonths('2025-09-01', 6)).toBe('2026-03-01');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });
});
