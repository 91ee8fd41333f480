/**
 * Access tokens already verified (signature, key id, issuer, audience), kept until they expire — the EdDSA
 * verification is a good part of a small read's CPU (issue 15). Only the *token* is cached: whether its session is
 * still alive and what the person may do in a tenant are checked in the database on every request, so logging out,
 * a stolen-token detection or a removed membership still take effect on the very next request.
 *
 * Bounded: past `limit` entries the oldest goes first (a Map keeps insertion order). Only tokens that verified are
 * ever added, so garbage cannot fill it.
 */
export class VerifiedTokens<C = { sub: string; sid: string }> {
  private readonly entries = new Map<string, { claims: C; expiresAt: number }>();
  private readonly limit: number;
  private readonly now: () => number;

  constructor(limit = 10_000, now: () => number = Date.now) {
    this.limit = limit;
    this.now = now;
  }

  /** The claims of a token verified before and not yet expired. */
  get(token: string): C | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.claims;
  }

  /** `exp` as in the token: seconds since the epoch. */
  remember(token: string, claims: C, exp: number): void {
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, { claims, expiresAt: exp * 1000 });
  }

  /** Explicit invalidation, e.g. when the verifying keys change. */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
