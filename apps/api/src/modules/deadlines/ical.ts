import { addDays } from '@mera/calendar';

/**
 * A minimal RFC 5545 writer for all-day deadline events, by hand (see docs/decisions/050-deadline-dates-and-ical.md): the
 * feed needs one component type and four rules — escape TEXT values (§ 3.3.11), fold lines at 75 octets without
 * splitting a UTF-8 character (§ 3.1), CRLF line ends, and DATE values for all-day events (§ 3.3.4) — which is less
 * code than adapting a library, and testable against a parser.
 */

export interface CalendarEvent {
  /** Stable per due item, so a calendar updates the event instead of adding a copy. */
  uid: string;
  /** `YYYY-MM-DD`: an all-day event on that day. */
  date: string;
  summary: string;
  description?: string;
  url?: string;
}

/** TEXT escaping: backslash, semicolon, comma and newlines (RFC 5545 § 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets (the first) and 1 + 74 (the continuations, which start with
 * a space), never inside a multi-byte character — Cyrillic letters are two octets each in UTF-8.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: string) => date.replace(/-/g, '');

/** A VCALENDAR of all-day events; `stamp` is DTSTAMP (UTC), required on every event. */
export function calendar(name: string, events: CalendarEvent[], stamp: Date): string {
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mera//Deadlines//BG',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Europe/Sofia',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
