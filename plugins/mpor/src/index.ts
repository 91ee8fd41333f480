// Mobile preventive community work — the Ordinance on the Quality of Social Services, чл. 6. The catalogue is generated from the
// Ordinance's text by packages/catalogue-builder; the rules are read from that text (footnoteRules) or quoted here.
import { defineServicePlugin, footnoteRules, maxDurationMonths, ordinanceDefaults } from '@mera/plugin-sdk';
import annex04 from '../catalogue/annex-04.json' with { type: 'json' };

export default defineServicePlugin({
  code: 'mpor',
  name: {
    bg: 'Мобилна превантивна общностна работа',
    en: 'Mobile preventive community work',
    uk: 'Мобільна превентивна робота в громаді',
  },
  variants: [
    {
      key: 'community',
      annex: 4,
      name: { bg: 'Общностна работа', en: 'Community work', uk: 'Робота в громаді' },
      catalogue: annex04,
      rules: [
        ...footnoteRules(annex04),
        maxDurationMonths({
          months: 4,
          source: 'bg-2022/a04/s2/c2.1',
          text: 'Критерий 2.1: Доставчикът на социалната услуга организира и предоставя дейностите в общността за срок не по-дълъг от 4 месеца - в група и индивидуално, след идентифициране на потребностите на уязвими лица и групи в общността, планиране на конкретните дейности и стимулиране на общностното развитие.',
        }),
      ],
    },
  ],
  ...ordinanceDefaults,
});
