import type { ServicePlugin } from './context.ts';

/**
 * A service type's name as a document or a table shows it: the plugin's name, then what tells its variant apart —
 * the annex's title where it says more, else the variant's own name. Never the same words twice: the annex of a
 * specialised "Информиране и консултиране" is titled "Информиране и консултиране", which read
 * "Информиране и консултиране — Информиране и консултиране" (issue 14).
 */
export function serviceTypeName(
  plugin: Pick<ServicePlugin, 'name' | 'variants'> | undefined,
  variantKey: string,
  locale: 'bg' | 'en' | 'uk',
  fallback: string,
): string {
  if (!plugin) return fallback;
  const name = plugin.name[locale];
  const variant = plugin.variants.find((v) => v.key === variantKey);
  if (!variant) return name;
  const same = (a: string, b: string) =>
    a.trim().toLocaleLowerCase('bg') === b.trim().toLocaleLowerCase('bg');
  const title = variant.catalogue.title;
  if (title && !same(title, name) && !name.includes(title)) return `${name} — ${title}`;
  const own = variant.name?.[locale];
  return plugin.variants.length > 1 && own && !same(own, name) ? `${name} (${own})` : name;
}
