import { sql } from '@mera/db';

/**
 * The calendar day in Sofia of a timestamp column: a record made at 23:30 UTC on 6 December belongs to 7 December in
 * Bulgaria. A PostgreSQL `date`, read back as its `YYYY-MM-DD` text like every date column (see `AsReturned` in
 * @mera/db's kysely.ts). PostgreSQL's `at time zone` has no Kysely builder.
 */
export const sofiaDayOf = (column: string) =>
  sql<string>`(${sql.ref(column)} at time zone 'Europe/Sofia')::date`;
