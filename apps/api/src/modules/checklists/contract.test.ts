import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_1_1_1 as I1, INDICATOR_1_1_2 as I2 } from '../../testing/indicators.ts';
import { acceptInvitation, createService, operatorTenant } from '../../testing/fixtures.ts';
import { expectUnchangeable } from '../../testing/database.ts';
import type { OperatorTenant } from '../../testing/fixtures.ts';
import { jsonCaller } from '../../testing/requests.ts';
import { createHarness, signUpAndLogIn, type Harness, type Person } from '../../testing/harness.ts';

/**
 * What the checklist engine promises both of its users (issue 11) and what the database guarantees once a check is
 * completed or a report signed (issue 12.1), run through the API and, for the database, as the application's role.
 */

let h: Harness;
let ngo: Person;
let colleague = '';
let municipality: OperatorTenant;
let serviceId = '';
let documentId = '';

interface Indicator {
  id: string;
  key: string;
  result: string | null;
  version: number;
  actions: { kind: string; id: string; title: string }[];
  evidence?: { documentTitle: string | null }[];
}
type Groups = { children: { children: { children: Indicator[] }[] }[] }[];
interface Detail {
  id: string;
  status: string;
  version: number;
  sections?: Groups;
  checklist?: Groups;
}
const indicator = (d: Detail, id: string) =>
  (d.sections ?? d.checklist ?? [])
    .flatMap((s) => s.children.flatMap((st) => st.children.flatMap((c) => c.children)))
    .find((i) => i.id === id);

const call = jsonCaller(
  () => h,
  () => ngo.token,
);

const invitedToken = async (email: string, name: string) =>
  (await acceptInvitation(h, email, name)).accessToken;

const p = () => `/api/v1/tenants/${ngo.tenantId}`;
const m = () => `/api/v1/tenants/${municipality.id}`;

beforeAll(async () => {
  h = await createHarness();
  ngo = await signUpAndLogIn(h, 'Сдружение „Договор“', 'admin@dogovor.example');
  await call('POST', `${p()}/invitations`, { email: 'kolega@dogovor.example', role: 'staff' });
  colleague = await invitedToken('kolega@dogovor.example', 'Петя Колегова');
  municipality = await operatorTenant(h, ngo, {
    legalName: 'Община Договор',
    adminEmail: 'kmet@dogovor.example',
    displayName: 'Кмет Договор',
  });
  serviceId = await createService(h, ngo, { name: 'ЦОП „Договор“', capacity: 10 });
  documentId = (
    await call<{ id: string }>('POST', `${p()}/documents`, {
      kind: 'plan',
      title: 'План за защита при бедствия',
      sources: ['План за действие при бедствия'],
    })
  ).body.id;
});
afterAll(async () => {
  await h?.close();
});

describe('a check', () => {
  let check: Detail;
  const url = () => `${p()}/assessments/${check.id}`;

  it('answers a stale save with 409 and what the other person saved; theirs is kept only on purpose', async () => {
    check = (
      await call<Detail>('POST', `${p()}/assessments`, {
        serviceId,
        kind: 'periodic',
        startedOn: '2026-03-10',
      })
    ).body;
    const first = await call<{ version: number }>('PUT', `${url()}/results`, {
      itemId: I1,
      result: 'met',
      note: 'Видяно на място.',
      version: 0,
    });
    expect(first.body.version).toBe(1);
    const second = await call(
      'PUT',
      `${url()}/results`,
      { itemId: I1, result: 'not_met', note: 'Липсва.', version: 0 },
      colleague,
    );
    expect(second.response.statusCode).toBe(409);
    expect(second.body).toMatchObject({
      code: 'result_conflict',
      current: {
        result: 'met',
        note: 'Видяно на място.',
        version: 1,
        updatedBy: 'Админ Сдружение „Договор“',
      },
    });
    expect((second.body as { current: { updatedAt: string } }).current.updatedAt).toMatch(/^\d{4}-/);
    // The colleague keeps theirs, knowingly: the same save with the version they were shown.
    const kept = await call<{ version: number }>(
      'PUT',
      `${url()}/results`,
      { itemId: I1, result: 'not_met', note: 'Липсва.', version: 1 },
      colleague,
    );
    expect(kept.response.statusCode).toBe(200);
    expect(kept.body.version).toBe(2);
    const refused = await call('PUT', `${url()}/results`, {
      itemId: I2,
      result: 'met',
      value: 3,
      version: 0,
    });
    expect(refused.response.statusCode).toBe(400);
  });

  it('makes a measure in the open quality programme from a not-met indicator, shown on the indicator', async () => {
    const missing = await call('POST', `${url()}/items/${encodeURIComponent(I1)}/measure`, {});
    expect(missing.response.statusCode).toBe(409);
    expect(missing.body).toMatchObject({ code: 'programme_missing' });
    const programme = await call<{ id: string }>('POST', `${p()}/programmes`, {
      title: 'Програма за качество',
      serviceId,
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
    });
    const made = await call<{ id: string; programmeId: string; title: string }>(
      'POST',
      `${url()}/items/${encodeURIComponent(I1)}/measure`,
      { dueOn: '2026-06-30' },
    );
    expect(made.response.statusCode).toBe(201);
    expect(made.body).toMatchObject({ programmeId: programme.body.id, title: expect.stringMatching(/\S/) });
    const detail = (await call<Detail>('GET', url())).body;
    expect(indicator(detail, I1)?.actions).toEqual([
      // The measure's programme comes with it, so the page links to the measure itself, not to a list.
      { kind: 'measure', id: made.body.id, title: made.body.title, programmeId: programme.body.id },
    ]);
    await call('PUT', `${url()}/results`, { itemId: I2, result: 'met', version: 0 });
    const fromMet = await call('POST', `${url()}/items/${encodeURIComponent(I2)}/measure`, {});
    expect(fromMet.response.statusCode).toBe(409);
  });

  it('shows the cited document as it was at completion, and the database refuses every later change', async () => {
    const added = await call('POST', `${url()}/evidence`, { itemId: I2, kind: 'document', documentId });
    expect(added.response.statusCode).toBe(201);
    const now = (await call<Detail>('GET', url())).body;
    const done = await call<Detail>('POST', `${url()}/completion`, {
      version: now.version,
      conclusions: 'Добре.',
    });
    expect(done.response.statusCode).toBe(200);
    const document = (await call<{ version: number }>('GET', `${p()}/documents/${documentId}`)).body;
    const renamed = await call('PATCH', `${p()}/documents/${documentId}`, {
      version: document.version,
      title: 'Съвсем друг план',
    });
    expect(renamed.response.statusCode).toBe(200);
    const after = (await call<Detail>('GET', url())).body;
    expect(indicator(after, I2)?.evidence?.[0]?.documentTitle).toBe('План за защита при бедствия');

    // As the application's own role (mera_app), with the tenant set: nothing a completed check says can change.
    await expectUnchangeable(h, ngo.tenantId, check.id, /completed/, [
      `update assessment set conclusions = 'x' where id = $1`,
      `update assessment set title = 'x' where id = $1`,
      `update assessment set started_on = '2000-01-01' where id = $1`,
      `update assessment_result set result = 'met' where assessment_id = $1`,
      `update assessment_evidence set document_title = 'x' where assessment_id = $1`,
      `delete from assessment_evidence where assessment_id = $1`,
    ]);
  });
});

