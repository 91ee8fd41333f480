// Therapy and rehabilitation — the Ordinance on the Quality of Social Services, чл. 7. The catalogue is generated from the
// Ordinance's text by packages/catalogue-builder; the rules are read from that text (footnoteRules) or quoted here.
import { defineServicePlugin, footnoteRules, ordinanceDefaults } from '@mera/plugin-sdk';
import annex05 from '../catalogue/annex-05.json' with { type: 'json' };

export default defineServicePlugin({
  code: 'tr',
  name: { bg: 'Терапия и рехабилитация', en: 'Therapy and rehabilitation', uk: 'Терапія та реабілітація' },
  variants: [
    {
      key: 'specialised',
      annex: 5,
      name: {
        bg: 'Терапия и рехабилитация',
        en: 'Therapy and rehabilitation',
        uk: 'Терапія та реабілітація',
      },
      catalogue: annex05,
      rules: footnoteRules(annex05),
    },
  ],
  ...ordinanceDefaults,
});
