import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, operatorTenant, organisationOnFreshApi } from '../../testing/fixtures.ts';
import type { Person } from '../../testing/fixtures.ts';
import { logIn, signUpAndLogIn, type Harness } from '../../testing/harness.ts';
import { sendNoticeEmails } from './index.ts';

/**
 * Notices of what others did (issue 14), through the API: for each kind, who hears of it (the other party's people
 * in the roles concerned), who does not (the actor's colleagues, other roles, other tenants — never), the person's
 * choice honoured, and the e-mail in each person's language through a real SMTP server, a refused address not
 * keeping the others from theirs.
 */
let h: Harness;
let ngo: Person;
let rival: Person;
let town = { id: '', token: '', userId: '' };
let stranger = { id: '', token: '', userId: '' };
let lead = { id: '', token: '' };
let staffId = '';
let serviceId = '';
let contractId = '';
let reportId = '';
let programmeId = '';
const year = new Date().getFullYear();

type Notice = {
  id: string;
  event: string;
  outcome: string;
  actorName: string;
  subject: string;
  target: unknown;
};
type List = { unread: number; items: Notice[] };

const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, token: string, payload?: object) =>
  h.call({ method, url, token, headers: { 'accept-language': 'bg' }, ...(payload ? { payload } : {}) });

const municipality = (name: string, email: string) =>
  operatorTenant(h, ngo, { legalName: name, adminEmail: email, displayName: `Кмет на ${name}` });

/** A colleague in the tenant (arranged directly), logged in. */
async function colleague(tenantId: string, email: string, role: string, locale: string) {
  const [user] = await h.sql<{ id: string }>(
    `insert into app_user (id, email, display_name, password_hash, locale, email_verified_at)
     select gen_random_uuid(), $1, $2, password_hash, $3, now() from app_user where id = $4 returning id`,
    [email, `Колега ${role}`, locale, ngo.userId],
  );
  await h.sql(
    `insert into membership (tenant_id, id, user_id, role) values ($1, gen_random_uuid(), $2, $3)`,
    [tenantId, user!.id, role],
  );
  return { id: user!.id, token: (await logIn(h, email)).accessToken };
}

const notices = async (tenantId: string, token: string) =>
  (await call('GET', `/api/v1/tenants/${tenantId}/notices`, token)).json<List>();
const eventsOf = async (tenantId: string, token: string) =>
  (await notices(tenantId, token)).items.map((n) => n.event).sort();

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Известия“', 'admin@izvestia.example'));
  rival = await signUpAndLogIn(h, 'Сдружение „Съсед“', 'admin@sased.example');
  await h.sql('update app_user set is_operator = true where id = $1', [ngo.userId]);
  town = await municipality('Община Ловеч', 'kmet@lovech.example');
  stranger = await municipality('Община Чужда', 'kmet@chuzhda.example');
  lead = await colleague(ngo.tenantId, 'lead@izvestia.example', 'quality_lead', 'en');
  staffId = (await colleague(ngo.tenantId, 'staff@izvestia.example', 'staff', 'bg')).id;
  serviceId = await createService(h, ngo, { name: 'ЦОП „Известия“', address: 'Ловеч, ул. „Търговска“ 1' });
});

afterAll(async () => {
  await h?.close();
});

