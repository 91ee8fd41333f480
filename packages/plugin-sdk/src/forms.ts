import type { JsonSchema, Names, SurveyTemplate } from './types.ts';

/** A question's label in every language, carried in the schema as `title` (Bulgarian) and `x-title`. */
const label = (names: Names) => ({ title: names.bg, 'x-title': names });

const likert = (names: Names) => ({
  ...label(names),
  type: 'integer',
  minimum: 1,
  maximum: 5,
  'x-scale': {
    bg: ['Изобщо не', 'По-скоро не', 'Отчасти', 'По-скоро да', 'Напълно'],
    en: ['Not at all', 'Mostly not', 'Partly', 'Mostly yes', 'Fully'],
    uk: ['Зовсім ні', 'Скоріше ні', 'Частково', 'Скоріше так', 'Повністю'],
  },
});

const comment = {
  ...label({
    bg: 'Какво бихте променили? (не пишете имена)',
    en: 'What would you change? (please write no names)',
    uk: 'Що б ви змінили? (не пишіть імен)',
  }),
  type: 'string',
  maxLength: 1000,
};

const survey = (key: string, name: Names, questions: Record<string, Names>): SurveyTemplate => ({
  key,
  name,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...Object.fromEntries(Object.entries(questions).map(([id, names]) => [id, likert(names)])),
      comment,
    },
  },
});

/**
 * Feedback-survey templates for the methods of art. 24(1) 1–2 and the consultation forms of 24(2): users, their
 * families, and people leaving the service. Anonymous — no question asks who is answering — and on a five-point
 * scale, with one free-text question that asks for no names. A plugin may offer its own instead.
 */
export const defaultSurveys: SurveyTemplate[] = [
  survey(
    'users',
    {
      bg: 'Обратна връзка от потребителите',
      en: 'Feedback from users',
      uk: 'Зворотний зв’язок від користувачів',
    },
    {
      satisfied: {
        bg: 'Доволни ли сте от подкрепата, която получавате?',
        en: 'Are you satisfied with the support you receive?',
        uk: 'Чи задоволені ви підтримкою, яку отримуєте?',
      },
      heard: {
        bg: 'Служителите изслушват ли мнението Ви и съобразяват ли се с него?',
        en: 'Do the staff listen to your opinion and take it into account?',
        uk: 'Чи вислуховують працівники вашу думку та враховують її?',
      },
      respected: {
        bg: 'Отнасят ли се към Вас с уважение?',
        en: 'Are you treated with respect?',
        uk: 'Чи ставляться до вас із повагою?',
      },
      safe: {
        bg: 'Чувствате ли се в безопасност в услугата?',
        en: 'Do you feel safe in the service?',
        uk: 'Чи почуваєтеся ви в безпеці в послузі?',
      },
      complaints: {
        bg: 'Знаете ли как да подадете сигнал или оплакване?',
        en: 'Do you know how to raise a concern or a complaint?',
        uk: 'Чи знаєте ви, як подати сигнал або скаргу?',
      },
    },
  ),
  survey(
    'families',
    { bg: 'Обратна връзка от близките', en: 'Feedback from families', uk: 'Зворотний зв’язок від рідних' },
    {
      informed: {
        bg: 'Получавате ли достатъчно информация за подкрепата на Вашия близък?',
        en: 'Do you get enough information about the support your relative receives?',
        uk: 'Чи отримуєте ви достатньо інформації про підтримку вашого рідного?',
      },
      involved: {
        bg: 'Участвате ли в планирането на подкрепата, когато Вашият близък желае това?',
        en: 'Are you involved in planning the support when your relative wishes so?',
        uk: 'Чи берете ви участь у плануванні підтримки, коли ваш рідний цього бажає?',
      },
      progress: {
        bg: 'Виждате ли напредък при Вашия близък?',
        en: 'Do you see progress in your relative?',
        uk: 'Чи бачите ви прогрес у вашого рідного?',
      },
    },
  ),
  survey(
    'exit',
    { bg: 'Анкета при напускане', en: 'Exit survey', uk: 'Анкета при завершенні' },
    {
      goals: {
        bg: 'Постигнахте ли това, за което потърсихте услугата?',
        en: 'Did you achieve what you came to the service for?',
        uk: 'Чи досягли ви того, заради чого звернулися до послуги?',
      },
      recommend: {
        bg: 'Бихте ли препоръчали услугата на друг човек?',
        en: 'Would you recommend the service to someone else?',
        uk: 'Чи порекомендували б ви послугу іншій людині?',
      },
    },
  ),
];

/** A fact that is a count or an amount: never negative; `integer` where only whole ones make sense. */
const nonNegative = (type: 'integer' | 'number', names: Names) => ({ ...label(names), type, minimum: 0 });

/** The facts the core's rules read (every one optional: a missing fact makes a rule say "data missing"). */
export const defaultFactsSchema: JsonSchema = {
  type: 'object',
  properties: {
    capacity: nonNegative('integer', { bg: 'Капацитет', en: 'Capacity', uk: 'Місткість' }),
    currentUsers: nonNegative('integer', {
      bg: 'Брой потребители',
      en: 'Number of users',
      uk: 'Кількість користувачів',
    }),
    staffCount: nonNegative('number', {
      bg: 'Брой служители',
      en: 'Number of staff',
      uk: 'Кількість працівників',
    }),
    positionsPlanned: nonNegative('number', {
      bg: 'Щатни бройки',
      en: 'Planned positions',
      uk: 'Штатні посади',
    }),
    positionsFilled: nonNegative('number', {
      bg: 'Заети щатни бройки',
      en: 'Filled positions',
      uk: 'Зайняті посади',
    }),
    durationMonths: nonNegative('number', {
      bg: 'Продължителност (месеци)',
      en: 'Duration (months)',
      uk: 'Тривалість (місяці)',
    }),
  },
};

export const defaultForms = { facts: defaultFactsSchema, surveys: defaultSurveys };
