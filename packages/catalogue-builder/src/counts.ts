import type { Catalogue } from '@mera/plugin-sdk';

export interface Counts {
  sections: number;
  standards: number;
  criteria: number;
  indicators: number;
  sources: number;
  notes: number;
}

export function countCatalogue(catalogue: Catalogue): Counts {
  const counts: Counts = { sections: 0, standards: 0, criteria: 0, indicators: 0, sources: 0, notes: 0 };
  for (const section of catalogue.sections) {
    counts.sections++;
    for (const standard of section.standards) {
      counts.standards++;
      counts.notes += standard.notes?.length ?? 0;
      for (const criterion of standard.criteria) {
        counts.criteria++;
        counts.notes += criterion.notes?.length ?? 0;
        for (const indicator of criterion.indicators) {
          counts.indicators++;
          counts.sources += indicator.sources.length;
          counts.notes += indicator.notes?.length ?? 0;
        }
      }
    }
  }
  return counts;
}
