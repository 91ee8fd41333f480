import { sql, sqlOf } from '@mera/db';
import type { QualitySystemContribution } from '../quality-system/index.ts';
import { ofItsService } from '../../shared/sql.ts';

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
export const staffChapter: QualitySystemContribution = async ({ em, tenantId }) => {
  const db = sqlOf(em);
  const positions = await db
    .selectFrom('staff_position as p')
    .innerJoin('service as s', (join) => ofItsService(join, 's', 'p'))
    .select((eb) => [
      's.name as service',
      'p.title',
      'p.category',
      'p.planned_fte',
      eb
        .selectFrom('staff_member as m')
        .select(sql<string | null>`sum(m.fte)`.as('filled'))
        .whereRef('m.tenant_id', '=', 'p.tenant_id')
        .whereRef('m.position_id', '=', 'p.id')
        .where('m.employment_type', '<>', 'volunteer')
        .where((w) => w.or([w('m.ended_on', 'is', null), w('m.ended_on', '>=', sql<string>`current_date`)]))
        .as('filled'),
    ])
    .where('p.tenant_id', '=', tenantId)
    .orderBy(sql`lower(s.name)`)
    .orderBy(sql`array_position(array['core', 'recommended', 'support'], p.category)`)
    .orderBy(sql`lower(p.title)`)
    .execute();
  const supervisions = await db
    .selectFrom('staff_supervision')
    .select([
      sql<string>`count(*) filter (where kind = 'group')`.as('group_n'),
      sql<string>`count(*) filter (where kind = 'individual')`.as('individual_n'),
    ])
    .where('tenant_id', '=', tenantId)
    .where(sql<boolean>`extract(year from held_on) = extract(year from current_date)`)
    .executeTakeFirst();
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
