import type { ComponentProps } from 'svelte';
import type { FieldSpec, PageForms } from '#lib/forms.ts';
import { m } from '#lib/paraglide/messages.js';
import {
  categoryName,
  employmentName,
  EMPLOYMENT_TYPES,
  POSITION_CATEGORIES,
  type StaffRegister,
} from '#lib/staff.ts';
import type EditRecord from './EditRecord.svelte';
import type NewRecord from './NewRecord.svelte';

/*
 * The staff register's forms as data: each tab renders them with RecordForm.svelte. The hidden fields carry the
 * record's id and the version it was read at (a stale save is refused, not silently overwritten).
 */

const hidden = (name: string): FieldSpec => ({ name, label: name, kind: 'hidden' });

/** A choice from a list: each option as `[value, label]`. */
const select = (name: string, label: string, options: (readonly [string, string])[]): FieldSpec => ({
  name,
  label,
  kind: 'select',
  options: options.map(([value, text]) => ({ value, label: text })),
});

/** A position of the staffing plan; the new one's fields carry hints, the edit form's do not. */
export function positionFields(edit: boolean): FieldSpec[] {
  return [
    ...(edit ? [hidden('positionId'), hidden('version')] : []),
    {
      name: 'title',
      label: m.staff_position_title(),
      ...(edit ? {} : { hint: m.staff_position_title_hint() }),
    },
    select(
      'category',
      m.staff_position_category(),
      POSITION_CATEGORIES.map((c) => [c, categoryName(c)]),
    ),
    {
      name: 'plannedFte',
      label: m.staff_position_planned(),
      ...(edit ? {} : { hint: m.staff_planned_hint() }),
      inputmode: 'decimal',
      short: true,
    },
  ];
}

/** A person of the named staff list; the edit form carries the member's id and version. */
export function memberFields(r: StaffRegister, edit: boolean): FieldSpec[] {
  return [
    ...(edit ? [hidden('memberId'), hidden('version')] : []),
    { name: 'fullName', label: m.staff_member_name(), hint: m.staff_member_name_hint(), autocomplete: 'off' },
    select('positionId', m.staff_member_position(), [
      ['', m.staff_member_no_position()],
      ...r.positions.map((p) => [p.id, p.title] as const),
    ]),
    select(
      'employmentType',
      m.staff_member_employment(),
      EMPLOYMENT_TYPES.map((t) => [t, employmentName(t)]),
    ),
    {
      name: 'fte',
      label: m.staff_member_fte(),
      hint: m.staff_member_fte_hint(),
      inputmode: 'decimal',
      short: true,
    },
    { name: 'startedOn', label: m.staff_member_started(), kind: 'date', short: true },
    {
      name: 'endedOn',
      label: m.staff_member_ended(),
      kind: 'date',
      hint: m.staff_member_ended_hint(),
      short: true,
    },
    { name: 'qualification', label: m.staff_member_qualification(), kind: 'textarea', rows: 2 },
    { name: 'newToSocialServices', label: m.staff_member_new_to_services(), kind: 'checkbox' },
  ];
}

/** Induction or specialised training (Art. 36 hours count towards the yearly summary). */
export const trainingFields = (): FieldSpec[] => [
  hidden('memberId'),
  select('kind', m.staff_training_kind(), [
    ['induction', m.staff_training_induction()],
    ['specialised', m.staff_training_specialised()],
  ]),
  { name: 'heldOn', label: m.staff_training_date(), kind: 'date', short: true },
  {
    name: 'hours',
    label: m.staff_training_hours(),
    hint: m.staff_training_hours_hint(),
    inputmode: 'decimal',
    short: true,
  },
  { name: 'topic', label: m.staff_training_topic() },
  { name: 'trainer', label: m.staff_training_trainer() },
];

export const appraisalFields = (): FieldSpec[] => [
  hidden('memberId'),
  { name: 'year', label: m.staff_appraisal_year(), inputmode: 'numeric', short: true },
  { name: 'appraisedOn', label: m.staff_appraisal_date(), kind: 'date', short: true },
  { name: 'outcome', label: m.staff_appraisal_outcome(), kind: 'textarea' },
  { name: 'discussedInPerson', label: m.staff_appraisal_discussed(), kind: 'checkbox' },
];

export const supervisionFields = (r: StaffRegister): FieldSpec[] => [
  select('kind', m.staff_supervision_kind(), [
    ['group', m.staff_supervision_group()],
    ['individual', m.staff_supervision_individual()],
  ]),
  select('memberId', m.staff_supervision_member(), [
    ['', m.staff_supervision_member_none()],
    ...memberOptions(r),
  ]),
  { name: 'heldOn', label: m.staff_supervision_date(), kind: 'date', short: true },
  { name: 'hours', label: m.staff_supervision_hours(), inputmode: 'decimal', short: true },
  { name: 'supervisor', label: m.staff_supervision_supervisor() },
  { name: 'supervisorExternal', label: m.staff_supervision_external(), kind: 'checkbox' },
  {
    name: 'participantsCount',
    label: m.staff_supervision_participants(),
    inputmode: 'numeric',
    short: true,
  },
];

