// Ways back into an account (issue 14): forgotten password and the verification e-mail sent again; and sign-ups
// that were never confirmed no longer hold an address or ЕИК for ever (issue 12.10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, nextEik, PASSWORD, signUpAndLogIn, type Harness } from '../../testing/harness.ts';

const WEB_TIER_SECRET = 'another-secret-only-the-web-app-and-the-api-know-0123';
const NEW_PASSWORD = 'Съвсем-Нова-Парола-2027';

let h: Harness;

beforeAll(async () => {
  h = await createHarness({ WEB_TIER_SECRET });
});

afterAll(async () => {
  await h.close();
});

/** A call as the web app makes it for one visitor, so each test has its own rate-limit counters. */
const asVisitor = (visitor: string, url: string, payload: Record<string, unknown>) =>
  h.call({
    method: 'POST',
    url,
    headers: { 'x-mera-web': WEB_TIER_SECRET, 'x-mera-client': visitor },
    payload,
  });

const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

/** Does `ask`, then waits for the next e-mail to `email` (mail goes out after the answer): the answer and the link. */
async function linkAfter<T>(email: string, ask: () => Promise<T>): Promise<{ answer: T; link: string }> {
  const count = () => h.mail.messages.filter((m) => m.to === email).length;
  const before = count();
  const answer = await ask();
  await expect.poll(count).toBeGreaterThan(before);
  return { answer, link: await h.mail.link(email) };
}

async function linkCount(email: string, purpose: string): Promise<number> {
  const [row] = await h.sql<{ n: number }>(
    `select count(*)::int as n from email_token t join app_user u on u.id = t.user_id
     where u.email = $1 and t.purpose = $2`,
    [email, purpose],
  );
  return row?.n ?? 0;
}

