import { describe, expect, it } from 'vitest';
import { boundRequestSchema, nulCharacterField } from './input-schemas.ts';

/** The kernel's input rules on their own; every route refusing such input: ../input-refused.test.ts (issue 12.8). */
describe('a NUL character', () => {
  it('is found in keys and nested values, and not in bytes', () => {
    expect(nulCharacterField('body', { a: [{ b: 'x' }, { c: 'y\u0000' }] })).toBe('body.a.1.c');
    expect(nulCharacterField('body', { 'k\u0000': 1 })).toBe('body.k\u0000');
    expect(nulCharacterField('body', Buffer.from([0, 0]))).toBeUndefined();
  });
});

describe('numbers', () => {
  it('get the bounds of a PostgreSQL integer unless their schema says otherwise', () => {
    expect(
      boundRequestSchema({
        type: 'object',
        properties: { a: { type: 'integer' }, b: { type: 'integer', minimum: 1 }, c: { type: 'number' } },
      }),
    ).toEqual({
      type: 'object',
      properties: {
        a: { type: 'integer', minimum: -2_147_483_648, maximum: 2_147_483_647, 'x-finite': true },
        b: { type: 'integer', minimum: 1, maximum: 2_147_483_647, 'x-finite': true },
        c: { type: 'number', minimum: -1e12, maximum: 1e12, 'x-finite': true },
      },
    });
  });
});
