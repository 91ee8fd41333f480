import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { Answer } from './queue.svelte.ts';

/**
 * The answers of a checklist kept in the browser's IndexedDB so that neither a lost network nor a reload nor a
 * closed tab loses them (issue 11: inspectors work in basements and villages). One record per checklist and
 * indicator; `seq` keeps the order in which the person answered, which is the order they are sent in. A record the
 * server confirmed stays (`sent`) until the page's data shows that version: a page reopened offline comes from the
 * service worker's last copy, older than the answers confirmed since.
 */
export interface Pending {
  answer: Answer;
  version: number;
  seq: number;
  sent?: boolean;
}

export interface Outbox {
  load(): Promise<Map<string, Pending>>;
  put(itemId: string, pending: Pending): Promise<void>;
  remove(itemId: string): Promise<void>;
}

let store: UseStore | undefined;

/** The outbox of one checklist (`scope`: its page's path), or one kept in memory where IndexedDB is missing. */
export function browserOutbox(scope: string): Outbox {
  if (typeof indexedDB === 'undefined') return memoryOutbox();
  store ??= createStore('mera-checklist', 'outbox');
  const db = store;
  return {
    async load() {
      const found = new Map<string, Pending>();
      for (const [key, value] of await entries<IDBValidKey, Pending>(db))
        if (Array.isArray(key) && key[0] === scope) found.set(String(key[1]), value);
      return found;
    },
    // a plain copy: the page's reactive state is a Proxy, which IndexedDB cannot clone
    put: (itemId, { answer, version, seq, sent }) =>
      set([scope, itemId], { answer: { result: answer.result, note: answer.note }, version, seq, sent }, db),
    remove: (itemId) => del([scope, itemId], db),
  };
}

export function memoryOutbox(): Outbox {
  const kept = new Map<string, Pending>();
  return {
    load: () => Promise.resolve(new Map(kept)),
    put: (itemId, pending) => Promise.resolve(void kept.set(itemId, pending)),
    remove: (itemId) => Promise.resolve(void kept.delete(itemId)),
  };
}
