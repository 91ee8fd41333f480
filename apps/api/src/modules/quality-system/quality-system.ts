import { QualitySystem, sql, sqlOf } from '@mera/db';
import type { TenantContext } from '../../shared/context.ts';
import { invalid, stale } from '../../shared/validation.ts';
import { isoDate } from '@mera/calendar';
import { bgDate, type Block, type ReportDocument } from '../documents/index.ts';
import { METHODS } from '../reports/index.ts';
import { meetingsHeld } from '../meetings/index.ts';
import { createExtensionPoint } from '../../shared/extension-point.ts';

/**
 * The parts of the quality-system document only the provider can write, in the order of the document. The document
 * itself is in Bulgarian (it is filed with the authorities); the form that edits it speaks the person's language.
 */
export const QUALITY_SYSTEM_TEXTS = [
  {
    key: 'goals',
    title: 'Цели на системата за управление на качеството',
    titles: { en: 'Goals of the quality management system', uk: 'Цілі системи управління якістю' },
  },
  {
    key: 'targetGroup',
    title: 'Целева група и продължителност на ползване на услугите',
    titles: {
      en: 'Target group and how long the services are used',
      uk: 'Цільова група і тривалість користування послугами',
    },
  },
  {
    key: 'mission',
    title: 'Мисия, визия и ценности',
    titles: { en: 'Mission, vision and values', uk: 'Місія, бачення і цінності' },
  },
  {
    key: 'management',
    title: 'Организация и управление на услугите',
    titles: { en: 'Organisation and management of the services', uk: 'Організація та управління послугами' },
  },
  {
    key: 'staffDevelopment',
    title: 'Подбор, въвеждане, обучение и супервизия на персонала',
    titles: {
      en: 'Recruiting, induction, training and supervision of staff',
      uk: 'Добір, введення в посаду, навчання і супервізія персоналу',
    },
  },
  {
    key: 'workWithUsers',
    title: 'Работа с потребителите',
    titles: { en: 'Work with the service users', uk: 'Робота з користувачами' },
  },
] as const;
export type QualitySystemTextKey = (typeof QUALITY_SYSTEM_TEXTS)[number]['key'];

const FINANCING: Record<string, string> = {
  state_delegated: 'държавно делегирана дейност',
  municipal: 'местна дейност',
  own: 'собствено финансиране',
};
const DOCUMENT_KINDS: Record<string, string> = {
  policy: 'Политики',
  procedure: 'Процедури',
  plan: 'Планове',
  programme: 'Програми',
  register: 'Регистри',
  rules: 'Вътрешни правила',
  other: 'Други документи',
};

