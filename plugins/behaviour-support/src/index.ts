// Additional standard for aggressive and problem behaviour — the Ordinance on the Quality of Social Services, чл. 10, ал. 2 и чл. 11, ал. 5. The catalogue is generated from the
// Ordinance's text by packages/catalogue-builder; the rules are read from that text (footnoteRules) or quoted here.
import { defineServicePlugin, footnoteRules, ordinanceDefaults } from '@mera/plugin-sdk';
import annex09 from '../catalogue/annex-09.json' with { type: 'json' };

export default defineServicePlugin({
  code: 'behaviour-support',
  name: {
    bg: 'Допълнителен стандарт за агресивно и проблемно поведение',
    en: 'Additional standard for aggressive and problem behaviour',
    uk: 'Додатковий стандарт щодо агресивної та проблемної поведінки',
  },
  variants: [
    {
      key: 'add-on',
      annex: 9,
      name: {
        bg: 'Към дневна и резидентна грижа',
        en: 'Added to day and residential care',
        uk: 'До денного та резидентного догляду',
      },
      catalogue: annex09,
      rules: footnoteRules(annex09),
    },
  ],
  ...ordinanceDefaults,
});
