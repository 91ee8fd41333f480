// Homes for adults with disabilities (until they close) — the Ordinance on the Quality of Social Services, § 2, ал. 1 от ПЗР. The catalogue is generated from the
// Ordinance's text by packages/catalogue-builder; the rules are read from that text (footnoteRules) or quoted here.
import { defineServicePlugin, footnoteRules, ordinanceDefaults } from '@mera/plugin-sdk';
import annex25 from '../catalogue/annex-25.json' with { type: 'json' };

export default defineServicePlugin({
  code: 'dplu',
  name: {
    bg: 'Домове за пълнолетни лица с увреждания (до закриването им)',
    en: 'Homes for adults with disabilities (until they close)',
    uk: 'Будинки для повнолітніх осіб з інвалідністю (до їх закриття)',
  },
  variants: [
    {
      key: 'homes',
      annex: 25,
      name: {
        bg: 'Дом за пълнолетни лица с увреждания или с деменция',
        en: 'Home for adults with disabilities or dementia',
        uk: 'Будинок для повнолітніх осіб з інвалідністю або деменцією',
      },
      catalogue: annex25,
      rules: footnoteRules(annex25),
    },
  ],
  ...ordinanceDefaults,
});
