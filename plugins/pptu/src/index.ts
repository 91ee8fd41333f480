// Support for acquiring work skills — the Ordinance on the Quality of Social Services, чл. 9. The catalogue is generated from the
// Ordinance's text by packages/catalogue-builder; the rules are read from that text (footnoteRules) or quoted here.
import { defineServicePlugin, footnoteRules, ordinanceDefaults } from '@mera/plugin-sdk';
import annex07 from '../catalogue/annex-07.json' with { type: 'json' };

export default defineServicePlugin({
  code: 'pptu',
  name: {
    bg: 'Подкрепа за придобиване на трудови умения',
    en: 'Support for acquiring work skills',
    uk: 'Підтримка в набутті трудових навичок',
  },
  variants: [
    {
      key: 'disabilities',
      annex: 7,
      name: {
        bg: 'За лица с трайни увреждания',
        en: 'For people with permanent disabilities',
        uk: 'Для осіб зі стійкою інвалідністю',
      },
      catalogue: annex07,
      rules: footnoteRules(annex07),
    },
  ],
  ...ordinanceDefaults,
});
