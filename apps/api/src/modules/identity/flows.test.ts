import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, nextEik, PASSWORD, signUpAndLogIn, type Harness } from '../../testing/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await createHarness({ LOGIN_MAX_FAILURES: '3', LOCKOUT_MINUTES: '15' });
});

afterAll(async () => {
  await h.close();
});

const signup = (eik: string, email: string, password = PASSWORD) =>
  h.call({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: {
      organisation: { legalName: 'Сдружение „Светлина“', eik },
      admin: { displayName: 'Мария', email, password },
    },
  });

describe('sign-up', () => {
  it('refuses an ЕИК with a wrong check digit, naming the field, in Bulgarian, writing nothing', async () => {
    const response = await signup('121212122', 'wrong@eik.example');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: 'body.organisation.eik',
        rule: 'eik_checksum',
        message: expect.stringContaining('ЕИК не е валиден'),
      },
    ]);
    expect(await h.sql(`select 1 from app_user where email = 'wrong@eik.example'`)).toEqual([]);
  });

  it('refuses a weak password with the rule it broke', async () => {
    const response = await signup(nextEik(), 'weak@pw.example', 'short');
    expect(response.json().errors).toEqual([
      { field: 'body.admin.password', rule: 'minLength', message: 'Трябва да съдържа поне 10 знака.' },
    ]);
  });

  it('registers the organisation, verifies the e-mail through the link, and lets the admin in', async () => {
    const eik = nextEik();
    const created = await signup(eik, 'maria@svetlina.example');
    expect(created.statusCode).toBe(201);

    const early = await h.call({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'maria@svetlina.example', password: PASSWORD },
    });
    expect(early.statusCode).toBe(403);
    expect(early.json().code).toBe('email_not_verified');

    const mail = await h.mail.latest('maria@svetlina.example');
    expect(mail.subject).toBe('Мера: потвърдете имейла си');
    const link = new URL(/https?:\/\/\S+/.exec(mail.text)?.[0] ?? '');
    expect(link.origin + link.pathname).toBe('http://web.test/verify-email');
    const token = link.searchParams.get('token') ?? '';
    expect(
      (await h.call({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } })).statusCode,
    ).toBe(204);
    const again = await h.call({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('link_used');

    const login = await h.call({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'Maria@Svetlina.example', password: PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    expect(login.headers['set-cookie']).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^mera_access=.*HttpOnly/),
        expect.stringMatching(/^mera_refresh=.*HttpOnly.*SameSite=Strict/),
      ]),
    );
    const me = await h.call({ method: 'GET', url: '/api/v1/me', token: login.json().accessToken });
    expect(me.json()).toMatchObject({
      email: 'maria@svetlina.example',
      memberships: [{ tenantName: 'Сдружение „Светлина“', tenantKind: 'provider', role: 'admin' }],
    });

    const duplicate = await signup(eik, 'other@svetlina.example');
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({
      code: 'eik_taken',
      errors: [{ field: 'body.organisation.eik', rule: 'unique' }],
    });
  });
});

describe('login', () => {
  it('locks the account after repeated wrong passwords and says when to retry', async () => {
    await signUpAndLogIn(h, 'Сдружение Заключено', 'locked@example.org');
    const attempt = () =>
      h.call({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'locked@example.org', password: 'не-е-тази-парола' },
      });
    expect((await attempt()).statusCode).toBe(401);
    expect((await attempt()).statusCode).toBe(401);
    const locked = await attempt();
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    expect(locked.json()).toMatchObject({
      code: 'account_locked',
      title: 'Твърде много неуспешни опити. Опитайте отново след 900 s.',
    });
    // Even the right password waits for the lock to pass.
    const right = await h.call({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'locked@example.org', password: PASSWORD },
    });
    expect(right.statusCode).toBe(429);
  });
});

describe('sessions', () => {
  it('rotates refresh tokens, and a reused one ends the whole session', async () => {
    const s = await signUpAndLogIn(h, 'Сдружение Сесии', 'sessions@example.org');
    const first = await h.call({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: s.refreshToken },
    });
    expect(first.statusCode).toBe(200);
    const rotated = first.json<{ accessToken: string; refreshToken: string }>();
    expect(rotated.refreshToken).not.toBe(s.refreshToken);

    const replay = await h.call({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: s.refreshToken },
    });
    expect(replay.statusCode).toBe(401);
    const afterTheft = await h.call({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: rotated.refreshToken },
    });
    expect(afterTheft.statusCode).toBe(401);
    const me = await h.call({ method: 'GET', url: '/api/v1/me', token: rotated.accessToken });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('token_expired');
  });

  it('answers an expired access token with 401 token_expired, so the web app can refresh', async () => {
    const s = await signUpAndLogIn(h, 'Сдружение Изтекло', 'expired@example.org');
    const sid = (
      await h.sql<{ family_id: string }>(`select family_id from refresh_token where user_id = $1`, [s.userId])
    )[0]?.family_id;
    const expired = h.app.jwt.sign(
      { sub: s.userId, sid: sid ?? '' },
      { clockTimestamp: Date.now() - 11 * 60_000 },
    );
    const response = await h.call({ method: 'GET', url: '/api/v1/me', token: expired });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('token_expired');
  });

  it('refuses tokens with another algorithm, issuer or audience', async () => {
    const s = await signUpAndLogIn(h, 'Сдружение Токени', 'tokens@example.org');
    const [header = '', payload = ''] = s.token.split('.');
    const decoded = JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>;
    const none = `${Buffer.from(JSON.stringify({ ...decoded, alg: 'none' })).toString('base64url')}.${payload}.`;
    expect((await h.call({ method: 'GET', url: '/api/v1/me', token: none })).statusCode).toBe(401);
    const foreign = h.app.jwt.sign({ sub: s.userId, sid: 'x' }, { iss: 'someone-else' });
    expect((await h.call({ method: 'GET', url: '/api/v1/me', token: foreign })).statusCode).toBe(401);
    expect(decoded).toMatchObject({ alg: 'EdDSA', kid: expect.any(String) });
  });

  it('logs out: the access token stops working at once', async () => {
    const s = await signUpAndLogIn(h, 'Сдружение Изход', 'logout@example.org');
    expect((await h.call({ method: 'POST', url: '/api/v1/auth/logout', token: s.token })).statusCode).toBe(
      204,
    );
    expect((await h.call({ method: 'GET', url: '/api/v1/me', token: s.token })).statusCode).toBe(401);
  });

  it('changes the password only with the current one', async () => {
    const s = await signUpAndLogIn(h, 'Сдружение Парола', 'password@example.org');
    const wrong = await h.call({
      method: 'POST',
      url: '/api/v1/me/password',
      token: s.token,
      headers: { 'accept-language': 'en' },
      payload: { currentPassword: 'not-it-at-all', newPassword: 'Нова-Парола-2027' },
    });
    expect(wrong.json().errors).toEqual([
      { field: 'body.currentPassword', rule: 'wrong_password', message: 'The password is wrong.' },
    ]);
    const ok = await h.call({
      method: 'POST',
      url: '/api/v1/me/password',
      token: s.token,
      payload: { currentPassword: PASSWORD, newPassword: 'Нова-Парола-2027' },
    });
    expect(ok.statusCode).toBe(204);
    const login = await h.call({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'password@example.org', password: 'Нова-Парола-2027' },
    });
    expect(login.statusCode).toBe(200);
  });
});
