import type { RequestEvent } from '@sveltejs/kit';
import { formProblem } from '#lib/server/problem.ts';
import type { FormProblem } from '#lib/forms.ts';

/**
 * Sends a file chosen in a form to the API as its raw bytes (the API decides the type from the content).
 * Returns the stored file's id, or the API's problem with the message put on `field`.
 */
export async function uploadFile(
  event: RequestEvent,
  tenantId: string,
  file: File,
  field: string,
  fallback: string,
): Promise<{ id: string } | { problem: FormProblem; status: number }> {
  const { data, error, response } = await event.locals.api.POST('/api/v1/tenants/{tenantId}/files', {
    params: { path: { tenantId }, query: { name: file.name || 'file' } },
    body: new Uint8Array(await file.arrayBuffer()) as unknown as never,
    bodySerializer: (body: unknown) => body as BodyInit,
    headers: { 'content-type': 'application/octet-stream' },
  });
  if (data) return { id: data.id };
  const problem = formProblem(error, fallback);
  // The API names the body (the bytes) or the name: both are this form's file input.
  const message = problem.fields['body'] ?? problem.fields['query.name'] ?? problem.title;
  problem.fields[field] = message;
  return { problem, status: response.status >= 500 ? 502 : response.status };
}

/** A file input's value, when something was chosen. */
export function chosenFile(data: FormData, name: string): File | null {
  const value = data.get(name);
  return value instanceof File && value.size > 0 ? value : null;
}
