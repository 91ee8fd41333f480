import type { QualitySystemContribution } from '../quality-system/index.ts';

const CATEGORY: Record<string, string> = {
  core: 'Основни специалисти',
  recommended: 'Препоръчителни специалисти',
  support: 'Помощен персонал',
};
const number = new Intl.NumberFormat('bg-BG', { maximumFractionDigits: 2 });

/**
 * The staff register's part of the quality-system document: each service's positions by category with the planned
 * and filled full-time equivalents, and the year's supervisions — numbers and titles, never the employees' names.
 */
export const staffChapter: QualitySystemContribution = async (em, tenantId) => {
  const positions = await em.execute<
    { service: string; title: string; category: string; planned_fte: string; filled: string | null }[]
  >(
    `select s.name as service, p.title, p.category, p.planned_fte,
       (select sum(m.fte) from staff_member m
        where m.tenant_id = p.tenant_id and m.position_id = p.id and m.employment_type <> 'volunteer'
          and (m.ended_on is null or m.ended_on >= current_date)) as filled
     from staff_position p join service s on s.tenant_id = p.tenant_id and s.id = p.service_id
     where p.tenant_id = ?
     order by lower(s.name), array_position(array['core', 'recommended', 'support'], p.category), lower(p.title)`,
    [tenantId],
  );
  const [supervisions] = await em.execute<{ group_n: string; individual_n: string }[]>(
    `select count(*) filter (where kind = 'group') as group_n, count(*) filter (where kind = 'individual') as individual_n
     from staff_supervision where tenant_id = ? and extract(year from held_on) = extract(year from current_date)`,
    [tenantId],
  );
  if (!positions.length) return [];
  return [
    {
      chapter: 'staff',
      blocks: [
        { type: 'heading', level: 3, text: 'Структура и персонал' },
        {
          type: 'table',
          columns: ['Услуга', 'Категория', 'Длъжност', 'Щатни бройки (заети)'],
          widths: [0.3, 0.22, 0.3, 0.18],
          rows: positions.map((p) => [
            p.service,
            CATEGORY[p.category] ?? p.category,
            p.title,
            `${number.format(Number(p.planned_fte))} (${number.format(Number(p.filled ?? 0))})`,
          ]),
        },
        {
          type: 'paragraph',
          text: `Супервизии през годината: групови — ${Number(supervisions?.group_n ?? 0)}, индивидуални — ${Number(supervisions?.individual_n ?? 0)}.`,
        },
      ],
    },
  ];
};