describe('an inspection', () => {
  let url = '';

  it('names every unanswered indicator when signed too early, makes a prescription, and is frozen when signed', async () => {
    const contract = await call<{ id: string }>(
      'POST',
      `${m()}/contracts`,
      {
        providerTenantId: ngo.tenantId,
        serviceId,
        basis: 'Договор № 1',
        startsOn: '2024-01-01',
        endsOn: '2099-12-31',
      },
      municipality.token,
    );
    await call('POST', `${p()}/contracts/${contract.body.id}/decision`, { decision: 'accept' });
    const [kmetUser] = await h.sql<{ id: string }>(
      `select id from app_user where email = 'kmet@dogovor.example'`,
    );
    const ordered = await call<Detail>(
      'POST',
      `${m()}/inspections`,
      {
        kind: 'periodic',
        reason: 'plan',
        orderNumber: 'РД-1',
        orderDate: '2026-05-04',
        startsOn: '2026-05-11',
        endsOn: '2026-05-12',
        place: 'в услугата',
        contractId: contract.body.id,
        inspectors: [{ userId: kmetUser!.id }],
      },
      municipality.token,
    );
    url = `${m()}/inspections/${ordered.body.id}`;
    await call(
      'PUT',
      `${url}/findings`,
      { itemId: I2, result: 'not_met', note: 'Няма план.', version: 0 },
      municipality.token,
    );
    const prescription = await call<{ id: string; text: string; dueOn: string }>(
      'POST',
      `${url}/items/${encodeURIComponent(I2)}/prescription`,
      {},
      municipality.token,
    );
    expect(prescription.response.statusCode).toBe(201);
    expect(prescription.body.text).toMatch(/^Да се осигури изпълнението на индикатор/);
    let detail = (await call<Detail>('GET', url, undefined, municipality.token)).body;
    expect(indicator(detail, I2)?.actions).toEqual([
      { kind: 'prescription', id: prescription.body.id, title: prescription.body.text },
    ]);
    await call(
      'PATCH',
      url,
      { version: detail.version, completedOn: '2026-05-12', facts: 'Проверени са документите.' },
      municipality.token,
    );
    const early = await call('POST', `${url}/signatures`, undefined, municipality.token);
    expect(early.response.statusCode).toBe(422);
    expect(early.body).toMatchObject({
      code: 'checklist_incomplete',
      fields: [{ field: `items.${I1}`, rule: 'unanswered' }],
      missing: [{ itemId: I1 }],
    });
    await call('PUT', `${url}/findings`, { itemId: I1, result: 'met', version: 0 }, municipality.token);
    const signed = await call<Detail>('POST', `${url}/signatures`, undefined, municipality.token);
    expect(signed.body.status).toBe('signed');
    detail = signed.body;

    await expectUnchangeable(h, municipality.id, detail.id, /signed/, [
      `update inspection set signed_at = '2000-01-01' where id = $1`,
      `update inspection set mayor_received_on = '2000-01-01' where id = $1`,
      `update inspection set facts = 'x' where id = $1`,
      `update inspection_finding set result = 'met' where inspection_id = $1`,
      `delete from inspection_prescription where inspection_id = $1`,
    ]);
  });
});
