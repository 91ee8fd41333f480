// Steps several browser tests take the same way: following the main navigation, proposing a contract, and setting up
// through the API what a test only needs to exist (a submitted programme). What each test asserts stays in the test.
import type { Harness } from '@mera/api/testing';
import type { Page } from 'playwright-core';

/** Opens a part of the app the way a person does, by the main navigation's link, and waits until it lands on `url`. */
export async function followNavigation(page: Page, link: string, url: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Основна навигация' }).getByRole('link', { name: link }).click();
  await page.waitForURL(url);
}

/** An organisation's services, as the API lists them. */
export async function servicesOf(h: Harness, tenantId: string, token: string) {
  const listed = await h.call({ method: 'GET', url: `/api/v1/tenants/${tenantId}/services`, token });
  return listed.json<{ id: string; name: string }[]>();
}

/**
 * A programme for this year with one measure, submitted to the municipality through the API — where the
 * municipality's side of a test starts. The measure's responsible person is the account with `responsible` e-mail.
 */
export async function submittedProgramme(
  h: Harness,
  tenantId: string,
  token: string,
  programme: { title: string; serviceId: string | undefined; measure: string; responsible: string },
): Promise<{ id: string; url: string }> {
  const year = new Date().getFullYear();
  const base = `/api/v1/tenants/${tenantId}/programmes`;
  const post = async <T>(url: string, payload: object) =>
    (await h.call({ method: 'POST', url, token, payload })).json<T>();
  const [responsible] = await h.sql<{ id: string }>('select id from app_user where email = $1', [
    programme.responsible,
  ]);
  const { id } = await post<{ id: string }>(base, {
    title: programme.title,
    serviceId: programme.serviceId,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
  });
  await post(`${base}/${id}/measures`, {
    category: 4,
    title: programme.measure,
    responsibleUserId: responsible?.id,
    deadline: `${year}-12-31`,
  });
  const { version } = (await h.call({ method: 'GET', url: `${base}/${id}`, token })).json<{
    version: number;
  }>();
  await post(`${base}/${id}/submission`, { version });
  return { id, url: `${base}/${id}` };
}

/** The municipality's new contract as typed into its form. */
export interface ContractProposal {
  providerEik: string;
  service: string;
  basis: string;
  startsOn: string;
  endsOn: string;
}

/** Fills the municipality's form for a new contract and sends it to the provider; what follows is the test's to check. */
export async function proposeContract(page: Page, contract: ContractProposal): Promise<void> {
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field('ЕИК на доставчика').fill(contract.providerEik);
  await field('Услуга').fill(contract.service);
  await field('Основание (номер и дата на договора)').fill(contract.basis);
  await field('В сила от').fill(contract.startsOn);
  await field('В сила до').fill(contract.endsOn);
  await page.getByRole('button', { name: 'Изпращане до доставчика' }).click();
}

/** Runs `steps` in a page with a browser profile of its own, and closes the profile after, whatever happened. */
export async function inOwnProfile(
  opened: Promise<Page>,
  steps: (page: Page) => Promise<void>,
): Promise<void> {
  const page = await opened;
  try {
    await steps(page);
  } finally {
    await page.context().close();
  }
}
