import type { RequestEvent } from '@sveltejs/kit';
import type { ScopeStandard } from '#lib/types.ts';

export type { ScopeStandard };

interface Node {
  id: string;
  kind: string;
  key: string;
  title?: string | null;
  statement?: string | null;
  children?: Node[];
}

/** The standards and criteria of a service type's variant, from the catalogue (the Ordinance's text as data). */
export async function scopeStandards(
  event: RequestEvent,
  pluginCode: string,
  variantKey: string,
): Promise<ScopeStandard[]> {
  const tree = await event.locals.api.GET(
    '/api/v1/catalogue/service-types/{pluginCode}/variants/{variantKey}',
    {
      params: { path: { pluginCode, variantKey } },
    },
  );
  const sections = (tree.data?.sections ?? []) as Node[];
  return sections.flatMap((section) =>
    (section.children ?? []).map((standard) => ({
      id: standard.id,
      key: standard.key,
      title: standard.title ?? standard.statement ?? '',
      criteria: (standard.children ?? [])
        .filter((c) => c.kind === 'criterion')
        .map((c) => ({ id: c.id, key: c.key, statement: c.statement ?? c.title ?? '' })),
    })),
  );
}
