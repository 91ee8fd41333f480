/**
 * Calendar dates in Bulgaria, for the API and the web app alike. A due date, a meeting's day or a check's day is a
 * day in Bulgaria, not an instant: it is kept as `YYYY-MM-DD` and counted in whole calendar days with Temporal's
 * `PlainDate`, so a daylight-saving change (the last Sunday of March and of October, when a Sofia day lasts 23 or
 * 25 hours) never shifts a deadline. The only place a time zone enters is turning "now" into today's date in
 * Europe/Sofia. Nothing here computes "today" in UTC: at 00:30 in Sofia it is already tomorrow there.
 * See docs/decisions/050-deadline-dates-and-ical.md and 052-calendar-on-temporal.md.
 */
import { Temporal } from 'temporal-polyfill';

export const ZONE = 'Europe/Sofia';

const plain = (date: string) => Temporal.PlainDate.from(date);

/** The date in Sofia at an instant, `YYYY-MM-DD`. */
export function sofiaDate(instant: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(ZONE)
    .toPlainDate()
    .toString();
}

/** Today in Bulgaria: a meeting at 23:30 in Sofia is on that day, whatever the server's or browser's zone. */
export function today(now: Date = new Date()): string {
  return sofiaDate(now);
}

/** This year in Bulgaria (on 31 December at 23:30 in Sofia it is still that year, on 1 January at 00:30 the next). */
export function thisYear(now: Date = new Date()): number {
  return yearOf(today(now));
}

/**
 * A date column as `YYYY-MM-DD`, whether the driver gave a string or a Date. The database driver turns a `date`
 * into midnight UTC (the servers run in UTC), so the UTC day is the stored day.
 */
export function isoDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

/** A real calendar date written `YYYY-MM-DD` (no 30 February, no 2026-13-01). */
export function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: string, days: number): string {
  return plain(date).add({ days }).toString();
}

/** The same day `months` later, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(date: string, months: number): string {
  return plain(date).add({ months }).toString();
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  return plain(date).add({ years }).toString();
}

/**
 * The last day of a period of `years` years counted from `start` (its first day): the day before the anniversary,
 * or — when the anniversary does not exist (a period from 29 February ending in a common year) — the last day of
 * that month, as the Obligations and Contracts Act (art. 72(2)) counts a term in years. A year from 29.02.2024
 * ends on 28.02.2025; a year from 01.03.2023 on 29.02.2024.
 */
export function endOfYearsFrom(start: string, years: number): string {
  const from = plain(start);
  try {
    return from.add({ years }, { overflow: 'reject' }).subtract({ days: 1 }).toString();
  } catch {
    return from.add({ years }).toString();
  }
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return plain(from).until(plain(to), { largestUnit: 'days' }).days;
}

/** The last day of a month (1–12) of a year. */
export function lastDayOfMonth(year: number, month: number): string {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  return first.with({ day: first.daysInMonth }).toString();
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface CalendarQuarter {
  year: number;
  quarter: number;
  start: string;
  end: string;
}

/**
 * Periods of `months` months (1 or 3), numbered within their year from 1, that overlap [from, to], oldest first: the
 * calendar months or quarters a rule counts.
 */
function periodsBetween(from: string, to: string, months: 1 | 3) {
  const periods: { year: number; number: number; start: string; end: string }[] = [];
  let year = yearOf(from);
  let number = Math.ceil(monthOf(from) / months);
  for (;;) {
    const start = `${year}-${pad((number - 1) * months + 1)}-01`;
    if (start > to) break;
    periods.push({ year, number, start, end: lastDayOfMonth(year, number * months) });
    if (++number > 12 / months) {
      number = 1;
      year++;
    }
  }
  return periods;
}

/** Calendar quarters (1–4) overlapping [from, to], oldest first. */
export function quartersBetween(from: string, to: string): CalendarQuarter[] {
  return periodsBetween(from, to, 3).map(({ year, number, start, end }) => ({
    year,
    quarter: number,
    start,
    end,
  }));
}

export interface CalendarMonth {
  year: number;
  month: number;
  start: string;
  end: string;
}

/** Calendar months overlapping [from, to], oldest first. */
export function monthsBetween(from: string, to: string): CalendarMonth[] {
  return periodsBetween(from, to, 1).map(({ year, number, start, end }) => ({
    year,
    month: number,
    start,
    end,
  }));
}

/** `YYYY-MM-DD` → `DD.MM.YYYY`, as dates are written in Bulgaria. */
export function bgDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
