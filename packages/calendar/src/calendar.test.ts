import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  bgDate,
  daysBetween,
  endOfYearsFrom,
  isDate,
  lastDayOfMonth,
  monthsBetween,
  quartersBetween,
  thisYear,
  today,
} from './index.ts';

describe('today in Bulgaria', () => {
  it('is already tomorrow in Sofia when it is still today in UTC', () => {
    // 22:30 UTC on 31 December is 00:30 on 1 January in Sofia (UTC+2 in winter).
    expect(today(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
    expect(thisYear(new Date('2026-12-31T22:30:00Z'))).toBe(2027);
    expect(today(new Date('2026-12-31T21:30:00Z'))).toBe('2026-12-31');
  });

  it('follows summer time: UTC+3 from the last Sunday of March to the last Sunday of October', () => {
    expect(today(new Date('2026-03-28T21:30:00Z'))).toBe('2026-03-28'); // 23:30 EET, before the change
    expect(today(new Date('2026-03-29T21:30:00Z'))).toBe('2026-03-30'); // 00:30 EEST, after it
    expect(today(new Date('2026-10-24T21:30:00Z'))).toBe('2026-10-25'); // 00:30 EEST
    expect(today(new Date('2026-10-25T21:30:00Z'))).toBe('2026-10-25'); // 23:30 EET
  });
});

describe('calendar arithmetic', () => {
  it('counts whole days across the daylight-saving changes', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(daysBetween('2026-03-28', '2026-03-31')).toBe(3);
    expect(daysBetween('2026-10-24', '2026-10-27')).toBe(3);
    expect(daysBetween('2026-10-27', '2026-10-24')).toBe(-3);
  });

  it('clamps a month later to the month’s last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-05-15', -6)).toBe('2025-11-15');
  });

  it('ends a year counted from 29 February on 28 February, not a day early (ZZD art. 72(2))', () => {
    expect(endOfYearsFrom('2024-02-29', 1)).toBe('2025-02-28');
    expect(endOfYearsFrom('2024-02-29', 4)).toBe('2028-02-28');
    expect(endOfYearsFrom('2023-03-01', 1)).toBe('2024-02-29');
    expect(endOfYearsFrom('2026-01-01', 1)).toBe('2026-12-31');
    expect(endOfYearsFrom('2026-07-15', 2)).toBe('2028-07-14');
  });

  it('knows real dates from look-alikes', () => {
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2026-13-01')).toBe(false);
    expect(isDate('26-01-01')).toBe(false);
    expect(lastDayOfMonth(2028, 2)).toBe('2028-02-29');
    expect(lastDayOfMonth(2026, 12)).toBe('2026-12-31');
  });

  it('lists the quarters and months a period overlaps', () => {
    expect(quartersBetween('2026-02-10', '2026-07-01').map((q) => [q.quarter, q.start, q.end])).toEqual([
      [1, '2026-01-01', '2026-03-31'],
      [2, '2026-04-01', '2026-06-30'],
      [3, '2026-07-01', '2026-09-30'],
    ]);
    expect(monthsBetween('2026-11-20', '2027-01-05').map((m) => m.start)).toEqual([
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
    ]);
    expect(bgDate('2026-03-09')).toBe('09.03.2026');
  });
});
