// Issue 12, items 3, 5 and 9 (JWT): what an attack on the login found — parallel guesses slipping past the
// lockout, one rate limit shared by every person logging in through the web app, tokens without `exp`.
import { sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, PASSWORD, signUpAndLogIn, type Harness } from '../../testing/harness.ts';

const WEB_TIER_SECRET = 'a-secret-only-the-web-app-and-the-api-know-0123456789';

let h: Harness;

beforeAll(async () => {
  h = await createHarness({ LOGIN_MAX_FAILURES: '5', LOCKOUT_MINUTES: '15', WEB_TIER_SECRET });
});

afterAll(async () => {
  await h.close();
});

/** A login as the web app sends it on behalf of one visitor (`visitor`: the hash it sends of their address). */
const webLogin = (visitor: string, email: string, password: string, secret = WEB_TIER_SECRET) =>
  h.call({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'x-mera-web': secret, 'x-mera-client': visitor },
    payload: { email, password },
  });

describe('lockout under parallel guesses', () => {
  it('counts ten concurrent wrong passwords, so the right one afterwards meets the lock', async () => {
    const { userId } = await signUpAndLogIn(h, 'Сдружение Паралел', 'parallel@example.org');
    const guesses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => webLogin('guesser', 'parallel@example.org', `грешна-парола-${i}`)),
    );
    expect(guesses.map((r) => r.statusCode).sort()).toEqual([
      ...Array<number>(4).fill(401),
      ...Array<number>(6).fill(429),
    ]);
    const [row] = await h.sql<{ locked: boolean }>(
      `select locked_until > now() as locked from app_user where id = $1`,
      [userId],
    );
    expect(row?.locked).toBe(true);
    const right = await webLogin('owner', 'parallel@example.org', PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('account_locked');
  });
});

describe('access tokens', () => {
  it('refuses a token signed with the server key but without `exp`', async () => {
    const s = await signUpAndLogIn(h, 'Сдружение Безсрочно', 'forever@example.org');
    const [, payload = ''] = s.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const unsigned = (body: Record<string, unknown>) =>
      [{ alg: 'EdDSA', typ: 'JWT', kid: h.app.keys.current.kid }, body]
        .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
        .join('.');
    const signed = (body: Record<string, unknown>) => {
      const data = unsigned(body);
      const signature = sign(null, Buffer.from(data), h.app.keys.current.privatePem);
      return `${data}.${signature.toString('base64url')}`;
    };
    // The same claims, re-signed: accepted — so the refusal below is about `exp` alone.
    const me = await h.call({ method: 'GET', url: '/api/v1/me', token: signed(claims) });
    expect(me.statusCode).toBe(200);
    const { exp: _exp, ...forever } = claims;
    const refused = await h.call({ method: 'GET', url: '/api/v1/me', token: signed(forever) });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('unauthenticated');
  });
});

describe('rate limit per visitor', () => {
  it("one stranger's failed logins do not block another visitor of the web app", async () => {
    await signUpAndLogIn(h, 'Сдружение Посетител', 'visitor@example.org');
    await signUpAndLogIn(h, 'Сдружение Мишена', 'target@example.org');
    // The stranger's guesses lock the account they aim at after five (per account), and are all counted (per visitor).
    for (let i = 0; i < 20; i++)
      expect((await webLogin('stranger', 'target@example.org', 'не-е-тази-парола')).statusCode).toBeOneOf([
        401, 429,
      ]);
    const limited = await webLogin('stranger', 'target@example.org', 'не-е-тази-парола');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');

    const other = await webLogin('another-visitor', 'visitor@example.org', PASSWORD);
    expect(other.statusCode).toBe(200);
  });

  it('believes the visitor header only with the web tier secret: a forged one is counted by address', async () => {
    const forged = (i: number) => webLogin(`forged-${i}`, 'target@example.org', 'не-е-тази-парола', 'guess');
    // Earlier calls of this file without the secret came from the same address and count too.
    let answer = await forged(0);
    for (let i = 1; i < 25 && answer.json().code !== 'rate_limited'; i++) answer = await forged(i);
    expect(answer.statusCode).toBe(429);
    expect(answer.json().code).toBe('rate_limited');
    // …while the web app's visitors are still counted one by one.
    expect((await webLogin('yet-another-visitor', 'visitor@example.org', PASSWORD)).statusCode).toBe(200);
  });
});
