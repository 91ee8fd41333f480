import { error, type RequestEvent } from '@sveltejs/kit';
import { expectSession } from '#lib/server/guard.ts';

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

/**
 * A document in one of its formats (a `[format]` route): a format the document does not come in is not found;
 * otherwise `file(format)` asks the API for it (as a stream) and the file goes on to the browser.
 */
export async function documentDownload<F extends string>(
  event: Pick<RequestEvent, 'url' | 'locals'> & { params: { format: string } },
  what: string,
  formats: readonly F[],
  file: (format: F) => Promise<{ response: Response }>,
): Promise<Response> {
  const format = formats.find((candidate) => candidate === event.params.format);
  if (!format) error(404, 'format');
  const { response } = await file(format);
  expectSession(event, response);
  return forwardDownload(response, what);
}
