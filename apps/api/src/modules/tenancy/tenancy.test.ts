import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptInvitation,
  createService,
  invitationCode,
  operatorTenant,
  organisationOnFreshApi,
  type Person,
} from '../../testing/fixtures.ts';
import { logIn, PASSWORD, signUpAndLogIn, type Harness } from '../../testing/harness.ts';

let h: Harness;
let ngo: Person;
beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Покани“', 'admin@pokani.example'));
});
afterAll(() => h?.close());

async function inviteAndOpen(email: string, role = 'staff') {
  const sent = await h.call({
    method: 'POST',
    url: `/api/v1/tenants/${ngo.tenantId}/invitations`,
    token: ngo.token,
    payload: { email, role },
  });
  expect(sent.statusCode).toBe(201);
  return invitationCode(h, email);
}

describe('invitations', () => {
  it('lets a new person join with the role offered, through the e-mailed link, once', async () => {
    const token = await inviteAndOpen('ivan@pokani.example', 'quality_lead');
    const preview = await h.call({ method: 'GET', url: `/api/v1/invitations/${token}` });
    expect(preview.json()).toMatchObject({
      tenantName: 'Сдружение „Покани“',
      role: 'quality_lead',
      accountExists: false,
    });

    const accepted = await h.call({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { displayName: 'Иван', password: PASSWORD },
    });
    expect(accepted.statusCode).toBe(201);
    const me = await h.call({ method: 'GET', url: '/api/v1/me', token: accepted.json().accessToken });
    expect(me.json().memberships).toMatchObject([{ tenantId: ngo.tenantId, role: 'quality_lead' }]);

    const reused = await h.call({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { displayName: 'Иван', password: PASSWORD },
    });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'link_used', title: 'Тази връзка вече е използвана.' });
  });

  it('says clearly when the link has expired', async () => {
    const token = await inviteAndOpen('late@pokani.example');
    await h.sql(
      `update invitation set expires_at = now() - interval '1 minute' where email = 'late@pokani.example'`,
    );
    const response = await h.call({
      method: 'GET',
      url: `/api/v1/invitations/${token}`,
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(410);
    expect(response.json()).toMatchObject({
      code: 'link_expired',
      title: 'This link has expired. Please ask for a new one.',
    });
  });

  it('refuses a forged link', async () => {
    const response = await h.call({
      method: 'GET',
      url: `/api/v1/invitations/${ngo.tenantId}.${'x'.repeat(43)}`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('link_invalid');
  });
});

/** The membership of the person with `email`, as the organisation's admin lists its members. */
async function membershipOf(email: string) {
  const members = (
    await h.call({ method: 'GET', url: `/api/v1/tenants/${ngo.tenantId}/members`, token: ngo.token })
  ).json<{ id: string; email: string }[]>();
  return members.find((m) => m.email === email);
}

describe('members', () => {
  it('removing a member takes effect on their next request', async () => {
    await inviteAndOpen('temp@pokani.example');
    const temp = (await acceptInvitation(h, 'temp@pokani.example', 'Временен')).accessToken;
    expect(
      (await h.call({ method: 'GET', url: `/api/v1/tenants/${ngo.tenantId}/members`, token: temp }))
        .statusCode,
    ).toBe(200);

    const membership = await membershipOf('temp@pokani.example');
    const removed = await h.call({
      method: 'DELETE',
      url: `/api/v1/tenants/${ngo.tenantId}/members/${membership?.id}`,
      token: ngo.token,
    });
    expect(removed.statusCode).toBe(204);
    expect(
      (await h.call({ method: 'GET', url: `/api/v1/tenants/${ngo.tenantId}/members`, token: temp }))
        .statusCode,
    ).toBe(404);
  });

  it('does not let a staff member manage others, and keeps the last admin', async () => {
    await inviteAndOpen('staff@pokani.example');
    const staff = (await acceptInvitation(h, 'staff@pokani.example', 'Служител')).accessToken;
    const admin = await membershipOf('admin@pokani.example');
    const attempt = await h.call({
      method: 'PATCH',
      url: `/api/v1/tenants/${ngo.tenantId}/members/${admin?.id}`,
      token: staff,
      payload: { role: 'viewer' },
    });
    expect(attempt.statusCode).toBe(403);
    const demoteSelf = await h.call({
      method: 'PATCH',
      url: `/api/v1/tenants/${ngo.tenantId}/members/${admin?.id}`,
      token: ngo.token,
      payload: { role: 'viewer' },
    });
    expect(demoteSelf.statusCode).toBe(409);
    expect(demoteSelf.json().code).toBe('last_admin');
  });
});

describe('the audit trail', () => {
  it('shows the admin who changed what, and verifies', async () => {
    const trail = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${ngo.tenantId}/audit?limit=200`,
      token: ngo.token,
    });
    expect(trail.statusCode).toBe(200);
    const entries =
      trail.json<
        { entity: string; action: string; actorUserId: string | null; requestId: string | null }[]
      >();
    expect(entries).toContainEqual(
      expect.objectContaining({ entity: 'membership', action: 'delete', actorUserId: ngo.userId }),
    );
    expect(entries.every((e) => e.requestId)).toBe(true);
    const verification = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${ngo.tenantId}/audit/verification`,
      token: ngo.token,
    });
    expect(verification.json()).toMatchObject({ ok: true });
  });

  it('cannot be appended to by the application’s role, and a forged event fails verification', async () => {
    const stranger = await signUpAndLogIn(h, 'Сдружение „Чужди“', 'admin@chuzhdi.example');
    const forged = `insert into audit_event (tenant_id, seq, actor_user_id, entity, entity_id, action, after, prev_hash, hash)
       select $1, c.last_seq + 1, $2, 'membership', 'x', 'insert', '{}', c.last_hash, '' from audit_chain c where c.tenant_id = $1`;
    await expect(h.asApp(ngo.tenantId, forged, [ngo.tenantId, stranger.userId])).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      h.asApp(ngo.tenantId, `update audit_chain set last_seq = last_seq - 1 where tenant_id = $1`, [
        ngo.tenantId,
      ]),
    ).rejects.toThrow(/permission denied/);

    // Whoever has the privilege but not the key (here the superuser) can append an event whose SHA-256 is right…
    await h.sql(forged, [ngo.tenantId, stranger.userId]);
    await h.sql(
      `update audit_event e set hash = encode(sha256(convert_to(audit_payload(e), 'UTF8')), 'hex')
       where e.tenant_id = $1 and e.hash = ''`,
      [ngo.tenantId],
    );
    await h.sql(
      `update audit_chain c set last_seq = e.seq, last_hash = e.hash from audit_event e
       where c.tenant_id = $1 and e.tenant_id = $1 and e.seq = c.last_seq + 1`,
      [ngo.tenantId],
    );
    // …and verification still finds it.
    const verification = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${ngo.tenantId}/audit/verification`,
      token: ngo.token,
    });
    expect(verification.json()).toMatchObject({ ok: false, brokenAt: { reason: 'hash_mismatch' } });
  });
});

describe('commissioning', () => {
  it('shows a municipality the provider’s service only while an accepted contract runs', async () => {
    const municipality = await operatorTenant(h, ngo, {
      legalName: 'Община Тест',
      adminEmail: 'kmet@test.example',
      eik: '000696327',
    });
    const municipalityId = municipality.id;
    const kmet = municipality.token;

    const service = { id: await createService(h, ngo, { name: 'ЦОП' }) };
    const proposed = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${municipalityId}/contracts`,
      token: kmet,
      payload: {
        providerTenantId: ngo.tenantId,
        serviceId: service.id,
        basis: 'Договор № 7',
        startsOn: '2026-01-01',
        endsOn: '2099-12-31',
      },
    });
    expect(proposed.statusCode).toBe(201);
    const contractId = proposed.json<{ id: string }>().id;
    const seen = async () =>
      (await h.call({ method: 'GET', url: `/api/v1/tenants/${municipalityId}/services`, token: kmet })).json<
        { id: string }[]
      >();
    expect(await seen()).toEqual([]);

    const selfAccept = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${municipalityId}/contracts/${contractId}/decision`,
      token: kmet,
      payload: { decision: 'accept' },
    });
    expect(selfAccept.statusCode).toBe(409);

    const accepted = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${ngo.tenantId}/contracts/${contractId}/decision`,
      token: ngo.token,
      payload: { decision: 'accept' },
    });
    expect(accepted.json()).toMatchObject({ status: 'active' });
    expect((await seen()).map((s) => s.id)).toEqual([service.id]);

    await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${municipalityId}/contracts/${contractId}/decision`,
      token: kmet,
      payload: { decision: 'end' },
    });
    expect(await seen()).toEqual([]);
  });

  it('lets a municipality propose by ЕИК without seeing the provider’s services; the provider names the service', async () => {
    const kmet = (await logIn(h, 'kmet@test.example')).accessToken;
    const [municipality] = await h.sql<{ id: string }>(`select id from tenant where eik = '000696327'`);
    const municipalityId = municipality?.id ?? '';
    const ngoEik = (
      await h.call({ method: 'GET', url: `/api/v1/tenants/${ngo.tenantId}`, token: ngo.token })
    ).json<{ eik: string }>().eik;
    const propose = (payload: object) =>
      h.call({
        method: 'POST',
        url: `/api/v1/tenants/${municipalityId}/contracts`,
        token: kmet,
        headers: { 'accept-language': 'bg' },
        payload: { basis: 'Договор № 12', startsOn: '2026-01-01', endsOn: '2099-12-31', ...payload },
      });

    const unknown = await propose({ providerEik: '121212120', serviceDescription: 'Дневен център' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      errors: [{ field: 'body.providerEik', rule: 'provider_not_on_mera' }],
    });
    const undescribed = await propose({ providerEik: ngoEik });
    expect(undescribed.json()).toMatchObject({
      errors: [{ field: 'body.serviceDescription', rule: 'required' }],
    });

    const proposed = await propose({
      providerEik: ngoEik,
      serviceDescription: 'Център за обществена подкрепа',
    });
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json()).toMatchObject({
      providerTenantId: ngo.tenantId,
      providerName: expect.any(String),
      municipalityName: 'Община Тест',
      serviceId: null,
      serviceDescription: 'Център за обществена подкрепа',
      status: 'proposed',
    });
    const contractId = proposed.json<{ id: string }>().id;
    const decide = (payload: object) =>
      h.call({
        method: 'POST',
        url: `/api/v1/tenants/${ngo.tenantId}/contracts/${contractId}/decision`,
        token: ngo.token,
        payload,
      });

    // Accepting needs the provider's own service, and only its own.
    expect((await decide({ decision: 'accept' })).json()).toMatchObject({
      errors: [{ field: 'body.serviceId', rule: 'required' }],
    });
    const other = await signUpAndLogIn(h, 'Сдружение „Друго“', 'admin@drugo.example');
    const foreign = { id: await createService(h, other, { name: 'Чужда услуга' }) };
    expect((await decide({ decision: 'accept', serviceId: foreign.id })).json()).toMatchObject({
      errors: [{ field: 'body.serviceId', rule: 'invalid' }],
    });
    const own = { id: await createService(h, ngo, { name: 'ЦОП „Надежда“' }) };
    const accepted = await decide({ decision: 'accept', serviceId: own.id });
    expect(accepted.json()).toMatchObject({ status: 'active', serviceId: own.id });
    const seen = (
      await h.call({ method: 'GET', url: `/api/v1/tenants/${municipalityId}/services`, token: kmet })
    ).json<{ id: string }[]>();
    expect(seen.map((service) => service.id)).toEqual([own.id]);
  });
});
