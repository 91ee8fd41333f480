// How the API's tests make requests: as one person by default, in Bulgarian, answering the response with its body.
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Harness } from './harness.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A file's `call`: a request in Bulgarian (the first locale, so refusals' texts are the ones people read first), as
 * `defaultToken()`'s person unless another token is given; answers the response and its parsed body. The harness and
 * the token are read when called, since a file's `beforeAll` sets them after the helper is made.
 */
export function jsonCaller(harness: () => Harness, defaultToken: () => string) {
  return <T>(method: Method, url: string, payload?: object, token = defaultToken()) =>
    harness()
      .call({ method, url, token, headers: { 'accept-language': 'bg' }, ...(payload ? { payload } : {}) })
      .then((response) => ({ response, body: response.json<T>() }));
}

/** A file's requests within one organisation (`/api/v1/tenants/:id…`) as its person; read when called, as above. */
export function tenantCaller(harness: () => Harness, person: () => { tenantId: string; token: string }) {
  return (method: Method, url: string, payload?: object) =>
    harness().call({
      method,
      url: `/api/v1/tenants/${person().tenantId}${url}`,
      token: person().token,
      ...(payload ? { payload } : {}),
    });
}

/**
 * The answer refuses the input with `status`, naming first the field and the rule broken (what the form shows beside
 * that field), so a person knows what to change.
 */
export function expectRefused(
  response: LightMyRequestResponse,
  status: number,
  error: { field: string; rule?: string },
): void {
  expect(response.statusCode).toBe(status);
  expect(response.json<{ errors: object[] }>().errors[0]).toMatchObject(error);
}
