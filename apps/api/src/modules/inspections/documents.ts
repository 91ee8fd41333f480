import { bgDate, type Block, type ReportDocument } from '../documents/index.ts';
import type {
  ChecklistGroup,
  ChecklistIndicator,
  ChecklistSection,
  InspectionDetail,
} from './inspections.ts';

/**
 * The inspection's papers, as renderer-neutral documents (drawn by the reports' PDF renderer): the mayor's order
 * (art. 31(2)), the inspection report (art. 33(2)) and the letter forwarding it to the agency (art. 34). They go to
 * the provider and the agency, so they are in Bulgarian whatever the user's language.
 */

const KIND: Record<InspectionDetail['kind'], string> = {
  periodic: 'периодична (чл. 30, ал. 2)',
  extraordinary: 'извънредна (чл. 30, ал. 3)',
};
const REASON: Record<InspectionDetail['reason'], string> = {
  plan: 'по плана за периодични проверки',
  need: 'при идентифицирана необходимост',
  complaint: 'по сигнал или жалба',
  own_initiative: 'по инициатива на общината',
};
const RESULT: Record<string, string> = {
  met: 'изпълнен',
  partly_met: 'частично изпълнен',
  not_met: 'не е изпълнен',
  not_applicable: 'неприложим',
};

function criteriaOf(sections: ChecklistSection[]) {
  const out: ChecklistGroup<'criterion', ChecklistIndicator>[] = [];
  for (const section of sections)
    for (const standard of section.children) for (const criterion of standard.children) out.push(criterion);
  return out;
}

function scopeText(detail: InspectionDetail): string[] {
  if (!detail.scopeCriteria)
    return [`Всички стандарти и критерии за качество по Приложение № ${detail.annex} към Наредбата.`];
  return criteriaOf(detail.checklist).map((c) => `Критерий ${c.key}. ${c.statement ?? c.title ?? ''}`.trim());
}

const inspectorLine = (i: InspectionDetail['inspectors'][number]) =>
  i.position ? `${i.name}, ${i.position}` : i.name;

export function orderDocument(detail: InspectionDetail): ReportDocument {
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: `На основание ${detail.basis}`,
    },
    { type: 'heading', level: 2, text: 'НАРЕЖДАМ:' },
    {
      type: 'paragraph',
      text: `1. Да се извърши ${KIND[detail.kind]} проверка ${REASON[detail.reason]} на социалната услуга „${detail.serviceName}“, предоставяна от ${detail.providerName}.`,
    },
    { type: 'paragraph', text: `2. Място на проверката: ${detail.place}.` },
    { type: 'paragraph', text: '3. Обхват на проверката — съответствие със стандартите за качество:' },
    { type: 'list', items: scopeText(detail) },
    { type: 'paragraph', text: '4. Проверката да се извърши от:' },
    { type: 'list', items: detail.inspectors.map(inspectorLine) },
    {
      type: 'paragraph',
      text: `5. Срок за извършване на проверката: от ${bgDate(detail.startsOn)} до ${bgDate(detail.endsOn)}.`,
    },
    {
      type: 'paragraph',
      text: `6. Срок за изготвяне на доклад по чл. 33, ал. 1: до ${bgDate(detail.orderedReportDueOn)}.`,
    },
    {
      type: 'paragraph',
      text: '7. Доставчикът да осигури присъствието на служител, осъществяващ ръководство и/или предоставяне на услугата, необходимите условия, съдействие и исканите документи, сведения и справки (чл. 32, ал. 1 и 2). Информация от ползвателите се получава пряко само с тяхно съгласие (чл. 32, ал. 3).',
    },
    {
      type: 'paragraph',
      text: '8. Докладът да се предостави на кмета на общината и на проверявания доставчик (чл. 33, ал. 4).',
    },
    { type: 'paragraph', text: '\nКмет: ……………………………' },
  ];
  return {
    title: `Заповед № ${detail.orderNumber} от ${bgDate(detail.orderDate)}`,
    meta: [
      ['Община', detail.municipalityName],
      ['Доставчик', detail.providerName],
      ['Услуга', detail.serviceName],
    ],
    blocks,
  };
}

