import { error, isActionFailure, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { FetchResponse, MaybeOptionalInit, paths } from '@mera/api-client';
import { expectSession } from '#lib/server/guard.ts';
import { text, type FormProblem } from '#lib/forms.ts';
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
 * One method of the typed client that answers the body or `F` instead of `{ data, error, response }`. Path, parameters and
 * body are still checked against the API's OpenAPI document.
 */
type Unpacked<M extends Method, F> = <P extends PathOf<M>, I extends MaybeOptionalInit<paths[P], M>>(
  url: P,
  init?: I & Record<string, unknown>,
) => Promise<Body<Answer<M, P, I>> | F>;

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
export function loadApi(event: Event): { GET: Unpacked<'get', never> } {
  const body = ({ data, response }: Raw) => {
    expectSession(event, response);
    if (data === undefined) error(response.status === 404 ? 404 : 502, new URL(response.url).pathname);
    return data;
  };
  return { GET: method(event, 'GET', body) as Unpacked<'get', never> };
}

/** What an action answers when the API refused, for a form that needs more than `refused()` gives. */
type Refusal<F> = (problem: unknown, response: Response) => F | Promise<F>;

/**
 * The API for a form action: each method answers the body (undefined for an empty answer), or the failure that
 * `refused()` builds, with `extra` (which form it was, what was typed) kept for the page; a form whose failure says
 * more passes its own `refusal` instead. A 401 goes to the login page. The action hands a failure straight back:
 * `if (isRefusal(saved)) return saved;`.
 */
export function actionApi<F>(event: Event, refusal: Refusal<F>): ActionMethods<F>;
export function actionApi<X extends object = Record<never, never>>(
  event: Event,
  extra?: X,
): ActionMethods<ActionFailure<X & { problem: FormProblem }>>;
export function actionApi(event: Event, extra?: object | Refusal<unknown>): ActionMethods<unknown> {
  const body = ({ data, error: problem, response }: Raw) => {
    expectSession(event, response);
    if (response.ok) return data;
    return typeof extra === 'function' ? extra(problem, response) : refused(response, problem, extra);
  };
  return {
    POST: method(event, 'POST', body) as ActionMethods<unknown>['POST'],
    PUT: method(event, 'PUT', body) as ActionMethods<unknown>['PUT'],
    PATCH: method(event, 'PATCH', body) as ActionMethods<unknown>['PATCH'],
    DELETE: method(event, 'DELETE', body) as ActionMethods<unknown>['DELETE'],
  };
}

interface ActionMethods<F> {
  POST: Unpacked<'post', F>;
  PUT: Unpacked<'put', F>;
  PATCH: Unpacked<'patch', F>;
  DELETE: Unpacked<'delete', F>;
}

/** Whether an `actionApi` call was refused; SvelteKit's own `isActionFailure` would forget what the failure holds. */
export function isRefusal<T>(answer: T): answer is Extract<T, ActionFailure<unknown>> {
  return isActionFailure(answer);
}

/**
 * The two actions of a list of notes a person reads (deadline notifications, notices): `read` marks the one whose id
 * the form sends as `field`, `readAll` marks them all; a refusal goes back to the page as `actionApi` made it.
 */
export function readActions<E extends { request: Request }, One, All>(
  field: string,
  one: (event: E, id: string) => Promise<One>,
  all: (event: E) => Promise<All>,
) {
  return {
    read: async (event: E) => {
      const id = text(await event.request.formData(), field);
      const answer = await one(event, id);
      return isRefusal(answer) ? answer : { read: id };
    },
    readAll: async (event: E) => {
      const answer = await all(event);
      return isRefusal(answer) ? answer : { readAll: true };
    },
  };
}