export const mentoringFields = (r: StaffRegister): FieldSpec[] => [
  select('newcomerId', m.staff_mentoring_newcomer(), memberOptions(r)),
  select('mentorId', m.staff_mentoring_mentor(), memberOptions(r)),
  { name: 'startsOn', label: m.staff_mentoring_starts(), kind: 'date', short: true },
  {
    name: 'endsOn',
    label: m.staff_mentoring_ends(),
    kind: 'date',
    hint: m.staff_mentoring_ends_hint(),
    short: true,
  },
];

const memberOptions = (r: StaffRegister) => r.members.map((mm) => [mm.id, mm.fullName] as const);

/** A member's name for a record's line, or a dash when the record names no one (a group supervision). */
export const nameIn = (r: StaffRegister, id: string | null) =>
  r.members.find((mm) => mm.id === id)?.fullName ?? '—';

type Member = StaffRegister['members'][number];
type Position = StaffRegister['positions'][number];

/** What the edit form of a person shows before anything is typed. */
export const memberValues = (member: Member): Record<string, string> => ({
  memberId: member.id,
  fullName: member.fullName,
  positionId: member.positionId ?? '',
  employmentType: member.employmentType,
  fte: String(member.fte),
  startedOn: member.startedOn,
  endedOn: member.endedOn ?? '',
  qualification: member.qualification ?? '',
  newToSocialServices: member.newToSocialServices ? 'on' : '',
  version: String(member.version),
});

export const positionValues = (position: Position): Record<string, string> => ({
  positionId: position.id,
  title: position.title,
  category: position.category,
  plannedFte: String(position.plannedFte),
  version: String(position.version),
});

/** A form folded under a record, and the card that adds one: what a tab hands `EditRecord`/`NewRecord`. */
export type RecordEdit = Omit<ComponentProps<typeof EditRecord>, 'forms'>;
export type RecordNew = Omit<ComponentProps<typeof NewRecord>, 'forms'>;

/**
 * A position's or a person's changes and its delete button, by the actions' one convention: `update{Kind}` and
 * `delete{Kind}` take `{kind}Id`, and a refusal comes back under `{kind}-{id}`.
 */
function change(
  kind: 'position' | 'member',
  id: string,
  text: { summary: string; remove: string },
  fields: FieldSpec[],
  defaults: Record<string, string>,
): RecordEdit {
  const action = kind === 'position' ? 'Position' : 'Member';
  return {
    summary: text.summary,
    action: `?/update${action}`,
    key: `${kind}-${id}`,
    fields,
    defaults,
    submit: m.staff_save_changes(),
    remove: { action: `?/delete${action}`, fields: { [`${kind}Id`]: id }, label: text.remove },
  };
}

export const positionChange = (position: Position): RecordEdit =>
  change(
    'position',
    position.id,
    { summary: m.staff_position_edit({ title: position.title }), remove: m.staff_position_delete() },
    positionFields(true),
    positionValues(position),
  );

/**
 * The forms folded under a person: a training, the year's appraisal, then the person's own changes. The
 * first two add to the person (`add{Kind}`, refused under `{kind}-{memberId}`).
 */
export function memberForms(r: StaffRegister, member: Member, today: string): RecordEdit[] {
  const name = member.fullName;
  const addTo = (kind: 'Training' | 'Appraisal', fields: FieldSpec[], defaults: Record<string, string>) => ({
    action: `?/add${kind}`,
    key: `${kind.toLowerCase()}-${member.id}`,
    fields,
    defaults: { memberId: member.id, ...defaults },
  });
  return [
    {
      summary: m.staff_training_new({ name }),
      submit: m.staff_training_add(),
      ...addTo('Training', trainingFields(), { kind: 'induction', heldOn: today }),
    },
    {
      summary: m.staff_appraisal_new({ name }),
      submit: m.staff_appraisal_add(),
      ...addTo('Appraisal', appraisalFields(), { year: String(r.summary.year), appraisedOn: today }),
    },
    change(
      'member',
      member.id,
      { summary: m.staff_member_edit({ name }), remove: m.staff_member_delete() },
      memberFields(r, true),
      memberValues(member),
    ),
  ];
}

/** What each tab of the register is given by the page. */
export interface StaffTab {
  r: StaffRegister;
  canManage: boolean;
  /** Today in Sofia, the default date of a new record. */
  today: string;
  forms: PageForms;
}
