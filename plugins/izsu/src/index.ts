// Integrated health and social residential care — the Ordinance on the Quality of Social Services, чл. 11, ал. 2–4. The catalogue is generated from the
// Ordinance's text by packages/catalogue-builder; the rules are read from that text (footnoteRules) or quoted here.
import { defineServicePlugin, footnoteRules, ordinanceDefaults } from '@mera/plugin-sdk';
import annex15 from '../catalogue/annex-15.json' with { type: 'json' };
import annex16 from '../catalogue/annex-16.json' with { type: 'json' };
import annex17 from '../catalogue/annex-17.json' with { type: 'json' };

export default defineServicePlugin({
  code: 'izsu',
  name: {
    bg: 'Интегрирана здравно-социална услуга за резидентна грижа',
    en: 'Integrated health and social residential care',
    uk: 'Інтегрована медико-соціальна послуга резидентного догляду',
  },
  variants: [
    {
      key: 'children-medical',
      annex: 15,
      name: {
        bg: 'Деца с трайни увреждания с потребност от постоянни медицински грижи',
        en: 'Children with permanent disabilities needing constant medical care',
        uk: 'Діти зі стійкою інвалідністю, які потребують постійного медичного догляду',
      },
      catalogue: annex15,
      rules: footnoteRules(annex15),
    },
    {
      key: 'adults-medical',
      annex: 16,
      name: {
        bg: 'Пълнолетни и възрастни хора с потребност от постоянни медицински грижи',
        en: 'Adults and older people needing constant medical care',
        uk: 'Повнолітні та літні люди, які потребують постійного медичного догляду',
      },
      catalogue: annex16,
      rules: footnoteRules(annex16),
    },
    {
      key: 'children-high-risk',
      annex: 17,
      name: {
        bg: 'Деца с агресивно и проблемно (високорисково) поведение',
        en: 'Children with aggressive and problem (high-risk) behaviour',
        uk: 'Діти з агресивною та проблемною (високоризиковою) поведінкою',
      },
      catalogue: annex17,
      rules: footnoteRules(annex17),
    },
  ],
  ...ordinanceDefaults,
});
