import type { Names, Rule, RuleResult, RuleStatus, ServiceFacts } from './types.ts';

function result(rule: string, status: RuleStatus, message: Names, source: string): RuleResult {
  return { rule, status, message, source };
}

const unknown = (id: string, source: string, what: Names): RuleResult =>
  result(
    id,
    'warning',
    { bg: `Не е въведено: ${what.bg}.`, en: `Not entered: ${what.en}.`, uk: `Не введено: ${what.uk}.` },
    source,
  );

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Minimum and maximum number of users (the annexes' "(*) Минимален брой … максимален брой" footnotes). */
export function capacity(options: { min?: number; max?: number; source: string; text: string }): Rule {
  const id = 'capacity';
  return {
    id,
    basis: { text: options.text, source: options.source },
    evaluate(facts: ServiceFacts) {
      const value = facts.capacity ?? facts.currentUsers;
      if (!isNumber(value))
        return unknown(id, options.source, { bg: 'капацитет', en: 'capacity', uk: 'місткість' });
      if (options.min !== undefined && value < options.min) {
        return result(
          id,
          'fail',
          {
            bg: `Капацитетът ${value} е под минимума от ${options.min} потребители.`,
            en: `Capacity ${value} is below the minimum of ${options.min} users.`,
            uk: `Місткість ${value} нижча за мінімум ${options.min} користувачів.`,
          },
          options.source,
        );
      }
      if (options.max !== undefined && value > options.max) {
        return result(
          id,
          'fail',
          {
            bg: `Капацитетът ${value} надхвърля максимума от ${options.max} потребители.`,
            en: `Capacity ${value} exceeds the maximum of ${options.max} users.`,
            uk: `Місткість ${value} перевищує максимум ${options.max} користувачів.`,
          },
          options.source,
        );
      }
      return result(
        id,
        'pass',
        {
          bg: `Капацитетът ${value} е в допустимите граници.`,
          en: `Capacity ${value} is within the limits.`,
          uk: `Місткість ${value} у допустимих межах.`,
        },
        options.source,
      );
    },
  };
}

/** Staff = coefficient × users, with the annex's minimum ("Коефициент за определяне числеността на служителите"). */
export function staffingCoefficient(options: {
  coefficient: number;
  minimum?: number;
  source: string;
  text: string;
}): Rule {
  const id = 'staffing-coefficient';
  return {
    id,
    basis: { text: options.text, source: options.source },
    evaluate(facts) {
      if (!isNumber(facts.currentUsers))
        return unknown(id, options.source, {
          bg: 'брой потребители',
          en: 'number of users',
          uk: 'кількість користувачів',
        });
      if (!isNumber(facts.staffCount))
        return unknown(id, options.source, {
          bg: 'брой служители',
          en: 'number of staff',
          uk: 'кількість працівників',
        });
      const required = Math.max(
        options.minimum ?? 0,
        Math.ceil(facts.currentUsers * options.coefficient * 100) / 100,
      );
      const ok = facts.staffCount >= required;
      return result(
        id,
        ok ? 'pass' : 'fail',
        {
          bg: `Нужни са поне ${required} служители (коефициент ${String(options.coefficient).replace('.', ',')}); има ${facts.staffCount}.`,
          en: `At least ${required} staff are needed (coefficient ${options.coefficient}); there are ${facts.staffCount}.`,
          uk: `Потрібно щонайменше ${required} працівників (коефіцієнт ${options.coefficient}); є ${facts.staffCount}.`,
        },
        options.source,
      );
    },
  };
}

/** The staffing plan is filled to at least `share` ("Щатното разписание е запълнено на минимум 75%"). */
export function staffingFillRate(options: { share: number; source: string; text: string }): Rule {
  const id = 'staffing-fill-rate';
  return {
    id,
    basis: { text: options.text, source: options.source },
    evaluate(facts) {
      const { positionsPlanned: planned, positionsFilled: filled } = facts;
      if (!isNumber(planned) || !isNumber(filled) || planned <= 0) {
        return unknown(id, options.source, {
          bg: 'щатни и заети бройки',
          en: 'planned and filled positions',
          uk: 'штатні та зайняті посади',
        });
      }
      const rate = Math.round((filled / planned) * 1000) / 10;
      const ok = filled / planned >= options.share;
      return result(
        id,
        ok ? 'pass' : 'fail',
        {
          bg: `Щатът е запълнен на ${String(rate).replace('.', ',')}% (изискване: поне ${options.share * 100}%).`,
          en: `The staffing plan is ${rate}% filled (required: at least ${options.share * 100}%).`,
          uk: `Штат заповнено на ${rate}% (вимога: щонайменше ${options.share * 100}%).`,
        },
        options.source,
      );
    },
  };
}

/** Support lasts at most `months` (general-access ИК/ОПУ: 2 months; МПОР group work: 4 months). */
export function maxDurationMonths(options: { months: number; source: string; text: string }): Rule {
  const id = 'max-duration';
  return {
    id,
    basis: { text: options.text, source: options.source },
    evaluate(facts) {
      if (!isNumber(facts.durationMonths))
        return unknown(id, options.source, { bg: 'продължителност', en: 'duration', uk: 'тривалість' });
      const ok = facts.durationMonths <= options.months;
      return result(
        id,
        ok ? 'pass' : 'fail',
        {
          bg: `Продължителност ${facts.durationMonths} мес. (допустимо: до ${options.months} мес.).`,
          en: `Duration ${facts.durationMonths} months (allowed: up to ${options.months}).`,
          uk: `Тривалість ${facts.durationMonths} міс. (допустимо: до ${options.months}).`,
        },
        options.source,
      );
    },
  };
}
