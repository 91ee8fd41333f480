import { capacity, staffingCoefficient, staffingFillRate } from './rules.ts';
import type { Catalogue, CatalogueIndicator, Rule } from './types.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const number = (text: string) => Number(text.replace(',', '.'));

/** Every indicator of an annex with its stable id (`bg-2022/a02/s9/c9.1/i73`), as the core derives it. */
export function* indicatorsOf(
  catalogue: Catalogue,
  prefix = 'bg-2022',
): Generator<{ id: string; indicator: CatalogueIndicator }> {
  const annex = `${prefix}/a${pad(catalogue.annex)}`;
  for (const section of catalogue.sections)
    for (const standard of section.standards) {
      const standardId = standard.id ?? `${annex}/s${standard.key}`;
      for (const criterion of standard.criteria) {
        const criterionId = criterion.id ?? `${standardId}/c${criterion.key}`;
        for (const indicator of criterion.indicators)
          yield { id: indicator.id ?? `${criterionId}/i${indicator.number}`, indicator };
      }
    }
}

const CAPACITY =
  /Минимален брой на (?:лицата|децата)[^-–]*[-–]\s*(\d+)\s*,\s*и максимален брой[^-–]*[-–]\s*(\d+)(?:\/(\d+))?/;
const COEFFICIENT =
  /^Коефициент за определяне числеността на служителите \((\d+(?:,\d+)?)(?:, при минимална численост от (\d+) служители)?\)$/;
/** "… запълнено на минимум 75%", "… поне на 75%", "… на 100%", or just "… запълнено." (all of it). */
const FILL_RATE = /^Щатното разписание е запълнено(?:\s+(?:на минимум|поне на|на поне|на)\s+(\d+)\s?%)?\.?$/;

/**
 * The rules an annex's own text carries, read from the catalogue so that rule and text never drift apart: the
 * capacity footnote ("(*) Минимален брой … - 10, и максимален брой … - 40"; where the maximum depends on the target
 * group, "20/30", the larger applies and the footnote is quoted in full), the staffing coefficient source of
 * information ("Коефициент за определяне числеността на служителите (0,2, при минимална численост от 4
 * служители)") and the fill rate indicator ("Щатното разписание е запълнено на минимум 75%"). Each rule quotes the
 * Ordinance verbatim and names the indicator it comes from. Profiles with several coefficients (annex 25) are left
 * to the plugin.
 */
export function footnoteRules(catalogue: Catalogue, prefix = 'bg-2022'): Rule[] {
  const rules: Rule[] = [];
  for (const { id, indicator } of indicatorsOf(catalogue, prefix)) {
    for (const note of indicator.notes ?? []) {
      const match = CAPACITY.exec(note);
      if (match && !rules.some((rule) => rule.id === 'capacity')) {
        const max = Math.max(Number(match[2]), Number(match[3] ?? 0));
        rules.push(capacity({ min: Number(match[1]), max, source: id, text: note }));
      }
    }
    for (const source of indicator.sources) {
      const match = COEFFICIENT.exec(source);
      if (match?.[1] && !rules.some((rule) => rule.id === 'staffing-coefficient')) {
        rules.push(
          staffingCoefficient({
            coefficient: number(match[1]),
            ...(match[2] ? { minimum: Number(match[2]) } : {}),
            source: id,
            text: source,
          }),
        );
      }
    }
    const fill = FILL_RATE.exec(indicator.text);
    if (fill && !rules.some((rule) => rule.id === 'staffing-fill-rate'))
      rules.push(
        staffingFillRate({ share: fill[1] ? Number(fill[1]) / 100 : 1, source: id, text: indicator.text }),
      );
  }
  return rules;
}
