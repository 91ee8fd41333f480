import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './generated/schema.ts';

export type { components, operations, paths } from './generated/schema.ts';
/** The client's own request and answer types, for wrappers that keep its checks (apps/web lib/server/call.ts). */
export type { FetchResponse, MaybeOptionalInit } from 'openapi-fetch';

/** The API's error shape (RFC 9457 problem details with a stable `code`). */
export type Problem = components['schemas']['Problem'];

export type ApiClient = Client<paths>;

/**
 * A typed client for Mera's API. Paths, parameters, bodies and responses are checked against the API's
 * OpenAPI document at compile time.
 */
export function createApiClient(baseUrl: string, options: Omit<ClientOptions, 'baseUrl'> = {}): ApiClient {
  return createClient<paths>({ ...options, baseUrl });
}
