import type { components } from '@mera/api-client';
import { m } from '#lib/paraglide/messages.js';
import { names } from '#lib/labels.ts';

export type StaffRegister = components['schemas']['StaffRegister'];
export type StaffOverview = components['schemas']['StaffOverview'];
export type PositionCategory = StaffRegister['positions'][number]['category'];
export type EmploymentType = StaffRegister['members'][number]['employmentType'];

export const POSITION_CATEGORIES: readonly PositionCategory[] = ['core', 'recommended', 'support'];
export const EMPLOYMENT_TYPES: readonly EmploymentType[] = [
  'labour_contract',
  'civil_contract',
  'volunteer',
  'other',
];

/** The annex's own words for the categories of staff. */
export const categoryName = names<PositionCategory>({
  core: m.staff_category_core,
  recommended: m.staff_category_recommended,
  support: m.staff_category_support,
});

export const employmentName = names<EmploymentType>({
  labour_contract: m.staff_employment_labour_contract,
  civil_contract: m.staff_employment_civil_contract,
  volunteer: m.staff_employment_volunteer,
  other: m.staff_employment_other,
});

/** A number as a Bulgarian (English, Ukrainian) reader writes it: 0,5 in Bulgarian and Ukrainian. */
export function amount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** The fact's name, for the "which facts came from the register" list. */
export function factName(fact: string): string {
  switch (fact) {
    case 'staffCount':
      return m.staff_fact_staff_count();
    case 'positionsPlanned':
      return m.staff_fact_positions_planned();
    case 'positionsFilled':
      return m.staff_fact_positions_filled();
    case 'capacity':
      return m.staff_fact_capacity();
    case 'currentUsers':
      return m.staff_fact_current_users();
    default:
      return fact;
  }
}
