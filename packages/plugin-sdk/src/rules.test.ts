import { describe, expect, it } from 'vitest';
import { capacity, maxDurationMonths, staffingCoefficient, staffingFillRate } from './rules.ts';

const basis = {
  source: 'bg-2022/a02/s3/c3.1/i9',
  text: '(*) Минимален брой на лицата, ползващи социалните услуги - 10, и максимален брой - 40',
};

describe('capacity', () => {
  const rule = capacity({ min: 10, max: 40, ...basis });
  it.each([
    [9, 'fail'],
    [10, 'pass'],
    [40, 'pass'],
    [41, 'fail'],
  ])('capacity %i → %s', (value, status) => {
    expect(rule.evaluate({ capacity: value }).status).toBe(status);
  });
  it('warns when the capacity is not entered, and cites its source', () => {
    expect(rule.evaluate({})).toMatchObject({
      status: 'warning',
      source: basis.source,
      message: { bg: 'Не е въведено: капацитет.' },
    });
  });
  it('explains a failure in all three languages', () => {
    expect(rule.evaluate({ capacity: 41 }).message).toEqual({
      bg: 'Капацитетът 41 надхвърля максимума от 40 потребители.',
      en: 'Capacity 41 exceeds the maximum of 40 users.',
      uk: 'Місткість 41 перевищує максимум 40 користувачів.',
    });
  });
});

describe('staffing coefficient', () => {
  const rule = staffingCoefficient({ coefficient: 0.1, minimum: 2, ...basis });
  it('requires coefficient × users, but never fewer than the minimum', () => {
    expect(rule.evaluate({ currentUsers: 40, staffCount: 4 }).status).toBe('pass');
    expect(rule.evaluate({ currentUsers: 40, staffCount: 3 }).status).toBe('fail');
    expect(rule.evaluate({ currentUsers: 5, staffCount: 1 }).status).toBe('fail');
    expect(rule.evaluate({ currentUsers: 5, staffCount: 2 }).message.bg).toBe(
      'Нужни са поне 2 служители (коефициент 0,1); има 2.',
    );
  });
  it('writes a fractional number of staff as each language does (decimal comma in bg and uk)', () => {
    const fractional = staffingCoefficient({ coefficient: 0.2, ...basis }).evaluate({
      currentUsers: 18,
      staffCount: 2,
    }).message;
    expect(fractional.bg).toBe('Нужни са поне 3,6 служители (коефициент 0,2); има 2.');
    expect(fractional.uk).toBe('Потрібно щонайменше 3,6 працівників (коефіцієнт 0,2); є 2.');
    expect(fractional.en).toBe('At least 3.6 staff are needed (coefficient 0.2); there are 2.');
  });
});

describe('staffing fill rate', () => {
  const rule = staffingFillRate({ share: 0.75, ...basis });
  it('passes at 75 % and fails below', () => {
    expect(rule.evaluate({ positionsPlanned: 8, positionsFilled: 6 }).status).toBe('pass');
    expect(rule.evaluate({ positionsPlanned: 8, positionsFilled: 5 })).toMatchObject({
      status: 'fail',
      message: { bg: 'Щатът е запълнен на 62,5% (изискване: поне 75%).' },
    });
  });
});

describe('maximum duration', () => {
  const rule = maxDurationMonths({ months: 2, ...basis });
  it('allows up to the limit', () => {
    expect(rule.evaluate({ durationMonths: 2 }).status).toBe('pass');
    expect(rule.evaluate({ durationMonths: 3 }).status).toBe('fail');
  });
});
