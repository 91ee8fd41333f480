import type { Result } from '#lib/evidence.ts';
import type { Outbox, Pending } from './outbox.ts';

/** What a person answers on one indicator; one save carries both, with the version the answer had. */
export interface Answer {
  result: Result | null;
  note: string;
}

/** The other person's answer, from the 409 `result_conflict` problem's `current`. */
export interface Current {
  result: Result | null;
  note: string | null;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export type SendOutcome =
  | { kind: 'saved'; version: number }
  | { kind: 'conflict'; current: Current; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'offline' };

export type SaveState = 'editing' | 'sending' | 'saved' | 'waiting' | 'conflict' | 'refused';

export interface Entry {
  /** What the person sees and typed — never replaced by a server's answer unless they take the other's. */
  draft: Answer;
  /** The answer the server last confirmed, with its version. */
  confirmed: Answer | null;
  version: number;
  state: SaveState;
  seq: number;
  current?: Current;
  message?: string;
}

const same = (a: Answer | null, b: Answer) => a !== null && a.result === b.result && a.note === b.note;

/**
 * The per-indicator save queue (issue 11, "never a lost answer"). Each indicator has at most one save in flight;
 * whatever the person changes meanwhile stays in the draft and is sent next, with the version the previous save
 * returned — so a save's answer never overwrites what was typed after it was sent. A note waits `debounceMs` while
 * typing; a result goes at once. Every unconfirmed answer is kept in the outbox (IndexedDB) until the server
 * confirmed it, and without a network the outbox is sent in the order the person answered when it is back.
 * A conflict (someone else saved the same indicator) stops that indicator until the person keeps theirs or takes
 * the other's.
 */
export class SaveQueue {
  entries: Record<string, Entry> = $state({});
  // bookkeeping the screen never shows: plain collections, not reactive ones
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #inFlight = new Set<string>();
  #seq = 0;
  #syncing: Promise<void> | null = null;

  readonly send: (itemId: string, answer: Answer, version: number) => Promise<SendOutcome>;
  readonly outbox: Outbox;
  readonly onSettled: () => void;
  readonly debounceMs: number;

  constructor(
    send: (itemId: string, answer: Answer, version: number) => Promise<SendOutcome>,
    outbox: Outbox,
    onSettled: () => void = () => {},
    debounceMs = 700,
  ) {
    this.send = send;
    this.outbox = outbox;
    this.onSettled = onSettled;
    this.debounceMs = debounceMs;
  }

  /** Answers left unsent by an earlier visit (offline, or the tab closed), then sends them. */
  async restore(): Promise<void> {
    const kept = await this.outbox.load();
    for (const [itemId, pending] of [...kept].sort((a, b) => a[1].seq - b[1].seq)) {
      this.#seq = Math.max(this.#seq, pending.seq);
      if (this.entries[itemId]) continue; // answered again before the outbox was read: the newer answer stays
      this.entries[itemId] = {
        draft: { ...pending.answer },
        confirmed: pending.sent ? { ...pending.answer } : null,
        version: pending.version,
        state: pending.sent ? 'saved' : 'waiting',
        seq: pending.seq,
      };
    }
    if ([...kept.values()].some((pending) => !pending.sent)) await this.sync();
  }

  /** The person changed something; `now` sends at once (a chosen result), else after the typing pause. */
  edit(
    itemId: string,
    base: { answer: Answer; version: number },
    patch: Partial<Answer>,
    now: boolean,
  ): void {
    const entry = (this.entries[itemId] ??= {
      draft: { ...base.answer },
      confirmed: { ...base.answer },
      version: base.version,
      state: 'saved',
      seq: 0,
    });
    entry.draft = { ...entry.draft, ...patch };
    entry.seq = ++this.#seq;
    if (entry.state !== 'conflict') entry.state = 'editing';
    void this.#keep(itemId, entry);
    clearTimeout(this.#timers.get(itemId));
    if (entry.state === 'conflict') return;
    if (now) void this.flush(itemId);
    else
      this.#timers.set(
        itemId,
        setTimeout(() => void this.flush(itemId), this.debounceMs),
      );
  }

