const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The origins the app's own forms may come from: `ORIGIN`, and — when that is a loopback address, which only a
 * development machine has — the other names of the same loopback port. `npm start` prints localhost:3000, and people
 * type 127.0.0.1:3000 just as often (issue 14); both are this machine, and no other site can be served from them.
 */
export function ownOrigins(selfOrigin: string): Set<string> {
  const url = new URL(selfOrigin);
  if (!LOOPBACK.includes(url.hostname)) return new Set([url.origin]);
  const port = url.port ? `:${url.port}` : '';
  return new Set(LOOPBACK.map((host) => `${url.protocol}//${host}${port}`));
}

/**
 * Whether a request that changes something came from another site. SvelteKit's own check compares the `Origin`
 * header with an origin fixed at build time (`paths.origin`) or derived by adapter-node, which assumes https
 * without a proxy — so on plain `http://localhost:3000` it refuses the app's own forms. This is the same rule with
 * the origin known at run time (`ORIGIN`), and stricter: every mutating request, whatever its content type, must
 * carry the app's own `Origin` (browsers always send it on POST). See docs/decisions/012-web-session-and-csrf.md.
 */
export function isCrossSiteWrite(request: Request, selfOrigin: string): boolean {
  if (!MUTATING.has(request.method)) return false;
  const origin = request.headers.get('origin');
  return origin === null || !ownOrigins(selfOrigin).has(origin);
}

/**
 * The answer to a refused write, in the form the sender can show: a person's browser (a plain form post) is sent to
 * the app's own page that explains and leads back; a form enhanced by the page's scripts gets an action result that
 * shows the app's error page; anything else a short text.
 */
export function refusal(request: Request, message: string): Response {
  const accept = request.headers.get('accept') ?? '';
  if (request.headers.get('x-sveltekit-action') === 'true') {
    return new Response(JSON.stringify({ type: 'error', error: { message: 'cross_site' } }), {
      status: 403,
      headers: { 'content-type': 'application/json' },
    });
  }
  if (accept.includes('text/html')) {
    const back = new URL(request.url).pathname;
    return new Response(null, {
      status: 303,
      headers: { location: `/refused?${new URLSearchParams({ back }).toString()}` },
    });
  }
  return new Response(message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
