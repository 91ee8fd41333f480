// Residential care — the Ordinance on the Quality of Social Services, чл. 11, ал. 1. The catalogue is generated from the
// Ordinance's text by packages/catalogue-builder; the rules are read from that text (footnoteRules) or quoted here.
import { defineServicePlugin, footnoteRules, ordinanceDefaults } from '@mera/plugin-sdk';
import annex10 from '../catalogue/annex-10.json' with { type: 'json' };
import annex11 from '../catalogue/annex-11.json' with { type: 'json' };
import annex12 from '../catalogue/annex-12.json' with { type: 'json' };
import annex13 from '../catalogue/annex-13.json' with { type: 'json' };
import annex14 from '../catalogue/annex-14.json' with { type: 'json' };

export default defineServicePlugin({
  code: 'rg',
  name: { bg: 'Резидентна грижа', en: 'Residential care', uk: 'Резидентний догляд' },
  variants: [
    {
      key: 'children',
      annex: 10,
      name: {
        bg: 'Деца/младежи от 3 до 18/20 г. без увреждания',
        en: 'Children/young people aged 3 to 18/20 without disabilities',
        uk: 'Діти/молодь від 3 до 18/20 років без інвалідності',
      },
      catalogue: annex10,
      rules: footnoteRules(annex10),
    },
    {
      key: 'children-disabilities',
      annex: 11,
      name: {
        bg: 'Деца/младежи с трайни увреждания от 3 до 18/25 г.',
        en: 'Children/young people aged 3 to 18/25 with permanent disabilities',
        uk: 'Діти/молодь зі стійкою інвалідністю від 3 до 18/25 років',
      },
      catalogue: annex11,
      rules: footnoteRules(annex11),
    },
    {
      key: 'adults-disabilities',
      annex: 12,
      name: {
        bg: 'Пълнолетни лица с психични разстройства, интелектуални затруднения, физически или сетивни увреждания, деменция',
        en: 'Adults with mental disorders, intellectual difficulties, physical or sensory disabilities, dementia',
        uk: 'Повнолітні з психічними розладами, інтелектуальними труднощами, фізичною чи сенсорною інвалідністю, деменцією',
      },
      catalogue: annex12,
      rules: footnoteRules(annex12),
    },
    {
      key: 'elderly',
      annex: 13,
      name: {
        bg: 'Възрастни хора без увреждания',
        en: 'Older people without disabilities',
        uk: 'Літні люди без інвалідності',
      },
      catalogue: annex13,
      rules: footnoteRules(annex13),
    },
    {
      key: 'youth',
      annex: 14,
      name: { bg: 'Младежи до 25 години', en: 'Young people up to 25', uk: 'Молодь до 25 років' },
      catalogue: annex14,
      rules: footnoteRules(annex14),
    },
  ],
  ...ordinanceDefaults,
});
