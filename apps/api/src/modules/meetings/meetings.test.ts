import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, organisationOnFreshApi } from '../../testing/fixtures.ts';
import { signUpAndLogIn, type Harness, type Person } from '../../testing/harness.ts';
import { today } from '@mera/calendar';
import { expectRefused, tenantCaller } from '../../testing/requests.ts';

let h: Harness;
let ngo: Person;
let other: Person;
let serviceId = '';
let otherServiceId = '';

const ours = tenantCaller(
  () => h,
  () => ngo,
);

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Срещи“', 'admin@sreshti.example'));
  other = await signUpAndLogIn(h, 'Сдружение „Друго“', 'admin@drugo.example');
  const service = (tenantId: string, token: string, name: string) =>
    createService(h, { tenantId, token }, { name });
  serviceId = await service(ngo.tenantId, ngo.token, 'ЦОП „Срещи“');
  otherServiceId = await service(other.tenantId, other.token, 'Чужда услуга');
});

afterAll(async () => {
  await h.close();
});

interface MeetingYear {
  missing: number;
  months: {
    month: string;
    team: { count: number; status: string };
    withHead: { count: number; status: string };
  }[];
  meetings: {
    id: string;
    kind: string;
    recommendations: { id: string; text: string; measureId: string | null }[];
  }[];
}

const teamMeeting = {
  kind: 'team',
  heldOn: '2025-01-28',
  participantsCount: 6,
  participants: 'Мария Петрова (социален работник), Георги Иванов (психолог)',
  topics: 'Оценка на качеството на услугата през януари; обратна връзка от родителите',
  conclusions: 'Графикът на консултациите е претоварен в понеделник.',
  recommendations: ['Да се въведе втори приемен ден за консултации', 'Групова супервизия на всеки 3 месеца'],
};

/** A meeting as the log needs it at the least: its kind, day, how many took part and what was discussed. */
const meetingOf = (
  kind: 'team' | 'with_head',
  heldOn: string,
  participantsCount: number,
  topics: string,
) => ({
  kind,
  heldOn,
  participantsCount,
  topics,
});

