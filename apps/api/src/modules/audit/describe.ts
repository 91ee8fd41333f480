import { sql, sqlOf, type EntityManager } from '@mera/db';
import type { Translations } from '../../i18n/locale.ts';
import { ofItsService } from '../../shared/sql.ts';

/**
 * The audit trail in people's words: "Мария Демова промени резултата на индикатор 27 в проверката „…“" instead of a
 * table name and a list of columns. One describer per table says what the row is; the verb comes from the action.
 * Names of checks, inspections, programmes and people the row only points to are looked up for the whole page at
 * once (a fixed number of statements), under the tenant's row-level security like everything else.
 */

/** The audited record's columns as the trail stored them (JSON): any table's, so untyped. */
type AuditedValues = Record<string, unknown>;

export interface AuditInput {
  actorUserId: string | null;
  entity: string;
  action: 'insert' | 'update' | 'delete';
  before: unknown;
  after: unknown;
}

interface Lookups {
  people: Map<string, string>;
  assessments: Map<string, string>;
  inspections: Map<string, string>;
  programmes: Map<string, string>;
  staff: Map<string, string>;
  surveys: Map<string, string>;
  meetings: Map<string, string>;
}

type Phrase = (row: AuditedValues, l: Lookups, entry: AuditInput) => Translations;

const str = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'bg' in value
      ? String((value as { bg: unknown }).bg)
      : value === null || value === undefined
        ? ''
        : String(value);
const clip = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
const quoted = (text: string): Translations => ({ bg: `„${text}“`, en: `“${text}”`, uk: `«${text}»` });
const same = (text: string): Translations => ({ bg: text, en: text, uk: text });

/** `bg-2022/a02/s1/c1.1/i27` → `27`: the indicator's number as the annex prints it. */
const indicatorNumber = (itemId: unknown) => /\/i([\w.-]+)$/.exec(str(itemId))?.[1] ?? str(itemId);

const RESULTS: Record<string, Translations> = {
  met: { bg: 'изпълнен', en: 'met', uk: 'виконано' },
  partly_met: { bg: 'частично изпълнен', en: 'partly met', uk: 'частково виконано' },
  not_met: { bg: 'неизпълнен', en: 'not met', uk: 'не виконано' },
  not_applicable: { bg: 'неприложим', en: 'not applicable', uk: 'не застосовується' },
};

function ref(map: Map<string, string>, id: unknown): Translations {
  const name = map.get(str(id));
  return name ? quoted(clip(name)) : same('');
}

/** "the X „name“": a noun per language and the row's own name, when it has one. */
const named =
  (noun: Translations, field: string): Phrase =>
  (row) => {
    const name = clip(str(row[field]));
    const q = quoted(name);
    return name ? { bg: `${noun.bg} ${q.bg}`, en: `${noun.en} ${q.en}`, uk: `${noun.uk} ${q.uk}` } : noun;
  };

/** "the X of <person>" (staff records). */
const ofMember =
  (noun: Translations, field: string): Phrase =>
  (row, l) => {
    const who = l.staff.get(str(row[field]));
    return who ? { bg: `${noun.bg} на ${who}`, en: `${noun.en} of ${who}`, uk: `${noun.uk} — ${who}` } : noun;
  };

const inCheck = (l: Lookups, row: AuditedValues, key: string) => ref(l.assessments, row[key]);

