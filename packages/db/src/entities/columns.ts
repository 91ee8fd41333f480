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
