import { fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { text } from '#lib/forms.ts';
import { expectSession } from './guard.ts';
import { formProblem } from './problem.ts';

/*
 * The actions of a document page (the provider's analysis or annual report, the municipality's yearly monitoring):
 * the same draft → texts → reassembly → final step, each sent with the version the person read so that a stale
 * page is refused (409) rather than overwriting a colleague's work.
 */

/** What an openapi-fetch call answers: its data, or the API's problem. */
interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The texts a person writes: the title and one text per section of the document. */
export interface DocumentTexts {
  version: number;
  title: string;
  sections: Record<string, string>;
}

const status = (response: Response) => (response.status >= 500 ? 502 : response.status === 409 ? 409 : 400);

/** Saves the title and the section texts (`section.<key>` fields); refused, everything typed comes back. */
export async function saveTexts(
  event: Pick<RequestEvent, 'request' | 'url' | 'locals'>,
  send: (texts: DocumentTexts) => Promise<Answer>,
  back: (done: string) => never,
) {
  const data = await event.request.formData();
  const sections: Record<string, string> = {};
  for (const [name, value] of data.entries())
    if (name.startsWith('section.') && typeof value === 'string') sections[name.slice(8)] = value;
  const title = text(data, 'title');
  const { data: saved, error: problem, response } = await send({ version: version(data), title, sections });
  expectSession(event, response);
  if (!saved)
    // What was typed comes back with the problem: nothing is lost, even on a conflict.
    return fail(status(response), {
      action: 'save',
      values: {
        title,
        ...Object.fromEntries(Object.entries(sections).map(([k, v]) => [`section.${k}`, v])),
      },
      problem: formProblem(problem, m.error_generic()),
    });
  return back('saved');
}

/** A step that takes only the version read (reassembly, submission, approval); `done` names it on the page. */
export async function documentStep(
  event: Pick<RequestEvent, 'request' | 'url' | 'locals'>,
  action: string,
  send: (version: number) => Promise<Answer>,
  back: () => never,
) {
  const data = await event.request.formData();
  const { data: done, error: problem, response } = await send(version(data));
  expectSession(event, response);
  if (!done) return fail(status(response), { action, problem: formProblem(problem, m.error_generic()) });
  return back();
}

const version = (data: FormData) => Number(text(data, 'version'));

type Event = Pick<RequestEvent, 'request' | 'url' | 'locals'>;
/** One of the document's API calls, given the page's event and what the person sent. */
type Send<E, I> = (event: E, input: I) => Promise<Answer>;

/**
 * A document page's actions: `save` (the texts) and one action per step that takes the version read — each step
 * named with what the page says once it is done (`reassemble: ['reassembled', send]`). `back` goes back to the
 * page after a step.
 */
export function documentActions<E extends Event>(
  back: (event: E, done: string) => never,
  save: Send<E, DocumentTexts>,
  steps: Record<string, [done: string, send: Send<E, number>]>,
) {
  return {
    save: (event: E) =>
      saveTexts(
        event,
        (texts) => save(event, texts),
        (done) => back(event, done),
      ),
    ...Object.fromEntries(
      Object.entries(steps).map(([action, [done, send]]) => [
        action,
        (event: E) =>
          documentStep(
            event,
            action,
            (version) => send(event, version),
            () => back(event, done),
          ),
      ]),
    ),
  };
}