const DESCRIBERS: Record<string, Phrase> = {
  service: named({ bg: 'услугата', en: 'the service', uk: 'послугу' }, 'name'),
  commissioning_contract: named({ bg: 'договора', en: 'the contract', uk: 'договір' }, 'basis'),
  membership: (row, l) => {
    const who = l.people.get(str(row['user_id'])) ?? '';
    return { bg: `членството на ${who}`, en: `the membership of ${who}`, uk: `членство ${who}` };
  },
  invitation: named({ bg: 'поканата за', en: 'the invitation for', uk: 'запрошення для' }, 'email'),
  provider_invitation: named(
    { bg: 'поканата към доставчик', en: 'the invitation to a provider', uk: 'запрошення надавачу' },
    'email',
  ),
  meeting: (row) => {
    const on = str(row['held_on']).slice(0, 10);
    return { bg: `срещата от ${on}`, en: `the meeting of ${on}`, uk: `нараду від ${on}` };
  },
  meeting_recommendation: (row, l) => {
    const m = l.meetings.get(str(row['meeting_id'])) ?? '';
    return {
      bg: `препоръка от срещата от ${m}`,
      en: `a recommendation of the meeting of ${m}`,
      uk: `рекомендацію наради від ${m}`,
    };
  },
  quality_programme: named(
    { bg: 'програмата за качество', en: 'the quality programme', uk: 'програму якості' },
    'title',
  ),
  quality_programme_measure: (row, l) => {
    const p = ref(l.programmes, row['programme_id']);
    const t = quoted(clip(str(row['title'])));
    return {
      bg: `мярката ${t.bg} в програмата ${p.bg}`,
      en: `the measure ${t.en} of the programme ${p.en}`,
      uk: `захід ${t.uk} програми ${p.uk}`,
    };
  },
  quality_programme_review: (row, l) => {
    const p = ref(l.programmes, row['programme_id']);
    return {
      bg: `прегледа на програмата ${p.bg}`,
      en: `the review of the programme ${p.en}`,
      uk: `перегляд програми ${p.uk}`,
    };
  },
  quality_programme_carryover: () => ({
    bg: 'пренасяне на мярка',
    en: 'a measure carried over',
    uk: 'перенесення заходу',
  }),
  stored_file: named({ bg: 'файла', en: 'the file', uk: 'файл' }, 'name'),
  quality_document: named({ bg: 'документа', en: 'the document', uk: 'документ' }, 'title'),
  assessment: named({ bg: 'проверката', en: 'the check', uk: 'перевірку' }, 'title'),
  assessment_result: (row, l) => {
    const n = indicatorNumber(row['item_id']);
    const c = inCheck(l, row, 'assessment_id');
    const r = RESULTS[str(row['result'])];
    const to = r
      ? { bg: ` на ${quoted(r.bg).bg}`, en: ` to ${quoted(r.en).en}`, uk: ` на ${quoted(r.uk).uk}` }
      : same('');
    return {
      bg: `резултата на индикатор ${n} в проверката ${c.bg}${to.bg}`,
      en: `the result of indicator ${n} in the check ${c.en}${to.en}`,
      uk: `результат індикатора ${n} у перевірці ${c.uk}${to.uk}`,
    };
  },
  assessment_evidence: (row, l) => {
    const n = indicatorNumber(row['item_id']);
    const c = inCheck(l, row, 'assessment_id');
    return {
      bg: `доказателство към индикатор ${n} в проверката ${c.bg}`,
      en: `evidence for indicator ${n} in the check ${c.en}`,
      uk: `доказ до індикатора ${n} у перевірці ${c.uk}`,
    };
  },
  staff_position: named({ bg: 'длъжността', en: 'the position', uk: 'посаду' }, 'title'),
  staff_member: (row) => {
    const who = str(row['full_name']);
    return { bg: `служителя ${who}`, en: `the employee ${who}`, uk: `працівника ${who}` };
  },
  staff_training: ofMember({ bg: 'обучение', en: 'a training', uk: 'навчання' }, 'member_id'),
  staff_supervision: ofMember({ bg: 'супервизия', en: 'a supervision', uk: 'супервізію' }, 'member_id'),
  staff_mentoring: ofMember(
    { bg: 'наставничеството', en: 'the mentoring', uk: 'наставництво' },
    'newcomer_id',
  ),
  staff_appraisal: ofMember(
    { bg: 'годишната оценка', en: 'the yearly appraisal', uk: 'щорічне оцінювання' },
    'member_id',
  ),
  survey: named({ bg: 'анкетата', en: 'the survey', uk: 'опитування' }, 'title'),
  survey_response: (row, l) => {
    const s = ref(l.surveys, row['survey_id']);
    return {
      bg: `анонимен отговор на анкетата ${s.bg}`,
      en: `an anonymous answer to the survey ${s.en}`,
      uk: `анонімну відповідь на опитування ${s.uk}`,
    };
  },
  report: named({ bg: 'документа', en: 'the document', uk: 'документ' }, 'title'),
  quality_system: () => ({
    bg: 'текстовете на системата за качество',
    en: 'the quality system texts',
    uk: 'тексти системи якості',
  }),
  notification: (row, l, entry) =>
    row['event']
      ? { bg: 'известието', en: 'the notice', uk: 'сповіщення' }
      : named({ bg: 'напомнянето', en: 'the reminder', uk: 'нагадування' }, 'title')(row, l, entry),
  // A document's bytes kept for its content (decision 102): the trail says a document was rendered, not which bytes.
  rendered_document: (row) => {
    const format = str(row['format']).toUpperCase();
    return {
      bg: `файла за изтегляне (${format}) на документ`,
      en: `the download (${format}) of a document`,
      uk: `файл для завантаження (${format}) документа`,
    };
  },
  notice_preference: () => ({
    bg: 'избора кои известия да получава',
    en: 'the choice of which notices to receive',
    uk: 'вибір, які сповіщення отримувати',
  }),
  inspection: (row) => {
    const s = quoted(clip(str(row['service_name'])));
    const order = str(row['order_number']);
    return {
      bg: `проверката на място на ${s.bg} (заповед № ${order})`,
      en: `the on-site inspection of ${s.en} (order No. ${order})`,
      uk: `перевірку на місці ${s.uk} (наказ № ${order})`,
    };
  },
  inspection_inspector: (row, l) => {
    const i = ref(l.inspections, row['inspection_id']);
    const who = str(row['name']);
    return {
      bg: `проверяващия ${who} в проверката ${i.bg}`,
      en: `the inspector ${who} of the inspection ${i.en}`,
      uk: `інспектора ${who} перевірки ${i.uk}`,
    };
  },
  inspection_finding: (row, l) => {
    const n = indicatorNumber(row['item_id']);
    const i = ref(l.inspections, row['inspection_id']);
    const r = RESULTS[str(row['result'])];
    const to = r
      ? { bg: ` на ${quoted(r.bg).bg}`, en: ` to ${quoted(r.en).en}`, uk: ` на ${quoted(r.uk).uk}` }
      : same('');
    return {
      bg: `констатацията по индикатор ${n} в проверката на място ${i.bg}${to.bg}`,
      en: `the finding on indicator ${n} of the on-site inspection ${i.en}${to.en}`,
      uk: `висновок щодо індикатора ${n} перевірки на місці ${i.uk}${to.uk}`,
    };
  },
  inspection_attachment: (row, l) => {
    const i = ref(l.inspections, row['inspection_id']);
    return {
      bg: `приложение към проверката на място ${i.bg}`,
      en: `an attachment to the on-site inspection ${i.en}`,
      uk: `додаток до перевірки на місці ${i.uk}`,
    };
  },
  inspection_prescription: named({ bg: 'предписанието', en: 'the prescription', uk: 'припис' }, 'text'),
  monitoring_report: named(
    { bg: 'годишния мониторинг', en: 'the yearly monitoring', uk: 'щорічний моніторинг' },
    'title',
  ),
  received_comment: () => ({
    bg: 'коментар към получен документ',
    en: 'a comment on a document received',
    uk: 'коментар до отриманого документа',
  }),
};

