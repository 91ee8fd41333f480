import { p } from '@mikro-orm/core';
import { uuidv7 } from 'uuidv7';

/**
 * The columns most tables share, as property builders the entities spread in. Each is a function, so every entity
 * gets builders of its own; the names say what the columns mean, the migrations stay the source of the tables.
 */

/** A new row's id: a UUIDv7, made by the application (time-ordered, so recent rows sit together in the index). */
export const newId = () =>
  p
    .uuid()
    .primary()
    .onCreate(() => uuidv7());

/** The key of a tenant's record: tenant first, so row-level security and the tenant's queries use the key's prefix. */
export const tenantKey = () => ({ tenantId: p.uuid().primary(), id: newId() });

/** When the row was written (the database's clock in SQL inserts, the application's through the ORM). */
export const createdNow = () => p.datetime().onCreate(() => new Date());

/** Who wrote the row (null: a system job or a person since erased) and when. */
export const authored = () => ({ createdBy: p.uuid().nullable(), createdAt: createdNow() });

/** A record people edit: when it last changed and the version two editors' saves are checked against. */
export const versioned = () => ({
  updatedAt: p
    .datetime()
    .onCreate(() => new Date())
    .onUpdate(() => new Date()),
  version: p.integer().version(),
});

/** A record the checklist engine edits in SQL: its guards bump the version themselves (see the migrations). */
export const sqlVersioned = () => ({ updatedAt: createdNow(), version: p.integer().default(1) });

/** A column that takes one of a closed list of values (the migration's check constraint), typed as that list. */
export const oneOf = <const T extends readonly string[]>(values: T) =>
  p.enum(() => [...values]).$type<T[number]>();

const stepAt = () => p.datetime().nullable();
const stepBy = () => p.uuid().nullable();

/**
 * A step a person takes on a record (submitted, approved, decided, completed, accepted): when — null until it is
 * taken — and who (null also for a person since erased).
 */
export const step = <const Step extends string>(name: Step) =>
  ({ [`${name}At`]: stepAt(), [`${name}By`]: stepBy() }) as Record<`${Step}At`, ReturnType<typeof stepAt>> &
    Record<`${Step}By`, ReturnType<typeof stepBy>>;

/** The period a record covers, first and last day (the migration checks that the end is not before the start). */
export const period = () => ({ periodStart: p.date(), periodEnd: p.date() });

/**
 * A report assembled from the period's records: its title, the figures as assembled (`data`, a snapshot a later
 * change of a record does not rewrite), the texts people write (`sections`), and its status from 'draft' on.
 */
export const assembled = <const T extends readonly ['draft', ...string[]]>(statuses: T) => ({
  title: p.text(),
  data: p.json<unknown>(),
  sections: p.json<Record<string, string>>().defaultRaw(`'{}'::jsonb`),
  status: oneOf(statuses).default('draft'),
  assembledAt: p.datetime().defaultRaw(`now()`),
});

/** The days something runs, first and last (a contract, a proposed one, a mentoring, an inspection on site). */
export const term = () => ({ startsOn: p.date(), endsOn: p.date() });

/**
 * A secret sent to one person (a login's refresh token, an e-mailed link), kept only as its SHA-256 hash: when it
 * was made, until when it is good, and when it was used (it is good once).
 */
export const secret = () => ({
  tokenHash: p.text().unique(),
  createdAt: createdNow(),
  expiresAt: p.datetime(),
  usedAt: p.datetime().nullable(),
});
