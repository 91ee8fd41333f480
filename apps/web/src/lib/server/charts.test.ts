import { describe, expect, it } from 'vitest';
import { scoreTrendSvg } from './charts.ts';

describe('score trend chart', () => {
  it('is an SVG picture without a <style> element, which the pages’ Content-Security-Policy would refuse', () => {
    const svg = scoreTrendSvg([
      { label: 'Q1', score: 60 },
      { label: 'Q2', score: null },
      { label: 'Q3', score: 75 },
    ]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<path');
    expect(svg).not.toMatch(/<style/);
    expect(svg).not.toMatch(/<script/);
  });
});
