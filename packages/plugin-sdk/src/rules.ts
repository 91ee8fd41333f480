import type { Names, Rule, RuleResult, RuleStatus, ServiceFacts } from './types.ts';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** What a rule's `evaluate` answers with: a verdict, or "not entered" when a fact it needs is unknown. */
interface Answers {
  verdict(status: RuleStatus, message: Names): RuleResult;
  missing(what: Names): RuleResult;
}

/**
 * A rule that quotes its basis in the Ordinance (`text`, `source`) and answers every result with that source, so
 * each rule below states only what it checks.
 */
function quotedRule(
  id: string,
  basis: { source: string; text: string },
  evaluate: (facts: ServiceFacts, answer: Answers) => RuleResult,
): Rule {
  const answer: Answers = {
    verdict: (status, message) => ({ rule: id, status, message, source: basis.source }),
    missing: (what) =>
      answer.verdict('warning', {
        bg: `Не е въведено: ${what.bg}.`,
        en: `Not entered: ${what.en}.`,
        uk: `Не введено: ${what.uk}.`,
      }),
  };
  return {
    id,
    basis: { text: basis.text, source: basis.source },
    evaluate: (facts) => evaluate(facts, answer),
  };
}

/** Minimum and maximum number of users (the annexes' "(*) Минимален брой … максимален брой" footnotes). */
export function capacity(options: { min?: number; max?: number; source: string; text: string }): Rule {
  return quotedRule('capacity', options, (facts, { verdict, missing }) => {
    const value = facts.capacity ?? facts.currentUsers;
    if (!isNumber(value)) return missing({ bg: 'капацитет', en: 'capacity', uk: 'місткість' });
    if (options.min !== undefined && value < options.min)
      return verdict('fail', {
        bg: `Капацитетът ${value} е под минимума от ${options.min} потребители.`,
        en: `Capacity ${value} is below the minimum of ${options.min} users.`,
        uk: `Місткість ${value} нижча за мінімум ${options.min} користувачів.`,
      });
    if (options.max !== undefined && value > options.max)
      return verdict('fail', {
        bg: `Капацитетът ${value} надхвърля максимума от ${options.max} потребители.`,
        en: `Capacity ${value} exceeds the maximum of ${options.max} users.`,
        uk: `Місткість ${value} перевищує максимум ${options.max} користувачів.`,
      });
    return verdict('pass', {
      bg: `Капацитетът ${value} е в допустимите граници.`,
      en: `Capacity ${value} is within the limits.`,
      uk: `Місткість ${value} у допустимих межах.`,
    });
  });
}

/** A number as the language writes it: a decimal comma in Bulgarian and Ukrainian ("3,6"), a point in English. */
function decimal(locale: 'bg' | 'en' | 'uk', value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

/** Staff = coefficient × users, with the annex's minimum ("Коефициент за определяне числеността на служителите"). */
export function staffingCoefficient(options: {
  coefficient: number;
  minimum?: number;
  source: string;
  text: string;
}): Rule {
  return quotedRule('staffing-coefficient', options, (facts, { verdict, missing }) => {
    if (!isNumber(facts.currentUsers))
      return missing({ bg: 'брой потребители', en: 'number of users', uk: 'кількість користувачів' });
    if (!isNumber(facts.staffCount))
      return missing({ bg: 'брой служители', en: 'number of staff', uk: 'кількість працівників' });
    const required = Math.max(
      options.minimum ?? 0,
      Math.ceil(facts.currentUsers * options.coefficient * 100) / 100,
    );
    return verdict(facts.staffCount >= required ? 'pass' : 'fail', {
      bg: `Нужни са поне ${decimal('bg', required)} служители (коефициент ${decimal('bg', options.coefficient)}); има ${facts.staffCount}.`,
      en: `At least ${decimal('en', required)} staff are needed (coefficient ${options.coefficient}); there are ${facts.staffCount}.`,
      uk: `Потрібно щонайменше ${decimal('uk', required)} працівників (коефіцієнт ${decimal('uk', options.coefficient)}); є ${facts.staffCount}.`,
    });
  });
}

/** The staffing plan is filled to at least `share` ("Щатното разписание е запълнено на минимум 75%"). */
export function staffingFillRate(options: { share: number; source: string; text: string }): Rule {
  return quotedRule('staffing-fill-rate', options, (facts, { verdict, missing }) => {
    const { positionsPlanned: planned, positionsFilled: filled } = facts;
    if (!isNumber(planned) || !isNumber(filled) || planned <= 0)
      return missing({
        bg: 'щатни и заети бройки',
        en: 'planned and filled positions',
        uk: 'штатні та зайняті посади',
      });
    const rate = Math.round((filled / planned) * 1000) / 10;
    return verdict(filled / planned >= options.share ? 'pass' : 'fail', {
      bg: `Щатът е запълнен на ${decimal('bg', rate)}% (изискване: поне ${options.share * 100}%).`,
      en: `The staffing plan is ${rate}% filled (required: at least ${options.share * 100}%).`,
      uk: `Штат заповнено на ${rate}% (вимога: щонайменше ${options.share * 100}%).`,
    });
  });
}

/** Support lasts at most `months` (general-access ИК/ОПУ: 2 months; МПОР group work: 4 months). */
export function maxDurationMonths(options: { months: number; source: string; text: string }): Rule {
  return quotedRule('max-duration', options, (facts, { verdict, missing }) => {
    if (!isNumber(facts.durationMonths))
      return missing({ bg: 'продължителност', en: 'duration', uk: 'тривалість' });
    return verdict(facts.durationMonths <= options.months ? 'pass' : 'fail', {
      bg: `Продължителност ${facts.durationMonths} мес. (допустимо: до ${options.months} мес.).`,
      en: `Duration ${facts.durationMonths} months (allowed: up to ${options.months}).`,
      uk: `Тривалість ${facts.durationMonths} міс. (допустимо: до ${options.months}).`,
    });
  });
}
