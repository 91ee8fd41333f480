import type { HTMLInputAttributes } from 'svelte/elements';

/** What a form shows after the API refused it: the summary, and a message per form field. */
export interface FormProblem {
  title: string;
  code: string;
  /** Keyed by the form field's `name` (the API's `body.organisation.eik` → `organisation.eik`). */
  fields: Record<string, string>;
}

/** What an action hands back when the API refused the form: the values to show again, and the problem. */
export interface FormFailure {
  values: Record<string, string>;
  problem: FormProblem;
}

/** The form's text fields, except those that must never be sent back to the browser (passwords). */
export function keptValues(data: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = data.get(name);
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

export function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** A password as typed: spaces are part of it. */
export function secret(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** The `id` of a form field's input, from its name (`organisation.eik` → `field-organisation-eik`). */
export const fieldId = (name: string): string => `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/**
 * A page with several forms: the refused one hands back which it was (`form`), what was typed and the problem. This
 * answers, per form key, its problem, its values over the defaults, and one field's error.
 */
export interface PageForms {
  problemOf(key: string): FormProblem | undefined;
  valuesOf(key: string, defaults: Record<string, string>): Record<string, string>;
  err(key: string, field: string): string | undefined;
}

export function pageForms(form: unknown): PageForms {
  const refused = (key: string) =>
    form && typeof form === 'object' && 'form' in form && form.form === key
      ? (form as FormFailure & { form: string })
      : undefined;
  return {
    problemOf: (key) => refused(key)?.problem,
    valuesOf: (key, defaults) => ({ ...defaults, ...refused(key)?.values }),
    err: (key, field) => refused(key)?.problem.fields[field],
  };
}

/**
 * One field of a form described as data, so a form is a list of these rendered by `FieldList.svelte` rather than
 * the same label/hint/error markup written out again per field.
 */
export interface FieldSpec {
  name: string;
  label: string;
  /**
   * A line of text (the default), a date, an e-mail, a choice from a list or of radio buttons, several lines, a
   * tick box, or a value carried along unseen.
   */
  kind?: 'text' | 'date' | 'email' | 'password' | 'select' | 'radio' | 'textarea' | 'checkbox' | 'hidden';
  hint?: string;
  inputmode?: 'decimal' | 'numeric';
  /** A narrow input, for amounts and dates. */
  short?: boolean;
  autocomplete?: HTMLInputAttributes['autocomplete'];
  required?: boolean;
  options?: { value: string; label: string }[];
  rows?: number;
}

/** The labels `FormErrors.svelte` links a refused field by: the fields a person sees and can be sent to. */
export const fieldLabels = (fields: readonly FieldSpec[]): Record<string, string> =>
  Object.fromEntries(
    fields.filter((f) => f.kind !== 'hidden' && f.kind !== 'checkbox').map((f) => [f.name, f.label]),
  );

/** The ids a control's `aria-describedby` names: its hint and its error, where it has them. */
export const fieldDescribedBy = (id: string, hint: string | undefined, error: string | undefined) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/**
 * What a page's refused action handed back: its problem, and what was typed (so the page shows it again instead of
 * the saved values or the defaults).
 */
export function refusedValues(form: { problem?: FormProblem } | null | undefined): {
  problem: FormProblem | undefined;
  values: Record<string, string>;
} {
  const values = form && 'values' in form ? (form.values as Record<string, string> | undefined) : undefined;
  return { problem: form?.problem, values: values ?? {} };
}
