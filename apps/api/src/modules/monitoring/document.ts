import { bgDate, percent, type Block, type ReportDocument } from '../documents/index.ts';
import type { MonitoringData } from './assemble.ts';

/** The seven methods of art. 35(1) of the Ordinance, verbatim: each heads a chapter of the yearly monitoring. */
export const ART_35_METHODS: Record<1 | 2 | 3 | 4 | 5 | 6 | 7, string> = {
  1: 'събиране, обработване, анализиране и съхраняване на информацията за резултатите от контролната дейност на общината относно качеството и ефективността на предоставяните на територията и социални услуги',
  2: 'събиране, обработване, анализиране и съхраняване на информацията от годишните отчети на частните доставчици, предоставящи социални услуги въз основа на договор за възлагане',
  3: 'провеждане на системно наблюдение на състоянието и ефективността на предоставяните на територията на общината социални услуги с оглед на постигнатите резултати за лицата, които ги ползват',
  4: 'анализиране на предложенията за подобряване на качеството и ефективността на социалните услуги, които се предоставят на територията на общината, разработени от Съвета по чл. 27 от Закона за социалните услуги',
  5: 'събиране и анализиране на информацията във връзка с изпълнение на поетите отговорности от общината, която отговаря за управлението и предоставянето на услуги при сключено споразумение по чл. 55 или чл. 56 от Закона за социалните услуги',
  6: 'съдействие за периодичен преглед на програмите по чл. 112, ал. 1 от Закона за социалните услуги на частните доставчици, предоставящи социални услуги въз основа на договор за възлагане, и съгласуване на програмите',
  7: 'осъществяване на информационен обмен с лицата, ползващи социални услуги, и с доставчиците на социални услуги на територията на общината чрез анкети, беседи, дискусии',
};

/** A chapter's heading: the method's number and its text as the Ordinance words it. */
export const methodHeading = (n: keyof typeof ART_35_METHODS) =>
  `Чл. 35, ал. 1, т. ${n}: ${ART_35_METHODS[n]}`;

/** The texts the municipality writes, in order: methods 3–5 have no data in Mera, so the analysis is theirs. */
export const MONITORING_SECTIONS: { key: string; method: 3 | 4 | 5 | null; title: string }[] = [
  { key: 'observation', method: 3, title: 'Изводи от системното наблюдение (чл. 35, ал. 1, т. 3)' },
  {
    key: 'council',
    method: 4,
    title: 'Предложения на Съвета по чл. 27 от ЗСУ и анализът им (чл. 35, ал. 1, т. 4)',
  },
  {
    key: 'agreements',
    method: 5,
    title: 'Изпълнение на споразуменията по чл. 55 и чл. 56 от ЗСУ (чл. 35, ал. 1, т. 5)',
  },
  { key: 'conclusions', method: null, title: 'Изводи и препоръки' },
];

export const MONITORING_TITLE = 'Ежегоден мониторинг на качеството и ефективността на социалните услуги';

const KIND = { semi_annual_analysis: 'Анализ (чл. 25, ал. 1)', annual_report: 'Годишен отчет (чл. 26)' };
const PROGRAMME_STATUS = {
  submitted: 'очаква съгласуване',
  agreed: 'съгласувана',
  changes_requested: 'поискани промени',
};
const INSPECTION_KIND = { periodic: 'периодична', extraordinary: 'извънредна', follow_up: 'последваща' };

/** The first texts of a new analysis, from its figures: the municipality edits them before approving. */
export function draftMonitoringSections(data: MonitoringData): Record<string, string> {
  const scored = data.services.filter((s) => s.score !== null);
  const averages = data.types
    .map((t) => ({ name: t.name, average: t.averages.at(-1)?.average ?? null }))
    .filter((t) => t.average !== null)
    .map((t) => `${t.name} — ${percent(t.average)}`)
    .join('; ');
  const top = data.weaknesses[0];
  return {
    observation: data.services.length
      ? `През ${data.year} г. общината възлага ${data.services.length} ${data.services.length === 1 ? 'социална услуга' : 'социални услуги'}; за ${scored.length} от тях доставчиците са приключили проверки на качеството в Мера.` +
        (averages ? ` Средна оценка по вид услуга: ${averages}.` : '') +
        (top
          ? ` Най-често неизпълнен индикатор: „${top.text}“ (в ${top.services} ${top.services === 1 ? 'услуга' : 'услуги'}).`
          : '')
      : `През ${data.year} г. в Мера няма услуги, възложени от общината по действащ договор.`,
    council: '',
    agreements: '',
    conclusions: '',
  };
}

