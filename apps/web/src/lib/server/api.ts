import { createApiClient } from '@mera/api-client';
import { API_URL } from '$app/env/private';

/** The typed API client for server-side loads. The browser never talks to the API directly (yet). */
export const api = createApiClient(API_URL);
