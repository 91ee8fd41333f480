const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether a request that changes something came from another site. SvelteKit's own check compares the `Origin`
 * header with an origin fixed at build time (`paths.origin`) or derived by adapter-node, which assumes https
 * without a proxy — so on plain `http://localhost:3000` it refuses the app's own forms. This is the same rule with
 * the origin known at run time (`ORIGIN`), and stricter: every mutating request, whatever its content type, must
 * carry the app's own `Origin` (browsers always send it on POST). See docs/decisions/012-web-session-and-csrf.md.
 */
export function isCrossSiteWrite(request: Request, selfOrigin: string): boolean {
  if (!MUTATING.has(request.method)) return false;
  return request.headers.get('origin') !== selfOrigin;
}
