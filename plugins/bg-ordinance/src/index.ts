import { defineJurisdiction } from '@mera/plugin-sdk';

/**
 * Bulgaria, Ordinance on the Quality of Social Services (2022). The staff norms are the annexes' own, the same in
 * every annex that has them (section Б "Квалификация и развитие на служителите", e.g. annex 1, indicators 76–82):
 * - "Всички новоназначени служители са преминали въвеждащо обучение от минимум 36 академични часа";
 * - "специализирано обучение от минимум 24 академични часа (за основни специалисти … и препоръчителни специалисти …)
 *   и минимум 12 академични часа за служителите, подпомагащи функционирането на социалната услуга" — in 12 months;
 * - "има назначен наставник, определен за период от 6 месеца от датата на назначаване";
 * - "групова супервизия - на всеки 3 месеца", "индивидуална супервизия - от външен за услугата специалист - на всеки
 *   4 месеца".
 */
export default defineJurisdiction({
  code: 'bg',
  name: { bg: 'България', en: 'Bulgaria', uk: 'Болгарія' },
  staffNorms: {
    inductionHours: 36,
    specialisedHours: { core: 24, recommended: 24, support: 12 },
    mentoringMonths: 6,
    groupSupervisionsPerYear: 4,
    individualSupervisionsPerYear: 3,
  },
});