describe('forgotten password', () => {
  it('answers the same whether or not the address has an account, and e-mails a link only to a real one', async () => {
    await signUpAndLogIn(h, 'Сдружение Забравена', 'forgot@example.org');
    const { answer: known, link } = await linkAfter('forgot@example.org', () =>
      asVisitor('v1', '/api/v1/auth/password-reset', { email: 'Forgot@Example.org' }),
    );
    const unknown = await asVisitor('v1', '/api/v1/auth/password-reset', { email: 'nobody@example.org' });
    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(known.body).toBe(unknown.body);

    const mail = await h.mail.latest('forgot@example.org');
    expect(mail.subject).toBe('Мера: нова парола');
    expect(mail.text).toContain('валидна 60 минути');
    expect(link.startsWith('http://web.test/reset-password?token=')).toBe(true);
    expect(h.mail.messages.some((m) => m.to === 'nobody@example.org')).toBe(false);
  });

  it('sets the new password once, ends every session, and refuses the link again', async () => {
    const s = await signUpAndLogIn(h, 'Сдружение Нова парола', 'reset@example.org');
    const { link } = await linkAfter('reset@example.org', () =>
      asVisitor('v2', '/api/v1/auth/password-reset', { email: 'reset@example.org' }),
    );
    const token = tokenOf(link);

    const weak = await asVisitor('v2', '/api/v1/auth/password-reset/confirm', { token, password: 'кратка' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual([
      { field: 'body.password', rule: 'minLength', message: 'Трябва да съдържа поне 10 знака.' },
    ]);

    const done = await asVisitor('v2', '/api/v1/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(done.statusCode).toBe(204);
    // Whoever was logged in — perhaps with the old password — is out, access and refresh alike.
    expect((await h.call({ method: 'GET', url: '/api/v1/me', token: s.token })).statusCode).toBe(401);
    const refresh = await h.call({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: s.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);

    const reused = await asVisitor('v2', '/api/v1/auth/password-reset/confirm', {
      token,
      password: 'Още-Една-Парола-2028',
    });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().code).toBe('link_used');

    const oldPassword = await asVisitor('v2', '/api/v1/auth/login', {
      email: 'reset@example.org',
      password: PASSWORD,
    });
    expect(oldPassword.statusCode).toBe(401);
    const login = await asVisitor('v2', '/api/v1/auth/login', {
      email: 'reset@example.org',
      password: NEW_PASSWORD,
    });
    expect(login.statusCode).toBe(200);
  });

  it('refuses an expired link and a made-up one', async () => {
    await signUpAndLogIn(h, 'Сдружение Изтекла', 'expired-link@example.org');
    const { link } = await linkAfter('expired-link@example.org', () =>
      asVisitor('v3', '/api/v1/auth/password-reset', { email: 'expired-link@example.org' }),
    );
    const token = tokenOf(link);
    await h.sql(
      `update email_token set expires_at = now() - interval '1 minute'
       where purpose = 'reset_password' and user_id = (select id from app_user where email = $1)`,
      ['expired-link@example.org'],
    );
    const expired = await asVisitor('v3', '/api/v1/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toMatchObject({
      code: 'link_expired',
      title: 'Връзката е изтекла. Поискайте нова.',
    });
    const madeUp = await asVisitor('v3', '/api/v1/auth/password-reset/confirm', {
      token: 'x'.repeat(43),
      password: NEW_PASSWORD,
    });
    expect(madeUp.json().code).toBe('link_invalid');
    const login = await asVisitor('v3', '/api/v1/auth/login', {
      email: 'expired-link@example.org',
      password: PASSWORD,
    });
    expect(login.statusCode).toBe(200);
  });

  it('sends at most three links an hour to one account, and five requests per visitor', async () => {
    await signUpAndLogIn(h, 'Сдружение Много писма', 'many@example.org');
    for (const visitor of ['a', 'b', 'c', 'd', 'e'])
      expect(
        (await asVisitor(visitor, '/api/v1/auth/password-reset', { email: 'many@example.org' })).statusCode,
      ).toBe(202);
    expect(await linkCount('many@example.org', 'reset_password')).toBe(3);

    for (let i = 0; i < 5; i++)
      await asVisitor('busy', '/api/v1/auth/password-reset', { email: `x${i}@example.org` });
    const limited = await asVisitor('busy', '/api/v1/auth/password-reset', { email: 'x@example.org' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');
  });
});

describe('verification e-mail sent again', () => {
  const signup = (email: string, eik: string, name = 'Сдружение „Отново“') =>
    h.call({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: {
        organisation: { legalName: name, eik },
        admin: { displayName: 'Мария', email, password: PASSWORD },
      },
    });

  it('sends a new working link to an unconfirmed address only', async () => {
    expect((await signup('again@example.org', nextEik())).statusCode).toBe(201);
    const first = await h.mail.link('again@example.org');
    const { answer: resent, link: second } = await linkAfter('again@example.org', () =>
      asVisitor('r1', '/api/v1/auth/verify-email/resend', { email: 'again@example.org' }),
    );
    expect(resent.statusCode).toBe(202);
    expect(second).not.toBe(first);
    const verified = await h.call({
      method: 'POST',
      url: '/api/v1/auth/verify-email',
      payload: { token: tokenOf(second) },
    });
    expect(verified.statusCode).toBe(204);

    // Confirmed now: asking again sends nothing, and answers the same.
    const after = await asVisitor('r1', '/api/v1/auth/verify-email/resend', { email: 'again@example.org' });
    expect(after.statusCode).toBe(202);
    expect(await linkCount('again@example.org', 'verify_email')).toBe(2);
    const unknown = await asVisitor('r1', '/api/v1/auth/verify-email/resend', {
      email: 'nobody@example.org',
    });
    expect(unknown.statusCode).toBe(202);
  });

  it('lets a new sign-up take an address and ЕИК whose sign-up was never confirmed for a day', async () => {
    const eik = nextEik();
    const { answer: first, link: oldLink } = await linkAfter('late@example.org', () =>
      signup('late@example.org', eik, 'Сдружение „Първи опит“'),
    );
    // Within the day the address is still held: the person may yet open the link.
    expect((await signup('late@example.org', eik)).json().code).toBe('email_taken');

    await h.sql(
      `update app_user set created_at = now() - interval '25 hours' where email = 'late@example.org'`,
    );
    const { answer: again, link: newLink } = await linkAfter('late@example.org', () =>
      signup('late@example.org', eik, 'Сдружение „Втори опит“'),
    );
    expect(again.statusCode).toBe(201);
    // The same organisation (nobody had ever logged into it), now with the new details and admin.
    expect(again.json().tenantId).toBe(first.json().tenantId);
    const stale = await h.call({
      method: 'POST',
      url: '/api/v1/auth/verify-email',
      payload: { token: tokenOf(oldLink) },
    });
    expect(stale.json().code).toBe('link_invalid');

    const token = tokenOf(newLink);
    expect(
      (await h.call({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } })).statusCode,
    ).toBe(204);
    const login = await asVisitor('late', '/api/v1/auth/login', {
      email: 'late@example.org',
      password: PASSWORD,
    });
    const me = await h.call({ method: 'GET', url: '/api/v1/me', token: login.json().accessToken });
    expect(me.json().memberships).toEqual([
      expect.objectContaining({ tenantName: 'Сдружение „Втори опит“', role: 'admin' }),
    ]);
  });

  it('never hands over a confirmed account or its organisation, however old', async () => {
    const owner = await signUpAndLogIn(h, 'Сдружение Потвърдено', 'confirmed@example.org');
    await h.sql(`update app_user set created_at = now() - interval '400 days' where id = $1`, [owner.userId]);
    const taken = await signup('confirmed@example.org', nextEik());
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('email_taken');
    const [tenant] = await h.sql<{ eik: string }>(`select eik from tenant where id = $1`, [owner.tenantId]);
    const eikTaken = await signup('intruder@example.org', tenant?.eik ?? '');
    expect(eikTaken.statusCode).toBe(409);
    expect(eikTaken.json().code).toBe('eik_taken');
  });
});