// Ukrainian past tense has a gender Mera does not know: "Ім'я: змінено …" (the impersonal form takes the same
// accusative object) instead of "змінив(-ла)". Bulgarian's aorist ("промени") and English need no such care.
const VERBS: Record<AuditInput['action'], Translations> = {
  insert: { bg: 'добави', en: 'added', uk: 'додано' },
  update: { bg: 'промени', en: 'changed', uk: 'змінено' },
  delete: { bg: 'изтри', en: 'deleted', uk: 'видалено' },
};
const COMPLETED: Translations = { bg: 'приключи', en: 'completed', uk: 'завершено' };
const SIGNED: Translations = { bg: 'подписа', en: 'signed', uk: 'підписано' };
const SUBMITTED: Translations = { bg: 'изпрати', en: 'submitted', uk: 'надіслано' };
const NOBODY: Translations = { bg: 'Мера', en: 'Mera', uk: 'Mera' };

/** The verb: a status change says what happened (completed, signed, submitted) rather than "changed". */
function verbOf(entry: AuditInput, before: AuditedValues, after: AuditedValues): Translations {
  if (entry.action === 'update' && before['status'] !== after['status']) {
    if (after['status'] === 'completed') return COMPLETED;
    if (after['status'] === 'signed') return SIGNED;
    if (after['status'] === 'submitted') return SUBMITTED;
  }
  return VERBS[entry.action];
}

