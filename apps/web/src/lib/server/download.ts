import { error } from '@sveltejs/kit';

/** A file from the API passed on to the browser as a private download, with the API's type and file name. */
export function forwardDownload(response: Response, what: string): Response {
  if (!response.ok || !response.body) error(response.status === 404 ? 404 : 502, what);
  return new Response(response.body, {
    headers: {
      'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
      'content-disposition': response.headers.get('content-disposition') ?? 'attachment',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
}
