import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorTenant, organisationOnFreshApi, type Person } from '../../testing/fixtures.ts';
import { logIn, nextEik, PASSWORD, signUpAndLogIn, type Harness } from '../../testing/harness.ts';
import { expectRefused } from '../../testing/requests.ts';

let h: Harness;
let operator: Person;
let town = { id: '', token: '' };

const municipality = (name: string, email: string) =>
  operatorTenant(h, operator, { legalName: name, adminEmail: email, displayName: `Кмет на ${name}` });

const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  h.call({ method, url, token, headers: { 'accept-language': 'bg' }, ...(payload ? { payload } : {}) });

const contract = (payload: object) =>
  call('POST', `/api/v1/tenants/${town.id}/contracts`, town.token, {
    basis: 'Договор № 21/2026',
    startsOn: '2026-01-01',
    endsOn: '2099-12-31',
    serviceDescription: 'Дневен център за деца с увреждания',
    ...payload,
  });

const invite = (payload: object) =>
  call('POST', `/api/v1/tenants/${town.id}/provider-invitations`, town.token, {
    email: 'direktor@nova.example',
    serviceDescription: 'Център за обществена подкрепа',
    basis: 'Договор № 22/2026',
    startsOn: '2026-01-01',
    endsOn: '2099-12-31',
    funding: 'mixed',
    yearlyAmountEur: 48000.5,
    ...payload,
  });

const signUp = (eik: string, invitation: string, email = 'direktor@nova.example') =>
  h.call({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: {
      organisation: { legalName: 'Сдружение „Нова посока“', eik },
      admin: { displayName: 'Директор', email, password: PASSWORD },
      invitation,
    },
  });

/** The token of the latest sign-up link e-mailed to an address. */
async function linkToken(email: string) {
  const link = new URL(await h.mail.link(email));
  expect(link.pathname).toBe('/signup');
  return link.searchParams.get('invitation') ?? '';
}

beforeAll(async () => {
  ({ h, person: operator } = await organisationOnFreshApi('Сдружение „Оператор“', 'admin@operator.example'));
  await h.sql('update app_user set is_operator = true where id = $1', [operator.userId]);
  town = await municipality('Община Пловдив', 'kmet@plovdiv.example');
});

afterAll(async () => {
  await h.close();
});

