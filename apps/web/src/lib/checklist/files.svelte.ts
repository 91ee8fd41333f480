import type { SubmitFunction } from '$app/forms';
import { page } from '$app/state';
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';

/**
 * Photos and files attached to an indicator without a network (issue 11: an inspector in a basement takes the
 * photo now, not later). The file waits in the browser's IndexedDB — a database of its own, beside the answers'
 * outbox — and is posted to the page's own `upload` form action, in the order taken, when the network is back.
 */
export interface WaitingFile {
  id: string;
  itemId: string;
  file: Blob;
  name: string;
  description: string;
  at: number;
}

let store: UseStore | undefined;
const db = () => (store ??= createStore('mera-checklist-files', 'files'));

/** The files waiting per indicator of the checklist on screen (names only), for the page to show. */
export const waiting: { files: { id: string; itemId: string; name: string }[]; refused: string[] } = $state({
  files: [],
  refused: [],
});

async function load(scope: string): Promise<WaitingFile[]> {
  if (typeof indexedDB === 'undefined') return [];
  const found: WaitingFile[] = [];
  for (const [key, value] of await entries<IDBValidKey, WaitingFile>(db()))
    if (Array.isArray(key) && key[0] === scope) found.push(value);
  return found.sort((a, b) => a.at - b.at);
}

export async function showWaiting(scope: string): Promise<void> {
  waiting.files = (await load(scope)).map(({ id, itemId, name }) => ({ id, itemId, name }));
}

/** Keeps a file the form could not send. */
export async function keepFile(scope: string, form: FormData): Promise<boolean> {
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return false;
  const kept: WaitingFile = {
    id: crypto.randomUUID(),
    itemId: String(form.get('itemId') ?? ''),
    file: new Blob([await file.arrayBuffer()], { type: file.type }),
    name: file.name,
    description: String(form.get('description') ?? ''),
    at: Date.now(),
  };
  await set([scope, kept.id], kept, db());
  await showWaiting(scope);
  return true;
}

/** Sends the waiting files in order; stops at the first that cannot go yet. True when any was sent. */
export async function sendFiles(scope: string): Promise<boolean> {
  let sent = false;
  for (const kept of navigator.onLine ? await load(scope) : []) {
    const body = new FormData();
    body.set('itemId', kept.itemId);
    body.set('file', new File([kept.file], kept.name, { type: kept.file.type }));
    if (kept.description) body.set('description', kept.description);
    const response = await fetch(`${scope}?/upload`, {
      method: 'POST',
      body,
      headers: { 'x-sveltekit-action': 'true', accept: 'application/json' },
    }).catch(() => null);
    if (!response || response.status >= 502) break;
    const result = (await response.json().catch(() => ({}))) as { type?: string };
    // refused for good (e.g. a type the server does not take): named on the page, as the form would have done
    if (result.type !== 'success' && result.type !== 'redirect') waiting.refused.push(kept.name);
    await del([scope, kept.id], db());
    sent = true;
  }
  await showWaiting(scope);
  return sent;
}

/** A form that removes something: the page reloads its data and the form is cleared. */
export const resetAfter: SubmitFunction =
  () =>
  async ({ update }) =>
    update({ reset: true });

/**
 * An upload form on a checklist: without a network the file waits on the device and goes when the network is back
 * (Checklist sends it); a failed post keeps it the same way.
 */
export const uploadOrKeep: SubmitFunction = ({ formData, cancel }) => {
  const scope = page.url.pathname;
  if (!navigator.onLine) {
    cancel();
    void keepFile(scope, formData);
    return;
  }
  return async ({ result, update }) => {
    if (result.type === 'error' && (await keepFile(scope, formData))) return;
    await update({ reset: true });
  };
};
