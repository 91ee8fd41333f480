import type { IndicatorResult, ScoringScheme } from './types.ts';

const POINTS: Record<Exclude<IndicatorResult, 'not_applicable'>, number> = {
  met: 1,
  partly_met: 0.5,
  not_met: 0,
};

/**
 * The default scheme: met counts fully, partly met half, not met nothing; not applicable is left out. The share of
 * the possible points, in percent, rounded to one decimal; null when nothing applies.
 */
export const ordinanceScoring: ScoringScheme = {
  key: 'ordinance-share',
  name: {
    bg: 'Дял на изпълнените индикатори',
    en: 'Share of indicators met',
    uk: 'Частка виконаних індикаторів',
  },
  score(results) {
    const counted = results.filter(
      (r): r is Exclude<IndicatorResult, 'not_applicable'> => r !== 'not_applicable',
    );
    if (counted.length === 0) return null;
    const points = counted.reduce((sum, r) => sum + POINTS[r], 0);
    return Math.round((points / counted.length) * 1000) / 10;
  },
};
