import { bgDate, percent, type Block, type ReportDocument } from '../documents/index.ts';
import type { ReportData, ReportKind } from './assemble.ts';

/** The texts a provider writes in a report, in order, with the article each answers. */
export const SECTION_KEYS: Record<ReportKind, { key: string; title: string }[]> = {
  semi_annual_analysis: [
    { key: 'summary', title: 'Обобщение на информацията от прилаганите методи (чл. 25, ал. 1)' },
    {
      key: 'nonconformities',
      title: 'Установени несъответствия и предприети незабавни действия (чл. 25, ал. 2)',
    },
    {
      key: 'prescriptions',
      title: 'Предписания към служителите, обучения и супервизия (чл. 25, ал. 3)',
    },
    { key: 'conclusions', title: 'Изводи' },
  ],
  annual_report: [
    { key: 'analyses', title: 'Резултати от анализите по чл. 25, ал. 1 (чл. 26, ал. 1, т. 1)' },
    {
      key: 'programme',
      title:
        'Постигнати резултати от прилагането на програмата за развитие на качеството (чл. 26, ал. 1, т. 2)',
    },
    {
      key: 'updates',
      title: 'Несъответствия и актуализация на програмата, инструментите и методите (чл. 26, ал. 2)',
    },
    { key: 'conclusions', title: 'Изводи' },
  ],
};

export const KIND_TITLES: Record<ReportKind, string> = {
  semi_annual_analysis: 'Анализ на информацията от мониторинга на качеството',
  annual_report: 'Обобщен годишен отчет за контрола и мониторинга на качеството',
};

/** The methods of art. 24(1), by item number, as a report names them. */
export const METHODS: Record<number, string> = {
  1: 'обратна връзка от потребителите и техните семейства',
  2: 'допитване при прекратяване на ползването',
  3: 'ежемесечни екипни срещи',
  4: 'ежемесечни срещи с ръководителя',
  5: 'преглед на програмата за качество с потребителите',
  6: 'проверки на досиетата',
  7: 'преглед на разходването на средствата',
  8: 'проверки на място',
  9: 'проследяване на служебните задължения',
  10: 'проверки на сигурността на средата',
  11: 'преглед на информацията в системата на АСП',
};

const RESULT = { not_met: 'не е изпълнен', partly_met: 'частично изпълнен' } as const;
const STATUS: Record<string, string> = {
  planned: 'планирана',
  in_progress: 'в изпълнение',
  done: 'изпълнена',
  cancelled: 'отменена',
  draft: 'чернова',
  submitted: 'подаден',
};

const number = new Intl.NumberFormat('bg-BG', { maximumFractionDigits: 1 });

/** Bulgarian count agreement for the few nouns a report counts: `1 проверка`, `3 проверки`. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The first texts of a new report, from its figures: the provider edits them before submitting. */
export function draftSections(kind: ReportKind, data: ReportData): Record<string, string> {
  const period = `${bgDate(data.period.start)} – ${bgDate(data.period.end)}`;
  const checks = data.services.reduce((n, s) => n + s.checks.length, 0);
  const weak = data.services.reduce((n, s) => n + s.weaknesses.length, 0);
  const scored = data.services
    .filter((s) => s.score !== null)
    .map((s) => `${s.name} — ${percent(s.score)}`)
    .join('; ');
  const methods = [...new Set(data.services.flatMap((s) => s.methods))]
    .sort((a, b) => a - b)
    .map((m) => METHODS[m])
    .filter(Boolean);
  const methodsText = methods.length ? ` Приложени методи по чл. 24, ал. 1: ${methods.join(', ')}.` : '';
  const answers = data.feedback?.responses
    ? ` Получени анонимни отговора на анкети за обратна връзка: ${data.feedback.responses}.`
    : '';
  const meetings = `Екипни срещи: ${data.meetings.team}; срещи с ръководителя: ${data.meetings.withHead}.`;
  if (kind === 'semi_annual_analysis')
    return {
      summary:
        `През периода ${period} ${checks === 1 ? 'е приключена' : 'са приключени'} ${count(checks, 'проверка', 'проверки')} на качеството.` +
        (scored ? ` Оценка по услуги: ${scored}.` : '') +
        methodsText +
        answers +
        ` ${meetings}`,
      nonconformities: weak
        ? `${weak === 1 ? 'Установен е 1 индикатор, който не е изпълнен или е изпълнен' : `Установени са ${weak} индикатора, които не са изпълнени или са изпълнени`} частично (вж. таблицата по-горе).`
        : 'Не са установени несъответствия.',
      prescriptions: '',
      conclusions: '',
    };
  const p = data.programme;
  return {
    analyses: data.analyses.length
      ? `През годината ${data.analyses.length === 1 ? 'е изготвен 1 анализ' : `са изготвени ${data.analyses.length} анализа`} по чл. 25, ал. 1.` +
        (scored ? ` Оценка по услуги за годината: ${scored}.` : '')
      : 'През годината не са изготвени анализи по чл. 25, ал. 1 в Мера.' +
        (scored ? ` Оценка по услуги за годината: ${scored}.` : ''),
    programme: p.measures
      ? `От ${p.measures} мерки в програмата за развитие на качеството са изпълнени ${p.done}, в изпълнение са ${p.inProgress}, планирани — ${p.planned}, отменени — ${p.cancelled}.`
      : 'За годината няма въведени мерки в програмата за развитие на качеството.',
    updates: weak
      ? `${weak === 1 ? 'Установен е 1 индикатор, който не е изпълнен или е изпълнен' : `Установени са ${weak} индикатора, които не са изпълнени или са изпълнени`} частично; програмата се актуализира с мерки за тях.`
      : 'Не са установени несъответствия.',
    conclusions: '',
  };
}

