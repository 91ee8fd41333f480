import type { FastifyInstance } from 'fastify';

/** One call of the API's public HTTP surface, as a logged-in person. */
export type Call = <T = Record<string, unknown>>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  headers?: Record<string, string>,
) => Promise<T>;

/**
 * The demo writes its history the way a person would: through the API's own routes (`inject`, no socket), so it
 * keeps working when a module's tables change underneath (issue 11's checklist engine, issue 15's request pipeline).
 * Anything the API refuses stops the seed with the route and the answer (and the command says to reset the demo).
 */
function caller(app: FastifyInstance, token: string | null): Call {
  return async (method, url, payload, headers = {}) => {
    const response = await app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(payload ? { payload } : {}),
    });
    if (response.statusCode >= 300)
      throw new Error(`demo seed: ${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return (response.statusCode === 204 ? null : response.json()) as never;
  };
}

/** Logs a demo person in through `POST /auth/login` and returns their caller. */
export async function logIn(app: FastifyInstance, email: string, password: string): Promise<Call> {
  const session = await caller(app, null)<{ accessToken: string }>('POST', '/auth/login', {
    email,
    password,
  });
  return caller(app, session.accessToken);
}

/** Anonymous calls (a survey's public link). */
export const anonymous = (app: FastifyInstance): Call => caller(app, null);

/** A small deterministic generator (mulberry32): the same demo on every fresh start, no Math.random. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CatalogueNode {
  id: string;
  kind: 'section' | 'standard' | 'criterion' | 'indicator';
  children: CatalogueNode[];
}

/** A catalogue tree's criteria that hold indicators, each with its indicators' ids, in the Ordinance's order. */
export function criteriaOf(nodes: CatalogueNode[]): { id: string; indicators: string[] }[] {
  return nodes
    .flatMap((node) =>
      node.kind === 'criterion'
        ? [{ id: node.id, indicators: node.children.filter((c) => c.kind === 'indicator').map((c) => c.id) }]
        : criteriaOf(node.children),
    )
    .filter((c) => c.indicators.length > 0);
}

/**
 * Runs `work` over `items`, a few at a time: the seed runs on every fresh `npm start`, and independent saves (one
 * check's indicators, a year's meetings) need not wait for each other. The order of the work's inputs stays fixed.
 */
export async function inParallel<T>(
  items: T[],
  work: (item: T) => Promise<unknown>,
  width = 4,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}
