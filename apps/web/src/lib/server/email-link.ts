import { fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text, type FormFailure } from '#lib/forms.ts';
import { formProblem } from './problem.ts';

/**
 * The action of a page that has a link e-mailed (EmailLinkPage.svelte): the API answers the same whether or not
 * the address has an account, so the page never tells which; only a malformed address or too many tries (429)
 * are refused.
 */
export async function emailLinkAction(
  request: Request,
  send: (email: string) => Promise<{ error?: unknown; response: Response }>,
) {
  const data = await request.formData();
  const values = keptValues(data, ['email']);
  const { error, response } = await send(text(data, 'email'));
  if (!response.ok) {
    return fail(response.status === 429 ? 429 : 400, {
      values,
      problem: formProblem(error, m.error_generic()),
    } satisfies FormFailure);
  }
  return { sent: true, values };
}
