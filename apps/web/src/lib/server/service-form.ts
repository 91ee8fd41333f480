import type { components } from '@mera/api-client';
import { keptValues, text } from '#lib/forms.ts';

type ServiceBody = components['schemas']['Service'];

export const SERVICE_FIELDS = [
  'name',
  'type',
  'address',
  'municipality',
  'capacity',
  'currentUsers',
  'financing',
  'startedOn',
] as const;

/**
 * A count as typed: empty is "not known" (null); anything else goes to the API as typed, so that its one set of
 * rules names the field and what it expects, in the person's language.
 */
function count(data: FormData, name: string): number | null {
  const value = text(data, name);
  if (value === '') return null;
  return /^\d+$/.test(value) ? Number(value) : (value as unknown as number);
}

const optional = (data: FormData, name: string): string | null => text(data, name) || null;

/** The services form as the API's body, and the values to show again if it is refused. */
export function serviceBody(data: FormData) {
  const [pluginCode = '', variantKey = ''] = text(data, 'type').split('/');
  const financing = text(data, 'financing');
  const body = {
    name: text(data, 'name'),
    pluginCode,
    variantKey,
    address: optional(data, 'address'),
    municipality: optional(data, 'municipality'),
    capacity: count(data, 'capacity'),
    currentUsers: count(data, 'currentUsers'),
    financing: (financing || null) as ServiceBody['financing'],
    startedOn: optional(data, 'startedOn'),
  };
  return { body, values: keptValues(data, SERVICE_FIELDS) };
}

/** The API names `pluginCode`/`variantKey`; the form has one field for both. */
export function formFieldsOf(fields: Record<string, string>): Record<string, string> {
  const mapped = { ...fields };
  const typeError = fields['pluginCode'] ?? fields['variantKey'];
  if (typeError) mapped['type'] = typeError;
  return mapped;
}