  /** Sends the indicator's draft unless a save of it is in flight (then that save sends it when it returns). */
  async flush(itemId: string): Promise<void> {
    clearTimeout(this.#timers.get(itemId));
    this.#timers.delete(itemId);
    const entry = this.entries[itemId];
    if (!entry || this.#inFlight.has(itemId) || entry.state === 'conflict') return;
    if (same(entry.confirmed, entry.draft)) {
      entry.state = 'saved';
      await this.#keep(itemId, entry, true);
      return this.#settle();
    }
    const sent = { ...entry.draft };
    this.#inFlight.add(itemId);
    entry.state = 'sending';
    let outcome: SendOutcome;
    try {
      outcome = await this.send(itemId, sent, entry.version);
    } catch {
      outcome = { kind: 'offline' };
    }
    this.#inFlight.delete(itemId);
    if (outcome.kind === 'saved') {
      entry.version = outcome.version;
      entry.confirmed = sent;
      entry.message = undefined;
      if (same(entry.draft, sent)) {
        entry.state = 'saved';
        await this.#keep(itemId, entry, true);
        return this.#settle();
      }
      // typed after the save was sent: the draft stays and goes next, on the new version
      await this.#keep(itemId, entry);
      return this.flush(itemId);
    }
    if (outcome.kind === 'offline') {
      entry.state = 'waiting';
      return;
    }
    entry.message = outcome.message;
    if (outcome.kind === 'conflict') {
      entry.state = 'conflict';
      entry.current = outcome.current;
    } else entry.state = 'refused';
  }

  /** The network is back (or the page opened): the waiting answers go, one after another, in answering order. */
  sync(): Promise<void> {
    this.#syncing ??= (async () => {
      const waiting = Object.entries(this.entries)
        .filter(([, entry]) => entry.state === 'waiting' || entry.state === 'editing')
        .sort((a, b) => a[1].seq - b[1].seq);
      for (const [itemId] of waiting) await this.flush(itemId);
    })().finally(() => {
      this.#syncing = null;
    });
    return this.#syncing;
  }

  /** After a conflict: my answer wins — sent again over the other person's version. */
  keepMine(itemId: string): Promise<void> {
    const entry = this.entries[itemId];
    if (!entry?.current) return Promise.resolve();
    entry.version = entry.current.version;
    entry.confirmed = { result: entry.current.result, note: entry.current.note ?? '' };
    entry.current = undefined;
    entry.state = 'editing';
    return this.flush(itemId);
  }

  /** After a conflict: the other person's answer wins; mine is dropped on purpose. */
  async takeTheirs(itemId: string): Promise<void> {
    const entry = this.entries[itemId];
    if (!entry?.current) return;
    const theirs = { result: entry.current.result, note: entry.current.note ?? '' };
    entry.draft = theirs;
    entry.confirmed = { ...theirs };
    entry.version = entry.current.version;
    entry.current = undefined;
    entry.state = 'saved';
    await this.#keep(itemId, entry, true);
    this.#settle();
  }

  /** How many answers are not yet confirmed by the server. */
  get waiting(): number {
    return Object.values(this.entries).filter((entry) => entry.state !== 'saved').length;
  }

  get idle(): boolean {
    return this.#inFlight.size === 0 && this.#timers.size === 0;
  }

  /**
   * Fresh page data arrived. A confirmed answer the page's data already holds is no longer kept on the device; one
   * somebody changed since shows the server's answer again. The person's own confirmed answer stays on screen as
   * typed (the server trims a note's spaces, and the person may be typing on). Anything unconfirmed stays as is.
   */
  reconcile(versions: Map<string, number>): void {
    for (const [itemId, entry] of Object.entries(this.entries)) {
      const known = versions.get(itemId) ?? 0;
      if (entry.state !== 'saved' || this.#inFlight.has(itemId) || known < entry.version) continue;
      void this.outbox.remove(itemId).catch(() => {});
      if (known > entry.version)
        this.entries = Object.fromEntries(Object.entries(this.entries).filter(([id]) => id !== itemId));
    }
  }

  #keep(itemId: string, entry: Entry, sent = false): Promise<void> {
    const pending: Pending = { answer: entry.draft, version: entry.version, seq: entry.seq, sent };
    return this.outbox.put(itemId, pending).catch(() => {
      // IndexedDB refused (private mode, full disk): the answer still lives in the page and goes when it can
    });
  }

  #settle(): void {
    if (this.idle && this.waiting === 0) this.onSettled();
  }
}