describe('who hears of what', () => {
  it('tells the provider’s admin of a proposed contract, honouring the quality lead’s choice to hear nothing of it', async () => {
    const saved = await call('PUT', `/api/v1/tenants/${ngo.tenantId}/notice-preferences`, lead.token, {
      choices: [{ event: 'contract_proposed', inApp: false, email: false }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<{ choices: { event: string; inApp: boolean }[] }>().choices).toContainEqual({
      event: 'contract_proposed',
      inApp: false,
      email: false,
    });
    const proposed = await call('POST', `/api/v1/tenants/${town.id}/contracts`, town.token, {
      providerTenantId: ngo.tenantId,
      serviceId,
      basis: 'Договор № 7',
      startsOn: `${year - 1}-01-01`,
      endsOn: `${year + 2}-12-31`,
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    contractId = proposed.json<{ id: string }>().id;

    const mine = await notices(ngo.tenantId, ngo.token);
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({
      event: 'contract_proposed',
      actorName: 'Община Ловеч',
      subject: 'ЦОП „Известия“',
      target: { type: 'contract', id: contractId },
    });
    expect(await eventsOf(ngo.tenantId, lead.token)).toEqual([]);
    expect(await eventsOf(town.id, town.token)).toEqual([]);
    expect(await eventsOf(rival.tenantId, rival.token)).toEqual([]);
    const accepted = await call(
      'POST',
      `/api/v1/tenants/${ngo.tenantId}/contracts/${contractId}/decision`,
      ngo.token,
      {
        decision: 'accept',
      },
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('tells the provider of an ordered inspection and of its signed report', async () => {
    const ordered = await call('POST', `/api/v1/tenants/${town.id}/inspections`, town.token, {
      kind: 'periodic',
      reason: 'plan',
      orderNumber: 'РД-09-1',
      orderDate: '2026-05-04',
      startsOn: '2026-05-11',
      endsOn: '2026-05-12',
      contractId,
      inspectors: [{ userId: town.userId }],
    });
    expect(ordered.statusCode, ordered.body).toBe(201);
    const inspectionId = ordered.json<{ id: string }>().id;
    expect(await eventsOf(ngo.tenantId, ngo.token)).toEqual(['contract_proposed', 'inspection_ordered']);
    expect(await eventsOf(ngo.tenantId, lead.token)).toEqual(['inspection_ordered']);

    const base = `/api/v1/tenants/${town.id}/inspections/${inspectionId}`;
    for (const itemId of ['bg-2022/a02/s1/c1.1/i1', 'bg-2022/a02/s1/c1.1/i2'])
      await call('PUT', `${base}/findings`, town.token, { itemId, result: 'met', version: 0 });
    const current = (await call('GET', base, town.token)).json<{ version: number }>();
    await call('PATCH', base, town.token, {
      version: current.version,
      completedOn: '2026-05-12',
      facts: 'Проверени са документите.',
    });
    const signed = await call('POST', `${base}/signatures`, town.token);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(await eventsOf(ngo.tenantId, lead.token)).toEqual(['inspection_ordered', 'inspection_signed']);
    expect(await eventsOf(rival.tenantId, rival.token)).toEqual([]);
  });

  it('tells the municipality of a received report and programme, and the provider of the decision and a comment', async () => {
    const base = `/api/v1/tenants/${ngo.tenantId}`;
    const report = (
      await call('POST', `${base}/reports`, ngo.token, {
        kind: 'semi_annual_analysis',
        year: year - 1,
        half: 2,
        serviceId,
      })
    ).json<{ id: string; version: number }>();
    reportId = report.id;
    const submitted = await call('POST', `${base}/reports/${report.id}/submission`, ngo.token, {
      version: report.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((await notices(town.id, town.token)).items[0]).toMatchObject({
      event: 'report_received',
      actorName: 'Сдружение „Известия“',
      target: { type: 'report', id: reportId },
    });

    const programme = (
      await call('POST', `${base}/programmes`, ngo.token, {
        title: 'Програма за качество',
        serviceId,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
      })
    ).json<{ id: string }>();
    programmeId = programme.id;
    await call('POST', `${base}/programmes/${programmeId}/measures`, ngo.token, {
      category: 4,
      title: 'Супервизия',
      responsibleUserId: ngo.userId,
      deadline: `${year}-12-31`,
    });
    const now = (await call('GET', `${base}/programmes/${programmeId}`, ngo.token)).json<{
      version: number;
    }>();
    const sent = await call('POST', `${base}/programmes/${programmeId}/submission`, ngo.token, {
      version: now.version,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(await eventsOf(town.id, town.token)).toEqual(['programme_received', 'report_received']);

    const received = (
      await call('GET', `/api/v1/tenants/${town.id}/received-programmes/${programmeId}`, town.token)
    ).json<{ version: number }>();
    const decided = await call(
      'POST',
      `/api/v1/tenants/${town.id}/received-programmes/${programmeId}/decision`,
      town.token,
      { decision: 'request_changes', note: 'Добавете мерки за обучение.', version: received.version },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const commented = await call(
      'POST',
      `/api/v1/tenants/${town.id}/reports/${reportId}/comments`,
      town.token,
      {
        text: 'Добавете данни за обученията.',
      },
    );
    expect(commented.statusCode, commented.body).toBe(201);
    const theirs = await notices(ngo.tenantId, lead.token);
    expect(theirs.items.slice(0, 2)).toMatchObject([
      { event: 'comment_written', target: { type: 'report', id: reportId } },
      { event: 'programme_decided', outcome: 'changes_requested', subject: 'Програма за качество' },
    ]);
    // Never another tenant's people, nor the staff member (not a role concerned), nor the actor's organisation.
    expect(await eventsOf(stranger.id, stranger.token)).toEqual([]);
    expect(await eventsOf(rival.tenantId, rival.token)).toEqual([]);
    const [staffRows] = await h.sql<{ n: number }>(
      `select count(*)::int as n from notification where user_id = $1`,
      [staffId],
    );
    expect(staffRows?.n).toBe(0);
  });
});

describe('reading and choosing', () => {
  it('marks one read and all read; another person’s notice is not found', async () => {
    const list = await notices(ngo.tenantId, ngo.token);
    const first = list.items[0]!;
    const read = await call('POST', `/api/v1/tenants/${ngo.tenantId}/notices/${first.id}/read`, ngo.token);
    expect(read.statusCode, read.body).toBe(200);
    expect((await notices(ngo.tenantId, ngo.token)).unread).toBe(list.unread - 1);
    const theirs = await call('POST', `/api/v1/tenants/${ngo.tenantId}/notices/${first.id}/read`, lead.token);
    expect(theirs.statusCode).toBe(404);
    const all = await call('POST', `/api/v1/tenants/${ngo.tenantId}/notices/read`, ngo.token);
    expect(all.json()).toEqual({ marked: list.unread - 1 });
    expect((await notices(ngo.tenantId, ngo.token)).unread).toBe(0);
  });

  it('refuses a kind named twice or unknown, naming the field, in the caller’s language', async () => {
    const twice = await h.call({
      method: 'PUT',
      url: `/api/v1/tenants/${ngo.tenantId}/notice-preferences`,
      token: ngo.token,
      headers: { 'accept-language': 'en' },
      payload: {
        choices: [
          { event: 'comment_written', inApp: true, email: false },
          { event: 'comment_written', inApp: false, email: false },
        ],
      },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json<{ errors: unknown[] }>().errors[0]).toMatchObject({
      field: 'body.choices.1.event',
      rule: 'unique',
    });
    const unknown = await call('PUT', `/api/v1/tenants/${ngo.tenantId}/notice-preferences`, ngo.token, {
      choices: [{ event: 'weather', inApp: true, email: true }],
    });
    expect(unknown.statusCode).toBe(400);
  });
});

describe('the e-mail', () => {
  it('reaches each person in their language through SMTP; a refused address keeps no one else from theirs', async () => {
    // The admin turns e-mail off for comments (still in the app).
    await call('PUT', `/api/v1/tenants/${ngo.tenantId}/notice-preferences`, ngo.token, {
      choices: [{ event: 'comment_written', inApp: true, email: false }],
    });
    await call('POST', `/api/v1/tenants/${town.id}/reports/${reportId}/comments`, town.token, {
      text: 'Още един коментар.',
    });
    const refused = new Set(['kmet@lovech.example']);
    const mailer = {
      async send(mail: { to: string; subject: string; text: string }) {
        if (refused.has(mail.to)) throw new Error('550 mailbox unavailable');
        await h.app.mailer.send(mail);
      },
      close() {},
    };
    const run = await sendNoticeEmails(h.app.orm, mailer, 'http://web.test');
    expect(run.failed.map((f) => f.tenantId)).toEqual([town.id]);

    const admin = await h.mail.latest('admin@izvestia.example');
    expect(admin.subject).toBe('Мера: 5 нови известия');
    expect(admin.text).toContain('Община Ловеч предложи договор за „ЦОП „Известия““.');
    expect(admin.text).toContain(`http://web.test/t/${ngo.tenantId}/notices`);
    expect(admin.text.match(/коментар/g)).toHaveLength(1); // the first comment only: e-mail for them is now off
    const english = await h.mail.latest('lead@izvestia.example');
    expect(english.subject).toBe('Mera: 5 new notices'); // both comments: e-mail for them is on
    expect(english.text).toContain('Община Ловеч ordered an inspection of “ЦОП „Известия“”.');
    expect(english.text).not.toContain('contract');
    expect(h.mail.messages.some((m) => m.to === 'staff@izvestia.example')).toBe(false);

    // Sent once: a second run sends nothing to those served, and tries the refused address again.
    const count = h.mail.messages.length;
    refused.clear();
    const again = await sendNoticeEmails(h.app.orm, mailer, 'http://web.test');
    expect(again.failed).toEqual([]);
    expect(h.mail.messages.length).toBe(count + 1);
    expect((await h.mail.latest('kmet@lovech.example')).subject).toBe('Мера: 2 нови известия');
  });
});
