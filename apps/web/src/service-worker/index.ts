import { version } from '$app/env';
import { self } from '$app/service-worker';

/**
 * Mera's service worker (issue 11: inspectors work in basements and villages). It does one thing: a checklist page
 * — a provider's check or an inspection — that was opened once opens again without a network, with the scripts and
 * styles it needs. Answers given offline wait in the page's IndexedDB outbox and are sent by the page itself when
 * the network is back (src/lib/checklist); this worker never replays writes.
 *
 * - a checklist page is fetched from the network first; its last copy is the answer only when there is no network;
 * - the page's own files (`/_app/immutable/…`, content-hashed) are kept when the page is kept and served from the
 *   cache first — they never change under the same name;
 * - nothing else is touched: other pages, downloads and every write go to the network as without a worker.
 * The cache belongs to one version of the app; a new version starts empty and drops the old one.
 */
const CACHE = `mera-checklists-${version}`;
const CHECKLIST = /^\/t\/[^/]+\/(assessments|inspections)\/[0-9a-f-]{36}$/;
const IMMUTABLE = /^\/_app\/immutable\//;

self.addEventListener('install', () => void self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** Keeps a checklist page and every immutable file its HTML names (scripts, styles, fonts). */
async function remember(path: string, response: Response): Promise<void> {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  await cache.put(path, response);
  const files = [
    ...new Set([...html.matchAll(/["'(](\/_app\/immutable\/[^"'()\s]+)/g)].map((m) => m[1] ?? '')),
  ];
  for (const file of files) {
    if (!file || (await cache.match(file))) continue;
    const fetched = await fetch(file).catch(() => null);
    if (fetched?.ok) await cache.put(file, fetched);
  }
}

self.addEventListener('message', (event) => {
  const path = (event.data as { remember?: unknown } | null)?.remember;
  if (typeof path !== 'string' || !CHECKLIST.test(path)) return;
  event.waitUntil(
    fetch(path, { credentials: 'same-origin', headers: { accept: 'text/html' } })
      .then((response) => (response.ok && !response.redirected ? remember(path, response) : undefined))
      .catch(() => undefined),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (IMMUTABLE.test(url.pathname)) {
    event.respondWith(
      caches.match(url.pathname).then(async (kept) => {
        if (kept) return kept;
        const response = await fetch(request);
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(url.pathname, copy)));
        }
        return response;
      }),
    );
    return;
  }

  if (request.mode === 'navigate' && CHECKLIST.test(url.pathname) && !url.search) {
    event.respondWith(
      fetch(request).then(
        (response) => {
          if (response.ok && !response.redirected) event.waitUntil(remember(url.pathname, response.clone()));
          return response;
        },
        async () => (await caches.match(url.pathname)) ?? Response.error(),
      ),
    );
  }
});
