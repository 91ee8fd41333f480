// Assistant support — the Ordinance on the Quality of Social Services, чл. 13. The catalogue is generated from the
// Ordinance's text by packages/catalogue-builder; the rules are read from that text (footnoteRules) or quoted here.
import { defineServicePlugin, footnoteRules, ordinanceDefaults } from '@mera/plugin-sdk';
import annex24 from '../catalogue/annex-24.json' with { type: 'json' };

export default defineServicePlugin({
  code: 'ap',
  name: { bg: 'Асистентска подкрепа', en: 'Assistant support', uk: 'Асистентська підтримка' },
  variants: [
    {
      key: 'specialised',
      annex: 24,
      name: { bg: 'Асистентска подкрепа', en: 'Assistant support', uk: 'Асистентська підтримка' },
      catalogue: annex24,
      rules: footnoteRules(annex24),
    },
  ],
  ...ordinanceDefaults,
});
