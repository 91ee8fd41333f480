// Day care — the Ordinance on the Quality of Social Services, чл. 10, ал. 1. The catalogue is generated from the
// Ordinance's text by packages/catalogue-builder; the rules are read from that text (footnoteRules) or quoted here.
import { defineServicePlugin, footnoteRules, ordinanceDefaults } from '@mera/plugin-sdk';
import annex08 from '../catalogue/annex-08.json' with { type: 'json' };

export default defineServicePlugin({
  code: 'dg',
  name: { bg: 'Дневна грижа', en: 'Day care', uk: 'Денний догляд' },
  variants: [
    {
      key: 'disabilities',
      annex: 8,
      name: {
        bg: 'За деца и пълнолетни лица с трайни увреждания',
        en: 'For children and adults with permanent disabilities',
        uk: 'Для дітей і повнолітніх зі стійкою інвалідністю',
      },
      catalogue: annex08,
      rules: footnoteRules(annex08),
    },
  ],
  ...ordinanceDefaults,
});
