import { describe, expect, it } from 'vitest';
import { serviceTypeName } from './service-type.ts';

const ik = {
  name: { bg: 'Информиране и консултиране', en: 'Information and counselling', uk: 'Інформування' },
  variants: [
    {
      key: 'general-access',
      name: { bg: 'Общодостъпна (до два месеца)', en: 'General access', uk: 'Загальнодоступна' },
      catalogue: { title: 'Информиране, консултиране и обучение за реализиране на социални права' },
    },
    {
      key: 'specialised',
      name: { bg: 'Специализирана', en: 'Specialised', uk: 'Спеціалізована' },
      catalogue: { title: 'Информиране и консултиране' },
    },
  ],
} as unknown as Parameters<typeof serviceTypeName>[0];

describe('a service type’s name', () => {
  it('never says the same words twice: the variant’s own name where the annex title repeats the type', () => {
    expect(serviceTypeName(ik, 'specialised', 'bg', 'ik')).toBe(
      'Информиране и консултиране (Специализирана)',
    );
  });

  it('adds the annex title where it says more, and falls back to the code for an unknown plugin', () => {
    expect(serviceTypeName(ik, 'general-access', 'bg', 'ik')).toBe(
      'Информиране и консултиране — Информиране, консултиране и обучение за реализиране на социални права',
    );
    expect(serviceTypeName(undefined, 'x', 'bg', 'ik')).toBe('ik');
  });
});
