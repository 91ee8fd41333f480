// Shelter — the Ordinance on the Quality of Social Services, чл. 12. The catalogue is generated from the
// Ordinance's text by packages/catalogue-builder; the rules are read from that text (footnoteRules) or quoted here.
import { defineServicePlugin, footnoteRules, ordinanceDefaults } from '@mera/plugin-sdk';
import annex18 from '../catalogue/annex-18.json' with { type: 'json' };
import annex19 from '../catalogue/annex-19.json' with { type: 'json' };
import annex20 from '../catalogue/annex-20.json' with { type: 'json' };
import annex21 from '../catalogue/annex-21.json' with { type: 'json' };
import annex22 from '../catalogue/annex-22.json' with { type: 'json' };
import annex23 from '../catalogue/annex-23.json' with { type: 'json' };

export default defineServicePlugin({
  code: 'op',
  name: { bg: 'Осигуряване на подслон', en: 'Shelter', uk: 'Надання притулку' },
  variants: [
    {
      key: 'homeless',
      annex: 18,
      name: {
        bg: 'Бездомни лица и семейства',
        en: 'Homeless people and families',
        uk: 'Бездомні особи та сім’ї',
      },
      catalogue: annex18,
      rules: footnoteRules(annex18),
    },
    {
      key: 'crisis',
      annex: 19,
      name: { bg: 'Лица в кризисна ситуация', en: 'People in crisis', uk: 'Особи в кризовій ситуації' },
      catalogue: annex19,
      rules: footnoteRules(annex19),
    },
    {
      key: 'children-violence',
      annex: 20,
      name: {
        bg: 'Деца, пострадали от домашно насилие, и деца – жертви на трафик',
        en: 'Children affected by domestic violence and child victims of trafficking',
        uk: 'Діти, постраждалі від домашнього насильства, та діти — жертви торгівлі людьми',
      },
      catalogue: annex20,
      rules: footnoteRules(annex20),
    },
    {
      key: 'adults-violence',
      annex: 21,
      name: {
        bg: 'Лица, пострадали от домашно насилие, и лица – жертви на трафик',
        en: 'People affected by domestic violence and victims of trafficking',
        uk: 'Особи, постраждалі від домашнього насильства, та жертви торгівлі людьми',
      },
      catalogue: annex21,
      rules: footnoteRules(annex21),
    },
    {
      key: 'mothers',
      annex: 22,
      name: {
        bg: 'Бременни жени и майки в риск',
        en: 'Pregnant women and mothers at risk',
        uk: 'Вагітні жінки та матері в групі ризику',
      },
      catalogue: annex22,
      rules: footnoteRules(annex22),
    },
    {
      key: 'children-crisis',
      annex: 23,
      name: { bg: 'Деца в кризисна ситуация', en: 'Children in crisis', uk: 'Діти в кризовій ситуації' },
      catalogue: annex23,
      rules: footnoteRules(annex23),
    },
  ],
  ...ordinanceDefaults,
});
