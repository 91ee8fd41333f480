import { countStatements } from '@mera/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationOnFreshApi, type Person } from '../testing/fixtures.ts';
import { signUpAndLogIn, type Harness } from '../testing/harness.ts';

/**
 * One transaction per request (issue 15): the token, the session, the membership and the permission, then the
 * handler's work — `begin`, the entry (`request_entry`: the session variables and the access check in one
 * statement), the work, `commit`. Counted, not timed.
 */
let h: Harness;
let ngo: Person;
beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Една транзакция“', 'admin@edna.example'));
});
afterAll(() => h?.close());

const shape = (statements: string[]) =>
  statements.map((text) => {
    const s = text.trim().toLowerCase();
    if (s === 'begin' || s.startsWith('begin')) return 'begin';
    if (s.startsWith('commit')) return 'commit';
    if (s.startsWith('rollback')) return 'rollback';
    if (s.includes('request_entry')) return 'entry';
    return 'work';
  });

describe('an authenticated read', () => {
  it('is one transaction: begin, the entry (variables and access check), its work, commit', async () => {
    const members = await countStatements(() =>
      h.call({ method: 'GET', url: `/api/v1/tenants/${ngo.tenantId}/members`, token: ngo.token }),
    );
    expect(members.result.statusCode).toBe(200);
    expect(shape(members.statements)).toEqual(['begin', 'entry', 'work', 'commit']);

    const me = await countStatements(() => h.call({ method: 'GET', url: '/api/v1/me', token: ngo.token }));
    expect(me.result.statusCode).toBe(200);
    expect(shape(me.statements)).toEqual(['begin', 'entry', 'work', 'commit']);
  });

  it('refused for want of a membership or permission still ends its transaction', async () => {
    const other = await signUpAndLogIn(h, 'Сдружение „Чужди“', 'admin@chuzhdi.example');
    const refused = await countStatements(() =>
      h.call({ method: 'GET', url: `/api/v1/tenants/${ngo.tenantId}/members`, token: other.token }),
    );
    expect(refused.result.statusCode).toBe(404);
    expect(shape(refused.statements)).toEqual(['begin', 'entry', 'commit']);
  });

  it('sees a logged-out session at once, although its token is cached as verified', async () => {
    const s = await signUpAndLogIn(h, 'Сдружение „Кеш“', 'admin@kesh.example');
    expect((await h.call({ method: 'GET', url: '/api/v1/me', token: s.token })).statusCode).toBe(200);
    expect((await h.call({ method: 'POST', url: '/api/v1/auth/logout', token: s.token })).statusCode).toBe(
      204,
    );
    const after = await h.call({ method: 'GET', url: '/api/v1/me', token: s.token });
    expect(after.statusCode).toBe(401);
    expect(after.json<{ code: string }>().code).toBe('token_expired');
  });

  it('answers 404, not 500, for a tenant id that only looks like one (36 hex digits and dashes)', async () => {
    for (const lookalike of [
      '0123456789abcdef0123456789abcdef----',
      '------------------------------------',
    ]) {
      const response = await h.call({
        method: 'GET',
        url: `/api/v1/tenants/${lookalike}/members`,
        token: ngo.token,
      });
      expect(response.statusCode, lookalike).toBe(404);
    }
  });

  it('sees a removed membership at once', async () => {
    const before = await h.call({ method: 'GET', url: `/api/v1/tenants/${ngo.tenantId}`, token: ngo.token });
    expect(before.statusCode).toBe(200);
    await h.sql(`delete from membership where tenant_id = $1 and user_id = $2`, [ngo.tenantId, ngo.userId]);
    const after = await h.call({ method: 'GET', url: `/api/v1/tenants/${ngo.tenantId}`, token: ngo.token });
    expect(after.statusCode).toBe(404);
  });
});
