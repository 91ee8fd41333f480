// Advocacy and mediation — the Ordinance on the Quality of Social Services, чл. 5. The catalogue is generated from the
// Ordinance's text by packages/catalogue-builder; the rules are read from that text (footnoteRules) or quoted here.
import { defineServicePlugin, footnoteRules, ordinanceDefaults } from '@mera/plugin-sdk';
import annex03 from '../catalogue/annex-03.json' with { type: 'json' };

export default defineServicePlugin({
  code: 'zp',
  name: {
    bg: 'Застъпничество и посредничество',
    en: 'Advocacy and mediation',
    uk: 'Адвокація та посередництво',
  },
  variants: [
    {
      key: 'specialised',
      annex: 3,
      name: {
        bg: 'Застъпничество и посредничество',
        en: 'Advocacy and mediation',
        uk: 'Адвокація та посередництво',
      },
      catalogue: annex03,
      rules: footnoteRules(annex03),
    },
  ],
  ...ordinanceDefaults,
});
