// The set-up the API's tests share: organisations, their people and services, and a municipality's contract with a
// provider. Each goes through the HTTP surface as a person would, so a test's set-up proves the same paths it relies on.
import { expect } from 'vitest';
import { createHarness, nextEik, PASSWORD, signUpAndLogIn, type Harness, type Person } from './harness.ts';

export type { Person } from './harness.ts';

/** A municipality or agency the operator created, with its first admin's session. */
export interface OperatorTenant {
  id: string;
  token: string;
  userId: string;
}

/** The invitation code in the link mailed to `email` (the last path segment of the accept page). */
export async function invitationCode(h: Harness, email: string): Promise<string> {
  return decodeURIComponent(new URL(await h.mail.link(email)).pathname.split('/').at(-1) ?? '');
}

/** Accepts the invitation mailed to `email` as `displayName`; returns the new member's session. */
export async function acceptInvitation(h: Harness, email: string, displayName: string) {
  const accepted = await h.call({
    method: 'POST',
    url: `/api/v1/invitations/${await invitationCode(h, email)}/accept`,
    payload: { displayName, password: PASSWORD },
  });
  return accepted.json<{ accessToken: string }>();
}

/**
 * The operator creates a municipality (or an agency) and its first admin accepts the mailed invitation. Only an
 * operator may create one, so `operator` is made one first.
 */
export async function operatorTenant(
  h: Harness,
  operator: Person,
  tenant: {
    legalName: string;
    adminEmail: string;
    displayName?: string;
    kind?: 'municipality' | 'agency';
    /** A fixed ЕИК where the test looks the tenant up by it; otherwise a fresh valid one. */
    eik?: string;
  },
): Promise<OperatorTenant> {
  await h.sql(`update app_user set is_operator = true where id = $1`, [operator.userId]);
  const created = await h.call({
    method: 'POST',
    url: '/api/v1/operator/tenants',
    token: operator.token,
    payload: {
      kind: tenant.kind ?? 'municipality',
      legalName: tenant.legalName,
      eik: tenant.eik ?? nextEik(),
      adminEmail: tenant.adminEmail,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  const accepted = await acceptInvitation(h, tenant.adminEmail, tenant.displayName ?? 'Кмет');
  const [user] = await h.sql<{ id: string }>(`select id from app_user where email = $1`, [tenant.adminEmail]);
  return { id, token: accepted.accessToken, userId: user?.id ?? '' };
}

/** A service of the fixture plugin's `specialised` variant in the provider's register; returns its id. */
export async function createService(
  h: Harness,
  provider: { tenantId: string; token: string },
  service: { name: string } & Record<string, unknown>,
): Promise<string> {
  const response = await h.call({
    method: 'POST',
    url: `/api/v1/tenants/${provider.tenantId}/services`,
    token: provider.token,
    payload: { pluginCode: 'sample', variantKey: 'specialised', ...service },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

/**
 * The municipality proposes a contract for the provider's service and the provider accepts it (art. 30: what a
 * municipality oversees is what it commissioned). Returns the contract's id.
 */
export async function commission(
  h: Harness,
  municipality: { id: string; token: string },
  provider: { tenantId: string; token: string },
  contract: { serviceId: string; basis: string; startsOn: string; endsOn: string },
): Promise<string> {
  const proposed = await h.call({
    method: 'POST',
    url: `/api/v1/tenants/${municipality.id}/contracts`,
    token: municipality.token,
    payload: { providerTenantId: provider.tenantId, ...contract },
  });
  expect(proposed.statusCode, proposed.body).toBe(201);
  const id = proposed.json<{ id: string }>().id;
  const decided = await h.call({
    method: 'POST',
    url: `/api/v1/tenants/${provider.tenantId}/contracts/${id}/decision`,
    token: provider.token,
    payload: { decision: 'accept' },
  });
  expect(decided.statusCode, decided.body).toBe(200);
  return id;
}

/** A real API on a fresh database with one organisation signed up and logged in: most files' whole set-up. */
export async function organisationOnFreshApi(
  legalName: string,
  email: string,
  env?: Record<string, string>,
): Promise<{ h: Harness; person: Person }> {
  const h = await createHarness(env);
  return { h, person: await signUpAndLogIn(h, legalName, email) };
}
