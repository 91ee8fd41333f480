import type { Names } from './types.ts';

/**
 * The norms a jurisdiction sets for every service's staff — Bulgaria's are the Ordinance's (annexes' section Б),
 * another country brings its own. The core reads them from the jurisdiction package it discovers, never from itself.
 */
export interface StaffNorms {
  /** Induction training every newcomer completes, in academic hours. */
  inductionHours: number;
  /** Specialised training per year by category of staff, in academic hours. */
  specialisedHours: Record<'core' | 'recommended' | 'support', number>;
  /** How long a newcomer's mentor is assigned, in months. */
  mentoringMonths: number;
  groupSupervisionsPerYear: number;
  individualSupervisionsPerYear: number;
}

/** A jurisdiction: its code, its name, and the norms that hold for every service type in it. */
export interface JurisdictionManifest {
  code: string;
  name: Names;
  staffNorms: StaffNorms;
}

export function defineJurisdiction(manifest: JurisdictionManifest): JurisdictionManifest {
  return manifest;
}

const nonNegative = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** What is wrong with a jurisdiction package's default export, each as `field: rule` (empty when it is fine). */
export function validateJurisdiction(value: unknown): string[] {
  const problems: string[] = [];
  const j = value as Partial<JurisdictionManifest> | undefined;
  if (!j || typeof j !== 'object') return ['default: must be a jurisdiction (defineJurisdiction)'];
  if (typeof j.code !== 'string' || !/^[a-z]{2,3}$/.test(j.code))
    problems.push('code: a lower-case country code');
  for (const locale of ['bg', 'en', 'uk'] as const)
    if (typeof j.name?.[locale] !== 'string') problems.push(`name.${locale}: required`);
  const norms = j.staffNorms;
  if (!norms) problems.push('staffNorms: required');
  else {
    for (const field of [
      'inductionHours',
      'mentoringMonths',
      'groupSupervisionsPerYear',
      'individualSupervisionsPerYear',
    ] as const)
      if (!nonNegative(norms[field])) problems.push(`staffNorms.${field}: a number ≥ 0`);
    for (const category of ['core', 'recommended', 'support'] as const)
      if (!nonNegative(norms.specialisedHours?.[category]))
        problems.push(`staffNorms.specialisedHours.${category}: a number ≥ 0`);
  }
  return problems;
}