describe('funding on the contract', () => {
  it('records how the service is financed and the yearly amount, and lists them', async () => {
    const ngo = await signUpAndLogIn(h, 'Сдружение „Финанси“', 'admin@finansi.example');
    const created = await contract({
      providerTenantId: ngo.tenantId,
      funding: 'state_delegated',
      yearlyAmountEur: 125000.4,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ funding: 'state_delegated', yearlyAmountEur: 125000.4 });
    const listed = await call('GET', `/api/v1/tenants/${ngo.tenantId}/contracts`, ngo.token);
    expect(listed.json()).toEqual([
      expect.objectContaining({ funding: 'state_delegated', yearlyAmountEur: 125000.4, status: 'proposed' }),
    ]);
    const none = await contract({ providerTenantId: ngo.tenantId, funding: null, yearlyAmountEur: null });
    expect(none.json()).toMatchObject({ funding: null, yearlyAmountEur: null });
  });

  it('names the field and the rule for a negative, over-precise or unknown value, writing nothing', async () => {
    const ngo = await signUpAndLogIn(h, 'Сдружение „Грешки“', 'admin@greshki.example');
    const negative = await contract({ providerTenantId: ngo.tenantId, yearlyAmountEur: -1 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().errors).toEqual([
      expect.objectContaining({ field: 'body.yearlyAmountEur', rule: 'minimum' }),
    ]);
    const cents = await contract({ providerTenantId: ngo.tenantId, yearlyAmountEur: 10.005 });
    expect(cents.json().errors).toEqual([
      {
        field: 'body.yearlyAmountEur',
        rule: 'two_decimals',
        message: 'Сумата може да има най-много два знака след десетичната запетая.',
      },
    ]);
    const unknown = await contract({ providerTenantId: ngo.tenantId, funding: 'own' });
    expectRefused(unknown, 400, { field: 'body.funding' });
    expect(
      await h.sql('select 1 from commissioning_contract where provider_tenant_id = $1', [ngo.tenantId]),
    ).toEqual([]);
  });
});

describe('inviting a provider not yet on Mera from the contract', () => {
  it('stores the proposal, e-mails a link, and proposes the contract when the provider signs up with that ЕИК', async () => {
    const eik = nextEik();
    const refused = await contract({ providerEik: eik });
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ field: 'body.providerEik', rule: 'provider_not_on_mera' }),
    ]);

    const invited = await invite({ providerEik: eik });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({
      providerEik: eik,
      email: 'direktor@nova.example',
      status: 'pending',
      funding: 'mixed',
      yearlyAmountEur: 48000.5,
      expired: false,
      contractId: null,
    });
    const invitationId = invited.json<{ id: string }>().id;
    const mail = await h.mail.latest('direktor@nova.example');
    expect(mail.subject).toBe('Мера: Община Пловдив ви предлага договор');
    expect(mail.text).toContain(eik);
    const first = await linkToken('direktor@nova.example');
    // Only the hash is stored.
    const [stored] = await h.sql<{ token_hash: string }>(
      'select token_hash from provider_invitation where id = $1',
      [invitationId],
    );
    expect(stored?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first).not.toContain(stored?.token_hash ?? '-');

    // One waiting invitation per ЕИК.
    const twice = await invite({ providerEik: eik });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors).toEqual([
      expect.objectContaining({ field: 'body.providerEik', rule: 'invitation_pending' }),
    ]);

    // The sign-up page's preview.
    const preview = await h.call({ method: 'GET', url: `/api/v1/provider-invitations/${first}` });
    expect(preview.json()).toMatchObject({
      municipalityName: 'Община Пловдив',
      providerEik: eik,
      email: 'direktor@nova.example',
      serviceDescription: 'Център за обществена подкрепа',
      accountExists: false,
    });

    // Sending again: a new link; the old one stops working.
    const resent = await call(
      'POST',
      `/api/v1/tenants/${town.id}/provider-invitations/${invitationId}/resend`,
      town.token,
      { version: invited.json<{ version: number }>().version },
    );
    expect(resent.statusCode).toBe(200);
    const stale = await call(
      'POST',
      `/api/v1/tenants/${town.id}/provider-invitations/${invitationId}/cancel`,
      town.token,
      { version: invited.json<{ version: number }>().version },
    );
    expect(stale.statusCode).toBe(409);
    const link = await linkToken('direktor@nova.example');
    expect(link).not.toBe(first);
    expect((await signUp(eik, first)).json()).toMatchObject({ code: 'link_invalid' });

    // A wrong ЕИК is refused by field, and nothing is written.
    const other = nextEik();
    const wrong = await signUp(other, link);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([
      {
        field: 'body.organisation.eik',
        rule: 'invitation_eik_mismatch',
        message: 'ЕИК не съвпада с ЕИК, на който общината е изпратила поканата.',
      },
    ]);
    expect(await h.sql('select 1 from tenant where eik = $1', [other])).toEqual([]);
    expect(await h.sql(`select 1 from app_user where email = 'direktor@nova.example'`)).toEqual([]);

    // The right ЕИК: the organisation, its admin and the proposed contract, in one transaction.
    const signed = await signUp(eik, link);
    expect(signed.statusCode).toBe(201);
    const providerId = signed.json<{ tenantId: string }>().tenantId;
    const listed = await call('GET', `/api/v1/tenants/${town.id}/provider-invitations`, town.token);
    expect(listed.json()).toEqual([
      expect.objectContaining({ id: invitationId, status: 'used', providerTenantId: providerId }),
    ]);
    const contractId = listed.json<{ contractId: string }[]>()[0]?.contractId;

    // Reusing the link is refused.
    const reused = await signUp(nextEik(), link, 'drug@nova.example');
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'link_used' });

    // The provider verifies its e-mail, logs in, sees the proposal and accepts it as usual.
    const verify = new URL(await h.mail.link('direktor@nova.example')).searchParams.get('token') ?? '';
    await h.call({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token: verify } });
    const provider = (await logIn(h, 'direktor@nova.example')).accessToken;
    const contracts = await call('GET', `/api/v1/tenants/${providerId}/contracts`, provider);
    expect(contracts.json()).toEqual([
      expect.objectContaining({
        id: contractId,
        municipalityName: 'Община Пловдив',
        providerEik: eik,
        serviceDescription: 'Център за обществена подкрепа',
        basis: 'Договор № 22/2026',
        funding: 'mixed',
        yearlyAmountEur: 48000.5,
        status: 'proposed',
      }),
    ]);
    const service = (
      await call('POST', `/api/v1/tenants/${providerId}/services`, provider, {
        name: 'ЦОП „Нова посока“',
        pluginCode: 'sample',
        variantKey: 'specialised',
      })
    ).json<{ id: string }>();
    const accepted = await call(
      'POST',
      `/api/v1/tenants/${providerId}/contracts/${contractId}/decision`,
      provider,
      { decision: 'accept', serviceId: service.id },
    );
    expect(accepted.json()).toMatchObject({ status: 'active', serviceId: service.id });
  });

  it('refuses an expired or cancelled link and an ЕИК already on Mera', async () => {
    const eik = nextEik();
    const invited = await invite({ providerEik: eik, email: 'izteklo@nova.example' });
    const token = await linkToken('izteklo@nova.example');
    await h.sql(`update provider_invitation set expires_at = now() - interval '1 minute' where id = $1`, [
      invited.json<{ id: string }>().id,
    ]);
    const expired = await signUp(eik, token, 'izteklo@nova.example');
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toMatchObject({ code: 'link_expired' });
    const listed = await call('GET', `/api/v1/tenants/${town.id}/provider-invitations`, town.token);
    expect(listed.json()).toContainEqual(expect.objectContaining({ providerEik: eik, expired: true }));

    const cancelled = await call(
      'POST',
      `/api/v1/tenants/${town.id}/provider-invitations/${invited.json<{ id: string }>().id}/cancel`,
      town.token,
      { version: invited.json<{ version: number }>().version },
    );
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await signUp(eik, token, 'izteklo@nova.example')).json()).toMatchObject({ code: 'link_invalid' });
    expect(await h.sql('select 1 from tenant where eik = $1', [eik])).toEqual([]);

    const [known] = await h.sql<{ eik: string }>('select eik from tenant where id = $1', [operator.tenantId]);
    const onMera = await invite({ providerEik: known?.eik });
    expect(onMera.json().errors).toEqual([
      expect.objectContaining({ field: 'body.providerEik', rule: 'provider_on_mera' }),
    ]);
  });

  it('lets only the municipality’s own people see and manage its invitations', async () => {
    const other = await municipality('Община Другоград', 'kmet@drugograd.example');
    const seen = await call('GET', `/api/v1/tenants/${other.id}/provider-invitations`, other.token);
    expect(seen.json()).toEqual([]);
    const [row] = await h.sql<{ id: string }>('select id from provider_invitation limit 1');
    const cancel = await call(
      'POST',
      `/api/v1/tenants/${other.id}/provider-invitations/${row?.id}/cancel`,
      other.token,
      { version: 1 },
    );
    expect(cancel.statusCode).toBe(404);
    const provider = await signUpAndLogIn(h, 'Сдружение „Доставчик“', 'admin@dostavchik.example');
    const byProvider = await call(
      'POST',
      `/api/v1/tenants/${provider.tenantId}/provider-invitations`,
      provider.token,
      {
        providerEik: nextEik(),
        email: 'x@nova.example',
        serviceDescription: 'Услуга',
        basis: 'Договор',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      },
    );
    expect(byProvider.statusCode).toBe(403);
  });
});
