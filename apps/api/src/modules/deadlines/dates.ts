/**
 * Calendar dates for deadlines. A due date is a day in Bulgaria, not an instant: it is kept as `YYYY-MM-DD` and
 * counted in whole calendar days, so a daylight-saving change (the last Sunday of March and of October, when a
 * Sofia day lasts 23 or 25 hours) never shifts a deadline or the "in 7 days" horizon. The only place a time zone
 * enters is turning "now" into today's date in Europe/Sofia, which uses the platform's ICU time-zone data
 * (`Intl.DateTimeFormat`). See docs/decisions/050-deadline-dates-and-ical.md.
 */

export const ZONE = 'Europe/Sofia';

const sofiaDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in Sofia at an instant. */
export function sofiaDate(instant: Date): string {
  return sofiaDay.format(instant);
}

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && fromUtc(toUtc(value)) === value;
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The same day `months` later, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(d, last)));
}

export function lastDayOfMonth(year: number, month: number): string {
  return fromUtc(Date.UTC(year, month, 0));
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

/** Calendar quarters (1–4) overlapping [from, to], oldest first. */
export function quartersBetween(
  from: string,
  to: string,
): { year: number; quarter: number; start: string; end: string }[] {
  const quarters = [];
  let year = yearOf(from);
  let quarter = Math.ceil(monthOf(from) / 3);
  for (;;) {
    const start = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
    if (start > to) break;
    quarters.push({ year, quarter, start, end: lastDayOfMonth(year, quarter * 3) });
    if (++quarter > 4) {
      quarter = 1;
      year++;
    }
  }
  return quarters;
}

/** Calendar months overlapping [from, to], oldest first. */
export function monthsBetween(
  from: string,
  to: string,
): { year: number; month: number; start: string; end: string }[] {
  const months = [];
  let year = yearOf(from);
  let month = monthOf(from);
  for (;;) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    if (start > to) break;
    months.push({ year, month, start, end: lastDayOfMonth(year, month) });
    if (++month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/** `YYYY-MM-DD` → `DD.MM.YYYY`, as dates are written in Bulgaria. */
export function bgDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