/** The whole yearly monitoring, figures and texts, as the renderer-neutral blocks of the reports module. */
export function composeMonitoring(report: {
  title: string;
  data: MonitoringData;
  sections: Record<string, string>;
  approvedAt: string | null;
}): ReportDocument {
  const { data } = report;
  const blocks: Block[] = [];
  const meta: [string, string][] = [
    ['Община', data.municipality],
    ['Година', `${data.year} г.`],
    [
      'Обхват',
      `${data.services.length} ${data.services.length === 1 ? 'възложена услуга' : 'възложени услуги'} на ${new Set(data.services.map((s) => s.providerTenantId)).size} доставчици`,
    ],
    ['Състояние', report.approvedAt ? `утвърден на ${bgDate(report.approvedAt.slice(0, 10))}` : 'чернова'],
  ];
  const text = (key: string) => {
    const value = report.sections[key]?.trim();
    blocks.push({ type: 'paragraph', text: value || '—' });
  };
  const sectionTitle = (key: string) => MONITORING_SECTIONS.find((s) => s.key === key)?.title ?? key;

  blocks.push({
    type: 'paragraph',
    text: `Анализ на кмета на общината по чл. 35, ал. 1 от Наредбата за качеството на социалните услуги за ${data.year} г., по седемте метода на ежегодния мониторинг. Данните са от Мера към датата на събирането им: проверките на качеството, които доставчиците са приключили, подадените им анализи и отчети и програмите, изпратени на общината за съгласуване.`,
  });

  // Method 1: the municipality's own inspections.
  blocks.push({ type: 'heading', level: 2, text: methodHeading(1) });
  const inspections = data.inspections;
  const done = inspections.done.periodic + inspections.done.extraordinary + inspections.done.follow_up;
  if (!done)
    blocks.push({ type: 'paragraph', text: 'Няма регистрирани проверки на общината в Мера за годината.' });
  else {
    blocks.push({
      type: 'paragraph',
      text: `Проверки: ${done} (периодични: ${inspections.done.periodic}; извънредни: ${inspections.done.extraordinary}; последващи: ${inspections.done.follow_up}). С установени несъответствия: ${inspections.withNonConformities}; изпратени на Агенцията за качеството на социалните услуги: ${inspections.forwardedToAgency}. Дадени предписания: ${inspections.prescriptions.given}; изпълнени: ${inspections.prescriptions.fulfilled}; с изтекъл срок: ${inspections.prescriptions.overdue}.`,
    });
    blocks.push({
      type: 'table',
      columns: ['Услуга', 'Доставчик', 'Вид', 'Дата', 'Несъответствия', 'До АКСУ'],
      widths: [0.26, 0.24, 0.14, 0.12, 0.14, 0.1],
      rows: inspections.items.map((i) => [
        i.serviceName,
        i.providerName,
        INSPECTION_KIND[i.kind],
        bgDate(i.on),
        String(i.nonConformities),
        i.forwarded ? 'да' : 'не',
      ]),
    });
  }

  // Method 2: the providers' reports.
  blocks.push({ type: 'heading', level: 2, text: methodHeading(2) });
  const annual = data.reports.filter((r) => r.kind === 'annual_report').length;
  if (!data.reports.length)
    blocks.push({
      type: 'paragraph',
      text: 'За годината в Мера няма получени годишни отчети или анализи от доставчиците на възложените услуги.',
    });
  else {
    blocks.push({
      type: 'paragraph',
      text: `Получени годишни отчети: ${annual}; анализи по чл. 25, ал. 1: ${data.reports.length - annual}.`,
    });
    blocks.push({
      type: 'table',
      columns: ['Доставчик', 'Услуга', 'Документ', 'Период', 'Подаден на'],
      widths: [0.22, 0.24, 0.2, 0.2, 0.14],
      rows: data.reports.map((r) => [
        r.providerName,
        r.serviceName ?? 'всички услуги',
        KIND[r.kind],
        `${bgDate(r.periodStart)} – ${bgDate(r.periodEnd)}`,
        bgDate(r.submittedOn),
      ]),
    });
  }

  // Method 3: the state and effectiveness of the services — the scores, common weaknesses and trends.
  blocks.push({ type: 'heading', level: 2, text: methodHeading(3) });
  blocks.push({ type: 'heading', level: 3, text: 'Оценка на качеството по услуги' });
  if (data.services.some((s) => s.score !== null))
    blocks.push({
      type: 'bars',
      caption: `Дял на изпълнените индикатори по услуги, ${data.year} г.`,
      items: data.services.map((s) => ({ label: `${s.name} (${s.providerName})`, value: s.score })),
    });
  if (data.services.length)
    blocks.push({
      type: 'table',
      columns: ['Услуга', 'Доставчик', 'Вид', 'Проверки', ...data.years.map((y) => `Оценка ${y}`)],
      widths: [0.22, 0.2, 0.12, 0.12, ...data.years.map(() => 0.34 / data.years.length)],
      rows: data.services.map((s) => [
        s.name,
        s.providerName,
        s.annex ? `Прил. № ${s.annex}` : s.typeName,
        String(s.checks),
        ...s.scores.map(percent),
      ]),
    });
  else blocks.push({ type: 'paragraph', text: 'Общината няма възложени услуги в Мера за годината.' });

  blocks.push({ type: 'heading', level: 3, text: 'Средна оценка по вид услуга и година' });
  if (data.types.length) {
    blocks.push({
      type: 'table',
      columns: ['Вид услуга', 'Услуги', ...data.years.map((y) => String(y))],
      widths: [0.46, 0.12, ...data.years.map(() => 0.42 / data.years.length)],
      rows: data.types.map((t) => [t.name, String(t.services), ...t.averages.map((a) => percent(a.average))]),
    });
    blocks.push({
      type: 'bars',
      caption: 'Тенденция: средна оценка по вид услуга и година',
      items: data.types.flatMap((t) =>
        t.averages.map((a) => ({ label: `${t.name}, ${a.year} г.`, value: a.average })),
      ),
    });
  } else blocks.push({ type: 'paragraph', text: '—' });

  blocks.push({ type: 'heading', level: 3, text: 'Общи слабости: най-често неизпълнени индикатори' });
  if (data.weaknesses.length)
    blocks.push({
      type: 'table',
      columns: ['Критерий', 'Индикатор', 'Не е изпълнен', 'Частично', 'Услуги'],
      widths: [0.12, 0.5, 0.14, 0.12, 0.12],
      rows: data.weaknesses
        .slice(0, 20)
        .map((w) => [
          w.criterion,
          `${w.text}\n${w.typeName}`,
          String(w.notMet),
          String(w.partlyMet),
          String(w.services),
        ]),
    });
  else
    blocks.push({
      type: 'paragraph',
      text: 'В приключените през годината проверки няма неизпълнени или частично изпълнени индикатори.',
    });
  blocks.push({ type: 'heading', level: 3, text: sectionTitle('observation') });
  text('observation');

  // Methods 4 and 5: the municipality's own analysis.
  blocks.push({ type: 'heading', level: 2, text: methodHeading(4) });
  text('council');
  blocks.push({ type: 'heading', level: 2, text: methodHeading(5) });
  text('agreements');

  // Method 6: the quality programmes.
  blocks.push({ type: 'heading', level: 2, text: methodHeading(6) });
  if (!data.programmes.length)
    blocks.push({
      type: 'paragraph',
      text: 'За годината в Мера няма програми за развитие на качеството, изпратени на общината за съгласуване.',
    });
  else {
    const count = (status: string) => data.programmes.filter((p) => p.status === status).length;
    blocks.push({
      type: 'paragraph',
      text: `Получени програми: ${data.programmes.length}; съгласувани: ${count('agreed')}; с поискани промени: ${count('changes_requested')}; очакват съгласуване: ${count('submitted')}.`,
    });
    blocks.push({
      type: 'table',
      columns: ['Доставчик', 'Услуга', 'Програма', 'Период', 'Решение'],
      widths: [0.2, 0.22, 0.24, 0.18, 0.16],
      rows: data.programmes.map((p) => [
        p.providerName,
        p.serviceName ?? '—',
        p.title,
        `${bgDate(p.periodStart)} – ${bgDate(p.periodEnd)}`,
        `${PROGRAMME_STATUS[p.status]}${p.decidedOn ? ` (${bgDate(p.decidedOn)})` : ''}`,
      ]),
    });
  }

  // Method 7: information exchange — what the providers' submitted reports say of their surveys.
  blocks.push({ type: 'heading', level: 2, text: methodHeading(7) });
  const responses = data.feedback.reduce((n, f) => n + f.responses, 0);
  if (!responses)
    blocks.push({
      type: 'paragraph',
      text: 'Подадените в Мера отчети и анализи на доставчиците не съдържат отговори на анкети за годината; Мера няма данни за беседи и дискусии на общината.',
    });
  else {
    blocks.push({
      type: 'paragraph',
      text: `Според подадените отчети и анализи доставчиците са получили ${responses} анонимни отговора на анкети за обратна връзка. Мера няма данни за беседи и дискусии на общината.`,
    });
    blocks.push({
      type: 'table',
      columns: ['Доставчик', 'Услуга', 'Отговори на анкети', 'Източник'],
      widths: [0.28, 0.32, 0.16, 0.24],
      rows: data.feedback.map((f) => [
        f.providerName,
        f.serviceName ?? 'всички услуги',
        String(f.responses),
        KIND[f.source],
      ]),
    });
  }

  blocks.push({ type: 'heading', level: 2, text: sectionTitle('conclusions') });
  text('conclusions');
  return { title: report.title, meta, blocks };
}
