import { createHash } from 'node:crypto';
import { createApiClient, type ApiClient } from '@mera/api-client';
import { API_URL } from '$app/env/private';
import { isLocale, type Locale } from '#lib/paraglide/runtime.js';

/** The public survey page's language: `?lang=` (no cookie is set for an anonymous visitor), Bulgarian by default. */
export function surveyLocale(url: URL): Locale {
  const asked = url.searchParams.get('lang');
  return asked && isLocale(asked) ? asked : 'bg';
}

/**
 * A client for the public survey routes on behalf of an anonymous visitor: their language, and — for the API's
 * in-memory rate limiter only — a hash of their address (`x-mera-client`), never the address itself. No session.
 */
export function publicSurveyApi(locale: Locale, address: string): ApiClient {
  const client = createHash('sha256').update(address).digest('base64url');
  return createApiClient(API_URL, {
    fetch: (request: Request) => {
      const headers = new Headers(request.headers);
      headers.set('accept-language', locale);
      headers.set('x-mera-client', client);
      return fetch(new Request(request, { headers }));
    },
  });
}