export function describeEntry(entry: AuditInput, l: Lookups): Translations {
  const before = (entry.before ?? {}) as AuditedValues;
  const after = (entry.after ?? {}) as AuditedValues;
  const row = entry.action === 'delete' ? before : after;
  const what = (DESCRIBERS[entry.entity] ?? (() => quoted(entry.entity)))(row, l, entry);
  const who = (entry.actorUserId && l.people.get(entry.actorUserId)) || null;
  const verb = verbOf(entry, before, after);
  const actor = who ? same(who) : NOBODY;
  return {
    bg: `${actor.bg} ${verb.bg} ${what.bg}`.replace(/\s+/g, ' ').trim(),
    en: `${actor.en} ${verb.en} ${what.en}`.replace(/\s+/g, ' ').trim(),
    uk: `${actor.uk}: ${verb.uk} ${what.uk}`.replace(/\s+/g, ' ').trim(),
  };
}

const rowOf = (e: AuditInput) => ((e.action === 'delete' ? e.before : e.after) ?? {}) as AuditedValues;
const idsOf = (entries: AuditInput[], entity: string, field: string) => [
  ...new Set(
    entries
      .filter((e) => e.entity === entity)
      .map((e) => str(rowOf(e)[field]))
      .filter(Boolean),
  ),
];

/** The names a page's rows point to, looked up once per kind (and not at all when no row points to one). */
async function names(
  ids: string[],
  read: (ids: string[]) => Promise<{ id: string; label: string | null }[]>,
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await read(ids);
  return new Map(rows.map((r) => [r.id, r.label ?? '']));
}

/** Every entry of a page described, with a fixed number of look-ups for the names the rows point to. */
export async function describeEntries<T extends AuditInput>(
  em: EntityManager,
  entries: T[],
): Promise<(T & { description: Translations })[]> {
  const db = sqlOf(em);
  const people = [
    ...new Set([
      ...entries.map((e) => e.actorUserId).filter((id): id is string => !!id),
      ...idsOf(entries, 'membership', 'user_id'),
    ]),
  ];
  const staffIds = [
    ...idsOf(entries, 'staff_training', 'member_id'),
    ...idsOf(entries, 'staff_supervision', 'member_id'),
    ...idsOf(entries, 'staff_appraisal', 'member_id'),
    ...idsOf(entries, 'staff_mentoring', 'newcomer_id'),
  ];
  const lookups: Lookups = {
    people: await names(people, (ids) =>
      db.selectFrom('app_user').select(['id', 'display_name as label']).where('id', 'in', ids).execute(),
    ),
    assessments: await names(
      [
        ...idsOf(entries, 'assessment_result', 'assessment_id'),
        ...idsOf(entries, 'assessment_evidence', 'assessment_id'),
      ],
      (ids) =>
        db
          .selectFrom('assessment as a')
          .innerJoin('service as s', (join) => ofItsService(join, 's', 'a'))
          .select(['a.id', sql<string>`a.title || ' — ' || s.name`.as('label')])
          .where('a.id', 'in', ids)
          .execute(),
    ),
    inspections: await names(
      [
        ...idsOf(entries, 'inspection_finding', 'inspection_id'),
        ...idsOf(entries, 'inspection_attachment', 'inspection_id'),
        ...idsOf(entries, 'inspection_inspector', 'inspection_id'),
      ],
      (ids) =>
        db
          .selectFrom('inspection')
          .select(['id', sql<string>`service_name || ', № ' || order_number`.as('label')])
          .where('id', 'in', ids)
          .execute(),
    ),
    programmes: await names(
      [
        ...idsOf(entries, 'quality_programme_measure', 'programme_id'),
        ...idsOf(entries, 'quality_programme_review', 'programme_id'),
      ],
      (ids) =>
        db.selectFrom('quality_programme').select(['id', 'title as label']).where('id', 'in', ids).execute(),
    ),
    staff: await names([...new Set(staffIds)], (ids) =>
      db.selectFrom('staff_member').select(['id', 'full_name as label']).where('id', 'in', ids).execute(),
    ),
    surveys: await names(idsOf(entries, 'survey_response', 'survey_id'), (ids) =>
      db
        .selectFrom('survey')
        .select(['id', sql<string>`title->>'bg'`.as('label')])
        .where('id', 'in', ids)
        .execute(),
    ),
    meetings: await names(idsOf(entries, 'meeting_recommendation', 'meeting_id'), (ids) =>
      db.selectFrom('meeting').select(['id', 'held_on as label']).where('id', 'in', ids).execute(),
    ),
  };
  return entries.map((entry) => ({ ...entry, description: describeEntry(entry, lookups) }));
}
