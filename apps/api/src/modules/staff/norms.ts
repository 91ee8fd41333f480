import type { StaffNorms } from '@mera/plugin-sdk';
import type { ServicePlugins } from '../../shared/context.ts';

export type { StaffNorms };

/** Without a jurisdiction package, no jurisdiction-wide norm is asked of the staff. */
export const NO_NORMS: StaffNorms = {
  inductionHours: 0,
  specialisedHours: { core: 0, recommended: 0, support: 0 },
  mentoringMonths: 0,
  groupSupervisionsPerYear: 0,
  individualSupervisionsPerYear: 0,
};

/** The staff norms of the deployment's jurisdiction (Bulgaria: the Ordinance's, from the `bg-ordinance` package). */
export const staffNormsOf = (plugins: ServicePlugins): StaffNorms =>
  plugins.jurisdiction?.staffNorms ?? NO_NORMS;
