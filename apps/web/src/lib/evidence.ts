import { m } from '#lib/paraglide/messages.js';
import { names } from '#lib/labels.ts';

export const DOCUMENT_KINDS = [
  'policy',
  'procedure',
  'plan',
  'programme',
  'register',
  'rules',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const documentKindName = names<DocumentKind>({
  policy: m.document_kind_policy,
  procedure: m.document_kind_procedure,
  plan: m.document_kind_plan,
  programme: m.document_kind_programme,
  register: m.document_kind_register,
  rules: m.document_kind_rules,
  other: m.document_kind_other,
});

export const RESULTS = ['met', 'partly_met', 'not_met', 'not_applicable'] as const;
export type Result = (typeof RESULTS)[number];

export const resultName = names<Result>({
  met: m.result_met,
  partly_met: m.result_partly_met,
  not_met: m.result_not_met,
  not_applicable: m.result_not_applicable,
});

export const evidenceKindName = names<string>({
  file: m.evidence_kind_file,
  document: m.evidence_kind_document,
  interview: m.evidence_kind_interview,
  observation: m.evidence_kind_observation,
  record: m.evidence_kind_record,
});

export function assessmentKindName(kind: string): string {
  return kind === 'self_assessment' ? m.assessment_kind_self() : m.assessment_kind_periodic();
}

export const assessmentStatusName = names<string>({
  planned: m.assessment_status_planned,
  in_progress: m.assessment_status_in_progress,
  completed: m.assessment_status_completed,
});

export const quarterStatusName = names<string>({
  done: m.quarter_done,
  planned: m.quarter_planned,
  overdue: m.quarter_overdue,
  missing: m.quarter_missing,
  none: m.quarter_none,
});

/** The eleven methods of art. 24(1), as short labels (the Ordinance's full wording is in the hint). */
export function methodName(n: number): string {
  const names = [
    m.method_1(),
    m.method_2(),
    m.method_3(),
    m.method_4(),
    m.method_5(),
    m.method_6(),
    m.method_7(),
    m.method_8(),
    m.method_9(),
    m.method_10(),
    m.method_11(),
  ];
  return names[n - 1] ?? String(n);
}

export function score(value: number | null, locale: string): string {
  return value === null
    ? '—'
    : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} %`;
}