export async function qualitySystem(
  { em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>,
  locale: 'bg' | 'en' | 'uk' = 'bg',
) {
  const row = await em.findOne(QualitySystem, { tenantId });
  return {
    sectionTitles: QUALITY_SYSTEM_TEXTS.map((t) => ({
      key: t.key,
      title: locale === 'bg' ? t.title : t.titles[locale],
    })),
    texts: Object.fromEntries(QUALITY_SYSTEM_TEXTS.map(({ key }) => [key, row?.texts[key] ?? ''])),
    // 0 until the first save: the first save sends 0.
    version: row?.version ?? 0,
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}

export async function saveQualitySystem(
  ctx: TenantContext,
  input: { version: number; texts: Record<string, string> },
  locale: 'bg' | 'en' | 'uk' = 'bg',
) {
  const { em, tenantId, userId } = ctx;
  const allowed = new Set<string>(QUALITY_SYSTEM_TEXTS.map((t) => t.key));
  const unknown = Object.keys(input.texts).find((key) => !allowed.has(key));
  if (unknown) throw invalid(`texts.${unknown}`, 'unknown_section');
  const current = await qualitySystem(ctx);
  if (current.version !== input.version) throw stale();
  const texts = { ...current.texts, ...input.texts };
  const row =
    (await em.findOne(QualitySystem, { tenantId })) ?? em.create(QualitySystem, { tenantId, texts: {} });
  em.assign(row, { texts, updatedBy: userId });
  await em.flush();
  const saved = await qualitySystem(ctx, locale);
  return saved;
}

/** Extra blocks a feature contributes to a chapter of the document (e.g. the staff register's structure). */
export type QualitySystemContribution = (
  ctx: Pick<TenantContext, 'em' | 'tenantId'>,
) => Promise<{ chapter: 'staff' | 'monitoring'; blocks: Block[] }[]>;
/** Chapters' extra blocks, contributed by other modules (staff from its index.ts): they import this one, not back. */
export const qualitySystemChapters =
  createExtensionPoint<QualitySystemContribution>('qualitySystem.chapters');

/** The quality-system document, generated from the tenant's records and the provider's own texts. */
export async function qualitySystemDocument(
  ctx: TenantContext,
  today: string,
): Promise<{ document: ReportDocument; name: string }> {
  const { em, tenantId } = ctx;
  const db = sqlOf(em);
  const tenant = await db
    .selectFrom('tenant')
    .select(['legal_name', 'eik', 'address'])
    .where('id', '=', tenantId)
    .executeTakeFirst();
  const { texts } = await qualitySystem(ctx);
  const services = await db
    .selectFrom('service')
    .select([
      'id',
      'name',
      'plugin_code',
      'variant_key',
      'address',
      'capacity',
      'current_users',
      'financing',
      'started_on',
    ])
    .where('tenant_id', '=', tenantId)
    .orderBy(sql`lower(name)`)
    .execute();
  const documents = await db
    .selectFrom('quality_document')
    .select(['kind', 'title', 'version_label', 'approved_on', 'next_review_on'])
    .where('tenant_id', '=', tenantId)
    .orderBy('kind')
    .orderBy(sql`lower(title)`)
    .execute();
  const year = Number(today.slice(0, 4));
  const checks = await db
    .selectFrom('assessment')
    .select((eb) => ['kind', 'status', eb.fn.countAll<string>().as('n')])
    .where('tenant_id', '=', tenantId)
    .where(sql<number>`extract(year from coalesce(started_on, planned_on))`, '=', year)
    .groupBy(['kind', 'status'])
    .execute();
  const meetings = await meetingsHeld(db, tenantId)
    .where(sql<boolean>`extract(year from held_on) = ${year}`)
    .executeTakeFirst();
  const extra = (await Promise.all(qualitySystemChapters.contributions().map((c) => c(ctx)))).flat();
  const chapterExtra = (chapter: 'staff' | 'monitoring') =>
    extra.filter((e) => e.chapter === chapter).flatMap((e) => e.blocks);

  const variantOf = (pluginCode: string, variantKey: string) => {
    const plugin = ctx.plugins.list.find((p) => p.code === pluginCode);
    const variant = plugin?.variants.find((v) => v.key === variantKey);
    return {
      annex: variant?.annex ?? null,
      name: variant?.name?.bg ?? variant?.catalogue.title ?? plugin?.name.bg ?? pluginCode,
    };
  };
  const text = (key: QualitySystemTextKey): Block[] => {
    const value = texts[key]?.trim();
    return [{ type: 'paragraph', text: value || '—' }];
  };
  const titleOf = (key: QualitySystemTextKey) =>
    QUALITY_SYSTEM_TEXTS.find((t) => t.key === key)?.title ?? key;

  const blocks: Block[] = [];
  blocks.push({ type: 'heading', level: 2, text: `I. ${titleOf('goals')}` }, ...text('goals'));

  blocks.push({
    type: 'heading',
    level: 2,
    text: 'II. Прилагане на нормативните изисквания за предлаганите услуги',
  });
  blocks.push({ type: 'heading', level: 3, text: titleOf('targetGroup') }, ...text('targetGroup'));
  blocks.push({ type: 'heading', level: 3, text: 'Предоставяни социални услуги' });
  blocks.push(
    services.length
      ? {
          type: 'table',
          columns: ['Услуга', 'Вид (стандарти)', 'Адрес', 'Капацитет / потребители', 'Финансиране'],
          widths: [0.24, 0.28, 0.2, 0.13, 0.15],
          rows: services.map((s) => {
            const v = variantOf(s.plugin_code, s.variant_key);
            return [
              s.name,
              v.annex ? `${v.name} (Приложение № ${v.annex})` : v.name,
              s.address ?? '—',
              `${s.capacity ?? '—'} / ${s.current_users ?? '—'}`,
              s.financing ? (FINANCING[s.financing] ?? s.financing) : '—',
            ];
          }),
        }
      : { type: 'paragraph', text: 'Няма регистрирани услуги.' },
  );
  const annexes = [
    ...new Map(
      services
        .map((s) => variantOf(s.plugin_code, s.variant_key))
        .filter((v) => v.annex !== null)
        .map((v) => [v.annex, `Приложение № ${v.annex} — ${v.name}`]),
    ).entries(),
  ]
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([, label]) => label);
  if (annexes.length) {
    blocks.push({
      type: 'paragraph',
      text: 'Системата включва стандартите, критериите, индикаторите и източниците на информация от Наредбата за качеството на социалните услуги, приложими към услугите:',
    });
    blocks.push({ type: 'list', items: annexes });
  }

  blocks.push({ type: 'heading', level: 2, text: `III. ${titleOf('management')}` }, ...text('management'));
  blocks.push({ type: 'heading', level: 3, text: titleOf('mission') }, ...text('mission'));

  blocks.push({
    type: 'heading',
    level: 2,
    text: 'IV. Сигурна и безопасна среда, политики, процедури и планове',
  });
  if (documents.length) {
    for (const [kind, label] of Object.entries(DOCUMENT_KINDS)) {
      const own = documents.filter((d) => d.kind === kind);
      if (!own.length) continue;
      blocks.push({ type: 'heading', level: 3, text: label });
      blocks.push({
        type: 'table',
        columns: ['Документ', 'Версия', 'Утвърден на', 'Следващ преглед'],
        widths: [0.52, 0.14, 0.17, 0.17],
        rows: own.map((d) => [
          d.title,
          d.version_label ?? '—',
          d.approved_on ? bgDate(isoDate(d.approved_on)) : '—',
          d.next_review_on ? bgDate(isoDate(d.next_review_on)) : '—',
        ]),
      });
    }
  } else blocks.push({ type: 'paragraph', text: 'Няма документи в регистъра.' });

  blocks.push({
    type: 'heading',
    level: 2,
    text: 'V. Организация и управление на екипа и професионалната дейност',
  });
  blocks.push(...chapterExtra('staff'));
  blocks.push({ type: 'heading', level: 3, text: titleOf('staffDevelopment') }, ...text('staffDevelopment'));

  blocks.push(
    { type: 'heading', level: 2, text: `VI. ${titleOf('workWithUsers')}` },
    ...text('workWithUsers'),
  );

  blocks.push({ type: 'heading', level: 2, text: 'VII. Вътрешен контрол и мониторинг (чл. 22–26)' });
  const count = (kind: string, status?: string) =>
    checks
      .filter((c) => c.kind === kind && (!status || c.status === status))
      .reduce((n, c) => n + Number(c.n), 0);
  blocks.push({
    type: 'paragraph',
    text:
      `Годишният план-график за ${year} г. включва ${count('periodic')} периодични проверки (приключени: ${count('periodic', 'completed')}) ` +
      `и ${count('self_assessment')} годишни самооценки. Периодичен вътрешен контрол се извършва поне веднъж на всеки три месеца ` +
      `по избрани критерии (чл. 23, ал. 3). През годината са проведени ${Number(meetings?.team ?? 0)} екипни срещи и ` +
      `${Number(meetings?.with_head ?? 0)} срещи с ръководителя (чл. 24, ал. 1, т. 3 и 4). Анализ на информацията се ` +
      'изготвя поне веднъж на шест месеца (чл. 25), а годишният отчет — до 31 март (чл. 26).',
  });
  blocks.push({ type: 'paragraph', text: 'Методи за наблюдение на качеството (чл. 24, ал. 1):' });
  blocks.push({ type: 'list', items: Object.entries(METHODS).map(([n, name]) => `${n}. ${name}`) });
  blocks.push(...chapterExtra('monitoring'));

  return {
    document: {
      title: 'Система за управление на качеството на предоставяните социални услуги',
      meta: [
        ['Доставчик', tenant?.legal_name ?? ''],
        ['ЕИК', tenant?.eik ?? ''],
        ['Адрес', tenant?.address ?? '—'],
        ['Към дата', bgDate(today)],
      ],
      blocks,
    },
    name: `Система за качество ${bgDate(today)}`,
  };
}