export function reportDocument(detail: InspectionDetail): ReportDocument {
  const blocks: Block[] = [];
  blocks.push({ type: 'heading', level: 2, text: 'Обект на проверката' });
  blocks.push({
    type: 'paragraph',
    text: `Социалната услуга „${detail.serviceName}“ на ${detail.providerName}, ${detail.place}. Проверка ${KIND[detail.kind]}, ${REASON[detail.reason]}, по заповед № ${detail.orderNumber} от ${bgDate(detail.orderDate)}, извършена ${detail.completedOn ? `до ${bgDate(detail.completedOn)}` : `в срока ${bgDate(detail.startsOn)} – ${bgDate(detail.endsOn)}`}.`,
  });
  blocks.push({ type: 'paragraph', text: 'Обхват:' });
  blocks.push({ type: 'list', items: scopeText(detail) });
  if (detail.providerPresent)
    blocks.push({
      type: 'paragraph',
      text: `В присъствието на служител на доставчика (чл. 32, ал. 1): ${detail.providerPresent}.`,
    });
  blocks.push({
    type: 'paragraph',
    text: detail.usersAsked
      ? `Информация е получена пряко от ползватели на услугата с тяхно съгласие (чл. 32, ал. 3)${detail.usersConsented !== null ? `: ${detail.usersConsented} души` : ''}.${detail.consentNote ? ` ${detail.consentNote}` : ''}`
      : 'Не е събирана информация пряко от ползватели на услугата.',
  });

  blocks.push({ type: 'heading', level: 2, text: 'Установени факти и обстоятелства' });
  blocks.push({ type: 'paragraph', text: detail.facts ?? '—' });

  blocks.push({
    type: 'heading',
    level: 2,
    text: 'Констатирани несъответствия със стандартите за качество',
  });
  if (detail.nonConformities.length)
    blocks.push({
      type: 'table',
      columns: ['Критерий', 'Индикатор', 'Констатация'],
      widths: [0.14, 0.6, 0.26],
      rows: detail.nonConformities.map((n) => [
        n.criterion,
        `${n.indicator}. ${n.text}`,
        n.note ? `${RESULT[n.result]}\n${n.note}` : (RESULT[n.result] ?? n.result),
      ]),
    });
  else blocks.push({ type: 'paragraph', text: 'Не са констатирани несъответствия.' });

  blocks.push({
    type: 'heading',
    level: 2,
    text: 'Други обстоятелства и нарушения, установени при проверката',
  });
  blocks.push({ type: 'paragraph', text: detail.otherViolations ?? 'Няма.' });

  blocks.push({ type: 'heading', level: 2, text: 'Проверени индикатори' });
  for (const criterion of criteriaOf(detail.checklist)) {
    blocks.push({
      type: 'table',
      columns: [`Критерий ${criterion.key}`, 'Констатация'],
      widths: [0.72, 0.28],
      rows: criterion.children.map((i) => [
        `${i.key}. ${i.text ?? ''}`,
        i.result ? `${RESULT[i.result]}${i.note ? `\n${i.note}` : ''}` : '—',
      ]),
    });
  }

  if (detail.prescriptions.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Предписания' });
    blocks.push({
      type: 'table',
      columns: ['Предписание', 'Срок'],
      widths: [0.78, 0.22],
      rows: detail.prescriptions.map((p) => [p.text, bgDate(p.dueOn)]),
    });
  }
  if (detail.conclusions) {
    blocks.push({ type: 'heading', level: 2, text: 'Изводи' });
    blocks.push({ type: 'paragraph', text: detail.conclusions });
  }
  blocks.push({ type: 'heading', level: 2, text: 'Приложения (чл. 33, ал. 3)' });
  blocks.push(
    detail.attachments.length
      ? { type: 'list', items: detail.attachments.map((a) => a.description ?? a.name) }
      : { type: 'paragraph', text: 'Няма.' },
  );
  blocks.push({ type: 'heading', level: 2, text: 'Подписи на лицата, извършили проверката' });
  blocks.push({
    type: 'list',
    items: detail.inspectors.map(
      (i) =>
        `${inspectorLine(i)} — ${i.signedAt ? `подписано в Мера на ${bgDate(i.signedAt.slice(0, 10))}` : 'не е подписано'}`,
    ),
  });
  return {
    title: `Доклад от проверка по заповед № ${detail.orderNumber}`,
    meta: [
      ['Община', detail.municipalityName],
      ['Доставчик', detail.providerName],
      ['Услуга', detail.serviceName],
      [
        'Състояние',
        detail.signedAt
          ? `подписан и предоставен на ${bgDate(detail.signedAt.slice(0, 10))}`
          : 'проект — не е подписан',
      ],
      ...(detail.correctsId
        ? ([['Поправка', 'на по-ранен доклад от същата проверка']] as [string, string][])
        : []),
    ],
    blocks,
  };
}

export function forwardingLetter(detail: InspectionDetail): ReportDocument {
  return {
    title: `Писмо изх. № ${detail.forwardLetterNumber ?? '……'}`,
    meta: [
      ['От', `Кмета на ${detail.municipalityName}`],
      ['До', 'Агенцията за качеството на социалните услуги'],
      ['Относно', `доклад от проверка на социалната услуга „${detail.serviceName}“`],
    ],
    blocks: [
      { type: 'paragraph', text: 'Уважаеми госпожи и господа,' },
      {
        type: 'paragraph',
        text: `На основание чл. 34 от Наредбата за качеството на социалните услуги Ви изпращам доклада от проверката, извършена по заповед № ${detail.orderNumber} от ${bgDate(detail.orderDate)} на социалната услуга „${detail.serviceName}“, предоставяна от ${detail.providerName} (${detail.place}), заедно с документите към него.`,
      },
      {
        type: 'paragraph',
        text: `При проверката са установени ${detail.nonConformities.length ? `${detail.nonConformities.length} несъответствия със стандартите за качество` : 'нарушения на нормативната уредба в областта на социалните услуги'}${detail.nonConformities.length && detail.otherViolations ? ' и други нарушения' : ''}. Докладът е получен от кмета на ${detail.mayorReceivedOn ? bgDate(detail.mayorReceivedOn) : '—'}.`,
      },
      ...(detail.nonConformities.length
        ? ([
            {
              type: 'list',
              items: detail.nonConformities.map((n) => `Индикатор ${n.indicator}: ${n.text}`),
            },
          ] as Block[])
        : []),
      {
        type: 'paragraph',
        text: 'Моля да предприемете необходимите действия за контрол по реда на раздел III от глава четвърта на Наредбата.',
      },
      { type: 'paragraph', text: 'Приложение: доклад от проверката и документите към него.' },
      { type: 'paragraph', text: '\nКмет: ……………………………' },
    ],
  };
}
