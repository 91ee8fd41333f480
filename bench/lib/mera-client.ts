import { scrypt } from 'node:crypto';

/** The password every benchmark person has (the benchmark data is throw-away and local). */
export const BENCH_PASSWORD = 'Бенчмарк-Парола-2026';

/**
 * A password hash in Mera's own format (`scrypt$N$r$p$salt$key`, apps/api/src/modules/identity/password.ts) with a
 * low cost, so the seed can create thousands of people with one hash and logging in stays cheap.
 */
export async function benchPasswordHash(): Promise<string> {
  const N = 2 ** 12;
  const salt = Buffer.from('mera-bench-salt!');
  const key = await new Promise<Buffer>((resolve, reject) =>
    scrypt(BENCH_PASSWORD.normalize('NFC'), salt, 32, { N, r: 8, p: 1 }, (error, derived) =>
      error ? reject(error) : resolve(derived),
    ),
  );
  return ['scrypt', N, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Logs in through Mera's own endpoint: the token is exactly what a browser would hold. */
export async function logIn(apiUrl: string, email: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login of ${email} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function getOk(url: string, token: string): Promise<void> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.arrayBuffer();
  if (!response.ok)
    throw new Error(
      `${url} answered ${response.status}: ${Buffer.from(body).toString('utf8').slice(0, 300)}`,
    );
}
