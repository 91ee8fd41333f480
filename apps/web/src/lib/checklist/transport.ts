import { m } from '#lib/paraglide/messages.js';
import type { Answer, Current, SendOutcome } from './queue.svelte.ts';

/**
 * Sends one indicator's answer to the checklist's `answers` endpoint of the web app (never to the API directly:
 * the session stays in its http-only cookies). No network, or the web app or API away, is "waiting", not an error:
 * the answer stays in the outbox and goes again when the network is back.
 */
export function answerSender(url: string) {
  return async (itemId: string, answer: Answer, version: number): Promise<SendOutcome> => {
    // the browser knows it has no network: wait for its `online` event rather than try (a request a service worker
    // passes on could otherwise leave by another way than the page's)
    if (!navigator.onLine) return { kind: 'offline' };
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ itemId, result: answer.result, note: answer.note, version }),
      });
    } catch {
      return { kind: 'offline' };
    }
    if (response.status >= 502 || response.status === 0) return { kind: 'offline' };
    const body = (await response.json().catch(() => ({}))) as {
      version?: number;
      title?: string;
      code?: string;
      current?: Current;
    };
    if (response.ok) return { kind: 'saved', version: body.version ?? version + 1 };
    const message = body.title ?? m.error_generic();
    if (response.status === 409 && body.current) return { kind: 'conflict', current: body.current, message };
    return { kind: 'refused', message };
  };
}
