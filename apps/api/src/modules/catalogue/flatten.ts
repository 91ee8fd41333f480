import type { Database, Selectable } from '@mera/db';
import type { Catalogue } from './types.ts';

/** A catalogue item as stored (`catalogue_item`'s columns, typed from its entity), without its version. */
export type FlatItem = Omit<Selectable<Database['catalogue_item']>, 'version_id' | 'search'>;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The catalogue tree as rows, parents first, with stable human-readable ids: the plugin's own when it gives them,
 * else `bg-2022/a02/s1/c1.1/i1` (annex, standard, criterion, indicator number) and `bg-2022/a02/А` for a section.
 */
export function flattenCatalogue(catalogue: Catalogue, prefix = 'bg-2022'): FlatItem[] {
  const annex = `${prefix}/a${pad(catalogue.annex)}`;
  const items: FlatItem[] = [];
  const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ');
  catalogue.sections.forEach((section, si) => {
    const sectionId = section.id ?? `${annex}/${section.key}`;
    items.push({
      item_id: sectionId,
      kind: 'section',
      parent_item_id: null,
      position: si,
      key: section.key,
      title: section.title,
      statement: null,
      text: null,
      sources: [],
      notes: [],
      search_text: section.title,
    });
    section.standards.forEach((standard, sti) => {
      const standardId = standard.id ?? `${annex}/s${standard.key}`;
      items.push({
        item_id: standardId,
        kind: 'standard',
        parent_item_id: sectionId,
        position: sti,
        key: standard.key,
        title: standard.title,
        statement: standard.statement ?? null,
        text: null,
        sources: [],
        // e.g. "(*) Този стандарт не се проверява…": the Ordinance's footnote on the whole standard
        notes: standard.notes ?? [],
        search_text: join(standard.title, standard.statement),
      });
      standard.criteria.forEach((criterion, ci) => {
        const criterionId = criterion.id ?? `${standardId}/c${criterion.key}`;
        items.push({
          item_id: criterionId,
          kind: 'criterion',
          parent_item_id: standardId,
          position: ci,
          key: criterion.key,
          title: null,
          statement: criterion.statement,
          text: null,
          sources: [],
          notes: criterion.notes ?? [],
          search_text: criterion.statement,
        });
        criterion.indicators.forEach((indicator, ii) => {
          items.push({
            item_id: indicator.id ?? `${criterionId}/i${indicator.number}`,
            kind: 'indicator',
            parent_item_id: criterionId,
            position: ii,
            key: String(indicator.number),
            title: null,
            statement: null,
            text: indicator.text,
            sources: indicator.sources,
            notes: indicator.notes ?? [],
            search_text: join(indicator.text, ...indicator.sources),
          });
        });
      });
    });
  });
  return items;
}