describe('the meetings log', () => {
  it('logs a team meeting with its recommendations and shows each month with or without a meeting', async () => {
    const created = await ours('POST', '/meetings', { ...teamMeeting, serviceId });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'team',
      heldOn: '2025-01-28',
      participantsCount: 6,
      serviceId,
      version: 1,
      recommendations: [
        { position: 1, text: 'Да се въведе втори приемен ден за консултации', measureId: null },
        { position: 2, text: 'Групова супервизия на всеки 3 месеца', measureId: null },
      ],
    });
    // A meeting with the head for all services counts for this service too.
    await ours('POST', '/meetings', meetingOf('with_head', '2025-01-30', 4, 'Натовареност'));
    await ours('POST', '/meetings', { ...meetingOf('team', '2025-02-25', 5, 'Февруари'), serviceId });

    const year = (await ours('GET', `/meetings?year=2025&serviceId=${serviceId}`)).json<MeetingYear>();
    expect(year.months[0]).toEqual({
      month: '2025-01',
      team: { count: 1, status: 'held' },
      withHead: { count: 1, status: 'held' },
    });
    expect(year.months[1]).toEqual({
      month: '2025-02',
      team: { count: 1, status: 'held' },
      withHead: { count: 0, status: 'missing' },
    });
    expect(year.months[11]?.team.status).toBe('missing');
    // 24 month-kinds, 3 held.
    expect(year.missing).toBe(21);
    expect(year.meetings.map((m) => m.kind)).toEqual(['team', 'with_head', 'team']);
  });

  it('marks this month as due and later months as upcoming, not as missing', async () => {
    const now = today();
    const year = (await ours('GET', `/meetings?year=${now.slice(0, 4)}`)).json<MeetingYear>();
    const index = Number(now.slice(5, 7)) - 1;
    expect(year.months[index]?.team.status).toBe('due');
    if (index < 11) expect(year.months[index + 1]?.withHead.status).toBe('upcoming');
  });

  it('refuses a meeting in the future, naming the field in the person’s language, and writes nothing', async () => {
    const before = await h.sql('select id from meeting where tenant_id = $1', [ngo.tenantId]);
    const response = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${ngo.tenantId}/meetings`,
      token: ngo.token,
      headers: { 'accept-language': 'en' },
      payload: { ...teamMeeting, heldOn: '2099-01-01', participantsCount: 0 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'body.participantsCount', rule: 'minimum', message: 'Must be at least 1.' },
      ]),
    );
    const future = await ours('POST', '/meetings', { ...teamMeeting, heldOn: '2099-01-01' });
    expect(future.json().errors).toEqual([
      { field: 'body.heldOn', rule: 'not_in_future', message: 'Датата не може да е в бъдещето.' },
    ]);
    expect(await h.sql('select id from meeting where tenant_id = $1', [ngo.tenantId])).toHaveLength(
      before.length,
    );
    expect(
      await h.sql('select id from meeting_recommendation where tenant_id = $1', [ngo.tenantId]),
    ).toHaveLength(2);
  });

  it('refuses another organisation’s service', async () => {
    const response = await ours('POST', '/meetings', { ...teamMeeting, serviceId: otherServiceId });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: 'body.serviceId',
        rule: 'unknown_service',
        message: 'Няма такава услуга в регистъра на организацията.',
      },
    ]);
  });

  it('never lets two people overwrite each other silently', async () => {
    const meeting = (await ours('POST', '/meetings', meetingOf('with_head', '2025-03-20', 3, 'Март'))).json<{
      id: string;
      version: number;
    }>();
    const first = await ours('PATCH', `/meetings/${meeting.id}`, {
      version: meeting.version,
      conclusions: 'Първи',
    });
    expect(first.json()).toMatchObject({ conclusions: 'Първи', version: 2 });
    const second = await ours('PATCH', `/meetings/${meeting.id}`, {
      version: meeting.version,
      conclusions: 'Втори',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'conflict' });
    const now = await ours('GET', `/meetings/${meeting.id}`);
    expect(now.json()).toMatchObject({ conclusions: 'Първи' });
  });

  it('keeps a meeting whose recommendation became a programme measure, and shows the link', async () => {
    const meeting = (
      await ours('POST', '/meetings', {
        ...teamMeeting,
        heldOn: '2025-04-24',
        recommendations: ['Обучение по работа с агресия'],
      })
    ).json<MeetingYear['meetings'][number]>();
    const recommendation = meeting.recommendations[0];
    const programme = (
      await ours('POST', '/programmes', {
        title: 'Програма 2025',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
      })
    ).json<{ id: string }>();
    const measure = await ours('POST', `/programmes/${programme.id}/measures`, {
      category: 4,
      title: recommendation?.text,
      recommendationId: recommendation?.id,
    });
    expect(measure.statusCode).toBe(201);
    expect(measure.json()).toMatchObject({
      recommendation: { id: recommendation?.id, meetingId: meeting.id, meetingHeldOn: '2025-04-24' },
    });

    const again = await ours('GET', `/meetings/${meeting.id}`);
    expect(again.json().recommendations[0]).toMatchObject({
      measureId: measure.json().id,
      programmeId: programme.id,
    });

    const twice = await ours('POST', `/programmes/${programme.id}/measures`, {
      category: 4,
      title: 'Пак',
      recommendationId: recommendation?.id,
    });
    expectRefused(twice, 400, { field: 'body.recommendationId', rule: 'already_measure' });

    for (const path of [`/${meeting.id}`, `/${meeting.id}/recommendations/${recommendation?.id}`]) {
      const refused = await ours('DELETE', `/meetings${path}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'in_use' });
    }
    expect(await h.sql('select id from meeting where id = $1', [meeting.id])).toHaveLength(1);
  });

  it('adds and removes recommendations of a meeting', async () => {
    const meeting = (await ours('POST', '/meetings', meetingOf('team', '2025-05-27', 5, 'Май'))).json<{
      id: string;
    }>();
    const added = await ours('POST', `/meetings/${meeting.id}/recommendations`, {
      text: 'Нов формуляр за обратна връзка',
    });
    expect(added.statusCode).toBe(201);
    const recommendationId = added.json().recommendations[0].id;
    const removed = await ours('DELETE', `/meetings/${meeting.id}/recommendations/${recommendationId}`);
    expect(removed.statusCode).toBe(204);
    const deleted = await ours('DELETE', `/meetings/${meeting.id}`);
    expect(deleted.statusCode).toBe(204);
    expect(await h.sql('select id from meeting where id = $1', [meeting.id])).toEqual([]);
  });

  it('keeps a service with a meetings log from being deleted from the register', async () => {
    const response = await ours('DELETE', `/services/${serviceId}`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'in_use',
      title: 'Записът не може да бъде изтрит: други записи се позовават на него.',
    });
    expect(await h.sql('select id from service where id = $1', [serviceId])).toHaveLength(1);
  });

  it('shows another organisation none of these meetings', async () => {
    const year = (
      await h.call({
        method: 'GET',
        url: `/api/v1/tenants/${other.tenantId}/meetings?year=2025`,
        token: other.token,
      })
    ).json<MeetingYear>();
    expect(year.meetings).toEqual([]);
  });
});
