import { error } from '@sveltejs/kit';
import { anonymousApi } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

/**
 * A person's iCal feed at the web app's public address (calendar apps subscribe to it without a session): the
 * secret in the URL is the credential, checked by the API.
 */
export const GET: RequestHandler = async ({ params }) => {
  const { response } = await anonymousApi().GET('/api/v1/calendar/{file}', {
    params: { path: { file: params.file } },
    parseAs: 'stream',
  });
  if (!response.ok || !response.body) error(response.status === 400 ? 404 : response.status, 'calendar');
  return new Response(response.body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
};
