import type { Locale, Translations } from './locale.ts';

/**
 * The API's user-facing error messages, keyed by the stable problem `code`. `{name}` placeholders are filled
 * from the problem's parameters.
 */
export const problemMessages = {
  validation_failed: {
    bg: 'Данните не са валидни.',
    en: 'The data is not valid.',
    uk: 'Дані недійсні.',
  },
  not_found: {
    bg: 'Няма такъв ресурс.',
    en: 'No such resource.',
    uk: 'Такого ресурсу немає.',
  },
  method_not_allowed: {
    bg: 'Този метод не е позволен тук.',
    en: 'This method is not allowed here.',
    uk: 'Цей метод тут не дозволено.',
  },
  payload_too_large: {
    bg: 'Изпратените данни са твърде големи.',
    en: 'The request is too large.',
    uk: 'Надіслані дані завеликі.',
  },
  unsupported_media_type: {
    bg: 'Този формат на данните не се поддържа.',
    en: 'This content type is not supported.',
    uk: 'Цей формат даних не підтримується.',
  },
  malformed_json: {
    bg: 'Изпратените данни не са валиден JSON.',
    en: 'The request body is not valid JSON.',
    uk: 'Надіслані дані не є коректним JSON.',
  },
  database_unavailable: {
    bg: 'Базата данни не е достъпна. Опитайте отново след малко.',
    en: 'The database is not reachable. Please try again shortly.',
    uk: 'База даних недоступна. Спробуйте трохи згодом.',
  },
  migrations_pending: {
    bg: 'Базата данни не е обновена до текущата версия.',
    en: 'The database schema is not up to date.',
    uk: 'Схема бази даних не оновлена.',
  },
  rate_limited: {
    bg: 'Твърде много опити. Опитайте отново след {retryAfter} s.',
    en: 'Too many attempts. Try again in {retryAfter} s.',
    uk: 'Забагато спроб. Спробуйте знову через {retryAfter} с.',
  },
  internal_error: {
    bg: 'Възникна неочаквана грешка. Опитайте отново; ако се повтори, съобщете номера на заявката.',
    en: 'Something went wrong. Please try again; if it happens again, report the request id.',
    uk: 'Сталася неочікувана помилка. Спробуйте ще раз; якщо повториться, повідомте номер запиту.',
  },
} satisfies Record<string, Translations>;

export type ProblemCode = keyof typeof problemMessages;

/** What a validation rule (a JSON Schema keyword) means, for the field it failed on. */
export const ruleMessages = {
  required: { bg: 'Полето е задължително.', en: 'This field is required.', uk: 'Поле обовʼязкове.' },
  type: { bg: 'Очаква се {type}.', en: 'Expected {type}.', uk: 'Очікується {type}.' },
  minLength: {
    bg: 'Трябва да съдържа поне {limit} знака.',
    en: 'Must be at least {limit} characters long.',
    uk: 'Має містити щонайменше {limit} символів.',
  },
  maxLength: {
    bg: 'Трябва да съдържа най-много {limit} знака.',
    en: 'Must be at most {limit} characters long.',
    uk: 'Має містити щонайбільше {limit} символів.',
  },
  pattern: { bg: 'Форматът не е валиден.', en: 'The format is not valid.', uk: 'Формат недійсний.' },
  format: {
    bg: 'Очаква се валиден {format}.',
    en: 'Expected a valid {format}.',
    uk: 'Очікується коректний {format}.',
  },
  minimum: {
    bg: 'Трябва да е поне {limit}.',
    en: 'Must be at least {limit}.',
    uk: 'Має бути щонайменше {limit}.',
  },
  maximum: {
    bg: 'Трябва да е най-много {limit}.',
    en: 'Must be at most {limit}.',
    uk: 'Має бути щонайбільше {limit}.',
  },
  enum: {
    bg: 'Стойността не е от допустимите: {allowed}.',
    en: 'Must be one of: {allowed}.',
    uk: 'Значення має бути одним із: {allowed}.',
  },
  const: {
    bg: 'Стойността не е допустима.',
    en: 'This value is not allowed.',
    uk: 'Це значення не допускається.',
  },
  additionalProperties: {
    bg: 'Непознато поле.',
    en: 'Unknown field.',
    uk: 'Невідоме поле.',
  },
  minItems: {
    bg: 'Изберете поне {limit}.',
    en: 'Choose at least {limit}.',
    uk: 'Оберіть щонайменше {limit}.',
  },
  maxItems: {
    bg: 'Изберете най-много {limit}.',
    en: 'Choose at most {limit}.',
    uk: 'Оберіть щонайбільше {limit}.',
  },
  invalid: { bg: 'Стойността не е валидна.', en: 'The value is not valid.', uk: 'Значення недійсне.' },
} satisfies Record<string, Translations>;

export type RuleCode = keyof typeof ruleMessages;

/** JSON types as a reader would name them. */
export const typeNames: Record<string, Translations> = {
  string: { bg: 'текст', en: 'text', uk: 'текст' },
  integer: { bg: 'цяло число', en: 'a whole number', uk: 'ціле число' },
  number: { bg: 'число', en: 'a number', uk: 'число' },
  boolean: { bg: 'да/не', en: 'yes/no', uk: 'так/ні' },
  object: { bg: 'обект', en: 'an object', uk: 'обʼєкт' },
  array: { bg: 'списък', en: 'a list', uk: 'список' },
  null: { bg: 'празна стойност', en: 'an empty value', uk: 'порожнє значення' },
};

export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in params ? String(params[key]) : match,
  );
}

export function translate(
  messages: Translations,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return interpolate(messages[locale], params);
}
