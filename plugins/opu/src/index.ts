// Training for acquiring skills — the Ordinance on the Quality of Social Services, чл. 8. The catalogue is generated from the
// Ordinance's text by packages/catalogue-builder; the rules are read from that text (footnoteRules) or quoted here.
import { defineServicePlugin, footnoteRules, maxDurationMonths, ordinanceDefaults } from '@mera/plugin-sdk';
import annex01 from '../catalogue/annex-01.json' with { type: 'json' };
import annex06 from '../catalogue/annex-06.json' with { type: 'json' };

export default defineServicePlugin({
  code: 'opu',
  name: {
    bg: 'Обучение за придобиване на умения',
    en: 'Training for acquiring skills',
    uk: 'Навчання для набуття навичок',
  },
  variants: [
    {
      key: 'general-access',
      annex: 1,
      name: {
        bg: 'Общодостъпна (до два месеца)',
        en: 'General access (up to two months)',
        uk: 'Загальнодоступна (до двох місяців)',
      },
      catalogue: annex01,
      rules: [
        ...footnoteRules(annex01),
        maxDurationMonths({
          months: 2,
          source: 'bg-2022/a01',
          text: 'Информиране, консултиране и обучение за реализиране на социални права и за развиване на умения, които се предоставят за срок не по-дълъг от два месеца',
        }),
      ],
    },
    {
      key: 'specialised',
      annex: 6,
      name: {
        bg: 'Специализирана — за деца и пълнолетни лица',
        en: 'Specialised — for children and adults',
        uk: 'Спеціалізована — для дітей і повнолітніх',
      },
      catalogue: annex06,
      rules: footnoteRules(annex06),
    },
  ],
  ...ordinanceDefaults,
});
