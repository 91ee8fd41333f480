import { getLocale } from '#lib/paraglide/runtime.js';

/** `2026-Q3` → "III 2026" in Bulgarian and Ukrainian (Roman quarters, as Bulgarian documents write them), "Q3 2026" in English. */
export function quarterLabel(key: string): string {
  const [year, q] = key.split('-Q');
  if (!year || !q) return key;
  return getLocale() === 'en' ? `Q${q} ${year}` : `${['I', 'II', 'III', 'IV'][Number(q) - 1]} ${year}`;
}

/**
 * A calendar day (`YYYY-MM-DD`) in the person's language, never shifted by a time zone. Bulgarian and Ukrainian
 * style write "12 март 2026 г." — Intl adds the "г." itself, so no message may add another (no "г..").
 */
export function day(iso: string, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );
}

/** A score (0–100) as people read it: "82,5" in Bulgarian and Ukrainian, "82.5" in English. */
export function score(value: number): string {
  return new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 }).format(value);
}
