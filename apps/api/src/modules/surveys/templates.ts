import { defaultSurveys, type Names, type SurveyTemplate } from '@mera/plugin-sdk';
import type { DiscoveredPlugin } from '../catalogue/index.ts';

/** One question as the survey keeps it: copied from the template when the survey was opened. */
export type SurveyQuestion =
  | { id: string; kind: 'scale'; label: Names; min: number; max: number; scale: Names[] }
  | { id: string; kind: 'text'; label: Names; maxLength: number };

/** The free-text answer is never longer than this, whatever a template says. */
export const TEXT_MAX = 1000;
export const DEFAULT_DAILY_CAP = 200;

export const names = (value: unknown, fallback: string): Names => {
  const v = (value ?? {}) as Partial<Names>;
  return { bg: v.bg ?? fallback, en: v.en ?? v.bg ?? fallback, uk: v.uk ?? v.bg ?? fallback };
};

/**
 * A template's JSON Schema as a list of questions: integer properties with `x-scale` are scale questions (one label
 * per value, in each language); string properties are free text. Anything else is not asked.
 */
export function questionsOf(template: SurveyTemplate): SurveyQuestion[] {
  const properties = (template.schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const questions: SurveyQuestion[] = [];
  for (const [id, property] of Object.entries(properties)) {
    const label = names(property['x-title'], String(property.title ?? id));
    if (property.type === 'integer' && property['x-scale']) {
      const min = Number(property.minimum ?? 1);
      const max = Number(property.maximum ?? 5);
      const raw = property['x-scale'] as Record<string, string[]>;
      const scale = Array.from({ length: max - min + 1 }, (_v, i) =>
        names({ bg: raw.bg?.[i], en: raw.en?.[i], uk: raw.uk?.[i] }, String(min + i)),
      );
      questions.push({ id, kind: 'scale', label, min, max, scale });
    } else if (property.type === 'string') {
      const maxLength = Math.min(Number(property.maxLength ?? TEXT_MAX), TEXT_MAX);
      questions.push({ id, kind: 'text', label, maxLength });
    }
  }
  return questions;
}

/** The survey templates a plugin offers; a plugin that says nothing about surveys gets the SDK's defaults. */
export function templatesOf(plugin: DiscoveredPlugin | undefined): SurveyTemplate[] {
  if (!plugin) return [];
  return plugin.forms?.surveys ?? defaultSurveys;
}

export function templateView(template: SurveyTemplate) {
  return { key: template.key, name: names(template.name, template.key), questions: questionsOf(template) };
}