/** The whole report, figures and texts, as blocks. */
export function composeReport(report: {
  kind: ReportKind;
  title: string;
  status: string;
  serviceName: string | null;
  data: ReportData;
  sections: Record<string, string>;
  submittedAt: string | null;
}): ReportDocument {
  const { data } = report;
  const blocks: Block[] = [];
  const meta: [string, string][] = [
    ['Доставчик', data.organisation],
    ['Услуга', report.serviceName ?? 'Всички услуги на доставчика'],
    ['Период', `${bgDate(data.period.start)} – ${bgDate(data.period.end)}`],
    ['Състояние', report.submittedAt ? `подаден на ${bgDate(report.submittedAt.slice(0, 10))}` : 'чернова'],
  ];

  blocks.push({ type: 'heading', level: 2, text: 'Оценка на качеството по услуги' });
  if (data.services.some((s) => s.checks.length)) {
    blocks.push({
      type: 'bars',
      caption: 'Дял на изпълнените индикатори по услуги',
      items: data.services.map((s) => ({ label: s.name, value: s.score })),
    });
  }
  blocks.push({
    type: 'table',
    columns: ['Услуга', 'Приложение', 'Приключени проверки', 'Оценка'],
    widths: [0.46, 0.16, 0.2, 0.18],
    rows: data.services.map((s) => [
      s.name,
      s.annex ? `№ ${s.annex}` : '—',
      String(s.checks.length),
      percent(s.score),
    ]),
  });

  for (const service of data.services) {
    if (!service.checks.length) continue;
    blocks.push({ type: 'heading', level: 2, text: service.name });
    blocks.push({
      type: 'table',
      columns: ['Проверка', 'Приключена на', 'Отговорени индикатори', 'Оценка'],
      widths: [0.44, 0.18, 0.2, 0.18],
      rows: service.checks.map((c) => [
        c.title,
        bgDate(c.completedOn),
        `${c.answered} от ${c.total}`,
        percent(c.score),
      ]),
    });
    blocks.push({
      type: 'bars',
      caption: 'Оценка по стандарти',
      items: service.standards.map((s) => ({ label: `Стандарт ${s.key}. ${s.title}`, value: s.score })),
    });
    if (service.weaknesses.length) {
      blocks.push({ type: 'heading', level: 3, text: 'Неизпълнени и частично изпълнени индикатори' });
      blocks.push({
        type: 'table',
        columns: ['Критерий', 'Индикатор', 'Резултат'],
        widths: [0.14, 0.62, 0.24],
        rows: service.weaknesses.map((w) => [
          w.criterion,
          w.note ? `${w.text}\nБележка: ${w.note}` : w.text,
          RESULT[w.result],
        ]),
      });
    }
  }

  blocks.push({
    type: 'heading',
    level: 2,
    text: 'Обратна връзка от потребителите и семействата (чл. 24, ал. 1, т. 1 и 2)',
  });
  const feedback = data.feedback;
  if (feedback?.responses) {
    blocks.push({ type: 'paragraph', text: `Получени анонимни отговора на анкети: ${feedback.responses}.` });
    for (const template of feedback.templates)
      blocks.push({
        type: 'table',
        columns: [`${template.name} (${template.responses})`, 'Отговорили', 'Средна оценка'],
        widths: [0.62, 0.16, 0.22],
        rows: template.questions.map((q) => [
          q.label,
          String(q.answers),
          q.mean === null ? '—' : `${number.format(q.mean)} от ${q.max}`,
        ]),
      });
  } else blocks.push({ type: 'paragraph', text: 'През периода няма получени отговори на анкети в Мера.' });

  blocks.push({ type: 'heading', level: 2, text: 'Срещи (чл. 24, ал. 1, т. 3 и 4)' });
  blocks.push({
    type: 'paragraph',
    text: `Екипни срещи: ${data.meetings.team}. Срещи с ръководителя на услугата: ${data.meetings.withHead}.`,
  });
  if (data.meetings.recommendations.length) {
    blocks.push({ type: 'paragraph', text: 'Препоръки от срещите:' });
    blocks.push({ type: 'list', items: data.meetings.recommendations });
  }

  blocks.push({ type: 'heading', level: 2, text: 'Програма за развитие на качеството' });
  const p = data.programme;
  blocks.push({
    type: 'paragraph',
    text: p.measures
      ? `Мерки: ${p.measures}; изпълнени: ${p.done}; в изпълнение: ${p.inProgress}; планирани: ${p.planned}; отменени: ${p.cancelled}; с изтекъл срок: ${p.overdue}.`
      : 'Няма мерки за периода.',
  });
  if (p.items.length)
    blocks.push({
      type: 'table',
      columns: ['Мярка', 'Срок', 'Състояние'],
      widths: [0.6, 0.18, 0.22],
      rows: p.items.map((m) => [
        m.title,
        m.deadline ? bgDate(m.deadline) : '—',
        STATUS[m.status] ?? m.status,
      ]),
    });
  if (report.kind === 'annual_report' && data.analyses.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Анализи по чл. 25, ал. 1 през годината' });
    blocks.push({
      type: 'list',
      items: data.analyses.map(
        (a) =>
          `${a.title} (${bgDate(a.periodStart)} – ${bgDate(a.periodEnd)}), ${STATUS[a.status] ?? a.status}`,
      ),
    });
  }

  for (const section of SECTION_KEYS[report.kind]) {
    blocks.push({ type: 'heading', level: 2, text: section.title });
    const text = report.sections[section.key]?.trim();
    blocks.push({ type: 'paragraph', text: text || '—' });
  }
  return { title: report.title, meta, blocks };
}
