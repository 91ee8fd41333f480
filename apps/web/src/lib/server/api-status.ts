import type { ApiClient } from '@mera/api-client';

/** What the web app could learn about the API. Codes only: the page translates them. */
export interface ApiStatus {
  /** `/healthz`: the API process answers. */
  server: 'ok' | 'down';
  /** `/readyz`: database reachable and migrations current; `unknown` when the API did not answer. */
  database: 'ready' | 'not_ready' | 'unknown';
}

export interface ApiMeta {
  name: string;
  version: string;
  environment: string;
}

/** How long the page waits for the API before it says the API is not answering. */
export const API_TIMEOUT_MS = 3_000;

/**
 * Runs one API call with a deadline; `undefined` when it fails or runs out of time. The timer holds the
 * controller, so the abort fires even when nothing else references the request any more.
 */
async function attempt<T>(
  timeoutMs: number,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('API timeout', 'TimeoutError')),
    timeoutMs,
  );
  try {
    return await call(controller.signal);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** Never throws: an API that is down, slow or answering nonsense is a state to show, not a page error. */
export async function readApiStatus(client: ApiClient, timeoutMs = API_TIMEOUT_MS): Promise<ApiStatus> {
  const [health, readiness] = await Promise.all([
    attempt(timeoutMs, (signal) => client.GET('/healthz', { signal })),
    attempt(timeoutMs, (signal) => client.GET('/readyz', { signal })),
  ]);
  const server = health?.data?.status === 'ok' ? 'ok' : 'down';
  let database: ApiStatus['database'] = 'unknown';
  if (readiness?.data?.status === 'ready') database = 'ready';
  else if (readiness?.response.status === 503) database = 'not_ready';
  return { server, database };
}

/** The API's name, version and environment, or `null` when it cannot be had. Never throws. */
export async function readApiMeta(client: ApiClient, timeoutMs = API_TIMEOUT_MS): Promise<ApiMeta | null> {
  const result = await attempt(timeoutMs, (signal) => client.GET('/api/v1/meta', { signal }));
  const data = result?.data;
  if (!data) return null;
  return { name: data.name, version: data.version, environment: data.environment };
}
