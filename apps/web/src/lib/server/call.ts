import { error, isActionFailure, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { FetchResponse, MaybeOptionalInit, paths } from '@mera/api-client';
import { expectSession } from '#lib/server/guard.ts';
import type { FormProblem } from '#lib/forms.ts';
import { refused } from '#lib/server/problem.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** The API's paths that answer this method. */
type PathOf<M extends Method> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[keyof paths];
type Answer<M extends Method, P extends PathOf<M>, I> = paths[P][M] extends infer O extends Record<
  string | number,
  unknown
>
  ? FetchResponse<O, I, `${string}/${string}`>
  : never;
/** The body of a successful answer. */
type Body<A> = A extends { data?: infer T } ? Exclude<T, undefined> : never;
/**
 * One method of the typed client that answers `R` instead of `{ data, error, response }`. Path, parameters and
 * body are still checked against the API's OpenAPI document.
 */
type Unpacked<M extends Method, R, X extends object = object> = <
  P extends PathOf<M>,
  I extends MaybeOptionalInit<paths[P], M>,
>(
  url: P,
  init?: I & Record<string, unknown>,
) => Promise<
  R extends 'body'
    ? Body<Answer<M, P, I>>
    : Body<Answer<M, P, I>> | ActionFailure<X & { problem: FormProblem }>
>;

interface Raw {
  data?: unknown;
  error?: unknown;
  response: Response;
}
type Event = Pick<RequestEvent, 'url' | 'locals'>;

function method(event: Event, name: Uppercase<Method>, outcome: (answer: Raw) => unknown) {
  const call = event.locals.api[name] as unknown as (url: string, init?: object) => Promise<Raw>;
  return async (url: string, init?: object) => outcome(await call(url, init));
}

/**
 * The API for a page's `load`: `await loadApi(event).GET(path, init)` answers the body, or ends the request as a
 * page must — a 401 goes to the login page (`expectSession`), a 404 stays a 404 (not found, or another tenant's:
 * the API never says which), anything else is the API failing: a bad gateway.
 */
export function loadApi(event: Event): { GET: Unpacked<'get', 'body'> } {
  const body = ({ data, response }: Raw) => {
    expectSession(event, response);
    if (data === undefined) error(response.status === 404 ? 404 : 502, new URL(response.url).pathname);
    return data;
  };
  return { GET: method(event, 'GET', body) as Unpacked<'get', 'body'> };
}

/**
 * The API for a form action: each method answers the body (undefined for an empty answer), or the failure that
 * `refused()` builds, with `extra` (which form it was, what was typed) kept for the page; a 401 goes to the login
 * page. The action hands a failure straight back: `if (isRefusal(saved)) return saved;`.
 */
export function actionApi<X extends object = Record<never, never>>(event: Event, extra?: X) {
  const body = ({ data, error: problem, response }: Raw) => {
    expectSession(event, response);
    return response.ok ? data : refused(response, problem, extra);
  };
  return {
    POST: method(event, 'POST', body) as Unpacked<'post', 'failure', X>,
    PUT: method(event, 'PUT', body) as Unpacked<'put', 'failure', X>,
    PATCH: method(event, 'PATCH', body) as Unpacked<'patch', 'failure', X>,
    DELETE: method(event, 'DELETE', body) as Unpacked<'delete', 'failure', X>,
  };
}

/** Whether an `actionApi` call was refused; SvelteKit's own `isActionFailure` would forget what the failure holds. */
export function isRefusal<T>(answer: T): answer is Extract<T, ActionFailure<unknown>> {
  return isActionFailure(answer);
}
