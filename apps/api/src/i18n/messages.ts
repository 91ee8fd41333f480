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
  catalogue_not_synced: {
    bg: 'Каталогът на стандартите още не е записан в базата данни.',
    en: 'The catalogue of standards is not in the database yet.',
    uk: 'Каталог стандартів ще не записано в базу даних.',
  },
  rate_limited: {
    bg: 'Твърде много опити. Опитайте отново след {retryAfter} s.',
    en: 'Too many attempts. Try again in {retryAfter} s.',
    uk: 'Забагато спроб. Спробуйте знову через {retryAfter} с.',
  },
  unauthenticated: {
    bg: 'Моля, влезте в профила си.',
    en: 'Please log in.',
    uk: 'Будь ласка, увійдіть.',
  },
  token_expired: {
    bg: 'Сесията изтече. Моля, влезте отново.',
    en: 'Your session has expired. Please log in again.',
    uk: 'Сесія завершилася. Увійдіть знову.',
  },
  forbidden: {
    bg: 'Нямате право на това действие.',
    en: 'You are not allowed to do this.',
    uk: 'Ви не маєте права на цю дію.',
  },
  invalid_credentials: {
    bg: 'Грешен имейл или парола.',
    en: 'Wrong e-mail or password.',
    uk: 'Неправильна електронна пошта або пароль.',
  },
  account_locked: {
    bg: 'Твърде много неуспешни опити. Опитайте отново след {retryAfter} s.',
    en: 'Too many failed attempts. Try again in {retryAfter} s.',
    uk: 'Забагато невдалих спроб. Спробуйте знову через {retryAfter} с.',
  },
  email_not_verified: {
    bg: 'Потвърдете имейла си чрез връзката, която ви изпратихме.',
    en: 'Please confirm your e-mail with the link we sent you.',
    uk: 'Підтвердіть електронну пошту за посиланням, яке ми надіслали.',
  },
  email_taken: {
    bg: 'Вече има профил с този имейл.',
    en: 'An account with this e-mail already exists.',
    uk: 'Обліковий запис з цією поштою вже існує.',
  },
  eik_taken: {
    bg: 'Организация с този ЕИК вече е регистрирана.',
    en: 'An organisation with this UIC is already registered.',
    uk: 'Організацію з цим ЄІК уже зареєстровано.',
  },
  link_invalid: {
    bg: 'Връзката не е валидна.',
    en: 'This link is not valid.',
    uk: 'Посилання недійсне.',
  },
  link_expired: {
    bg: 'Връзката е изтекла. Поискайте нова.',
    en: 'This link has expired. Please ask for a new one.',
    uk: 'Термін дії посилання минув. Попросіть нове.',
  },
  link_used: {
    bg: 'Тази връзка вече е използвана.',
    en: 'This link has already been used.',
    uk: 'Це посилання вже використано.',
  },
  invitation_other_email: {
    bg: 'Поканата е за друг имейл адрес.',
    en: 'This invitation is for another e-mail address.',
    uk: 'Запрошення надіслано на іншу адресу.',
  },
  already_member: {
    bg: 'Този човек вече е член на организацията.',
    en: 'This person is already a member of the organisation.',
    uk: 'Ця особа вже є членом організації.',
  },
  last_admin: {
    bg: 'Организацията трябва да има поне един администратор.',
    en: 'The organisation must keep at least one administrator.',
    uk: 'Організація повинна мати принаймні одного адміністратора.',
  },
  contract_transition: {
    bg: 'Договорът не може да премине в това състояние.',
    en: 'The contract cannot move to this state.',
    uk: 'Договір не може перейти в цей стан.',
  },
  in_use: {
    bg: 'Записът не може да бъде изтрит: други записи се позовават на него.',
    en: 'This record cannot be deleted: other records refer to it.',
    uk: 'Цей запис не можна видалити: на нього посилаються інші записи.',
  },
  programme_locked: {
    bg: 'Програмата е подадена за съгласуване или вече е съгласувана и съдържанието ѝ не може да се променя. Отбелязвайте само напредъка по мерките.',
    en: 'The programme has been submitted for agreement or is agreed: its content cannot change. Only progress on the measures can be recorded.',
    uk: 'Програму подано на погодження або вже погоджено: її зміст не можна змінювати. Можна відзначати лише хід виконання заходів.',
  },
  programme_transition: {
    bg: 'Програмата не може да премине в това състояние.',
    en: 'The programme cannot move to this state.',
    uk: 'Програма не може перейти в цей стан.',
  },
  not_commissioned: {
    bg: 'Програмата се съгласува с кмета само за услуга, възложена от общината по действащ договор (чл. 16, ал. 2 от Наредбата).',
    en: 'A programme is agreed with the mayor only for a service the municipality commissions under a contract in force (art. 16(2) of the Ordinance).',
    uk: 'Програма погоджується з мером лише для послуги, яку громада доручила за чинним договором (ст. 16(2) Наредби).',
  },
  assessment_completed: {
    bg: 'Проверката е приключена и резултатите ѝ не могат да се променят. Поправка се прави с нова проверка.',
    en: 'The check is completed and its results cannot change. A correction is a new check.',
    uk: 'Перевірку завершено, її результати не можна змінити. Виправлення — це нова перевірка.',
  },
  report_submitted: {
    bg: 'Докладът е подаден и не може да се променя. Поправка се прави с нов доклад.',
    en: 'The report has been submitted and cannot change. A correction is a new report.',
    uk: 'Звіт подано, його не можна змінити. Виправлення — це новий звіт.',
  },
  monitoring_report_approved: {
    bg: 'Ежегодният мониторинг е утвърден и не може да се променя.',
    en: 'The yearly monitoring has been approved and cannot change.',
    uk: 'Щорічний моніторинг затверджено, його не можна змінити.',
  },
  monitoring_year_exists: {
    bg: 'Ежегодният мониторинг за тази година вече е започнат. Отворете го от списъка.',
    en: 'The yearly monitoring for this year has already been started. Open it from the list.',
    uk: 'Щорічний моніторинг за цей рік уже розпочато. Відкрийте його зі списку.',
  },
  result_conflict: {
    bg: 'Междувременно {name} е записал(а) друг отговор за този индикатор. Вижте го и изберете отново.',
    en: '{name} saved another answer for this indicator in the meantime. Look at it and choose again.',
    uk: '{name} тим часом зберіг(ла) іншу відповідь для цього індикатора. Перегляньте її та виберіть знову.',
  },
  checklist_incomplete: {
    bg: '{count, plural, one {Не е отговорен # индикатор} other {Не са отговорени # индикатора}}: {list}.',
    en: '{count, plural, one {# indicator has} other {# indicators have}} no answer: {list}.',
    uk: '{count, plural, one {Не відповіли на # індикатор} few {Не відповіли на # індикатори} other {Не відповіли на # індикаторів}}: {list}.',
  },
  programme_missing: {
    bg: 'Услугата няма програма за качество, в която още могат да се добавят мерки (чл. 15–19 от Наредбата). Създайте я или я върнете за промени.',
    en: 'The service has no quality programme that can still take measures (art. 15–19 of the Ordinance). Create one or reopen it for changes.',
    uk: 'Послуга не має програми якості, до якої ще можна додати заходи (ст. 15–19 Наредби). Створіть її або поверніть на зміни.',
  },
  indicator_met: {
    bg: 'Мярка или предписание се създава от индикатор, който не е изпълнен или е частично изпълнен.',
    en: 'A measure or a prescription is created from an indicator that is not met or partly met.',
    uk: 'Захід або припис створюється з індикатора, який не виконано або виконано частково.',
  },
  evidence_exists: {
    bg: 'Това доказателство вече е добавено към индикатора.',
    en: 'This evidence is already attached to the indicator.',
    uk: 'Цей доказ уже додано до індикатора.',
  },
  inspection_signed: {
    bg: 'Докладът от проверката е подписан и не може да се променя. Поправка се прави с нов, свързан доклад.',
    en: 'The inspection report is signed and cannot change. A correction is a new, linked report.',
    uk: 'Звіт про перевірку підписано, його не можна змінити. Виправлення — це новий повʼязаний звіт.',
  },
  inspection_not_ready: {
    bg: 'Докладът още не е готов за подписване.',
    en: 'The report is not ready to be signed yet.',
    uk: 'Звіт ще не готовий до підписання.',
  },
  inspection_not_signed: {
    bg: 'Докладът още не е подписан от всички проверяващи.',
    en: 'The report has not been signed by every inspector yet.',
    uk: 'Звіт ще не підписали всі перевіряючі.',
  },
  not_an_inspector: {
    bg: 'Подписва само лице, определено в заповедта да извърши проверката.',
    en: 'Only a person the order names as inspector signs.',
    uk: 'Підписує лише особа, призначена наказом для проведення перевірки.',
  },
  nothing_to_forward: {
    bg: 'В доклада няма несъответствия или нарушения — не се изпраща на Агенцията (чл. 34).',
    en: 'The report records no non-conformity or violation, so it is not forwarded to the agency (art. 34).',
    uk: 'У звіті немає невідповідностей чи порушень — його не надсилають Агенції (ст. 34).',
  },
  already_forwarded: {
    bg: 'Докладът вече е изпратен на Агенцията.',
    en: 'The report has already been forwarded to the agency.',
    uk: 'Звіт уже надіслано Агенції.',
  },
  conflict: {
    bg: 'Записът е променен междувременно. Презаредете и опитайте отново.',
    en: 'The record was changed in the meantime. Reload and try again.',
    uk: 'Запис тим часом змінено. Оновіть і спробуйте ще раз.',
  },
  survey_link_invalid: {
    bg: 'Тази връзка към анкета не е валидна или вече е сменена. Помолете доставчика за новата връзка.',
    en: 'This survey link is not valid or has been replaced. Ask the provider for the new link.',
    uk: 'Це посилання на анкету недійсне або вже замінене. Попросіть надавача про нове посилання.',
  },
  survey_closed: {
    bg: 'Анкетата е закрита и вече не приема отговори. Благодарим Ви!',
    en: 'The survey is closed and no longer accepts answers. Thank you!',
    uk: 'Анкету закрито, вона більше не приймає відповіді. Дякуємо!',
  },
  survey_daily_cap: {
    bg: 'Днес анкетата получи максималния брой отговори. Моля, опитайте отново утре.',
    en: 'The survey has received the most answers it takes today. Please try again tomorrow.',
    uk: 'Сьогодні анкета отримала максимальну кількість відповідей. Спробуйте завтра.',
  },
  survey_answer_refused: {
    bg: 'Отговорът не беше приет. Попълнете само видимите полета и изпратете отново.',
    en: 'The answer was not accepted. Fill in only the visible fields and send it again.',
    uk: 'Відповідь не прийнято. Заповніть лише видимі поля та надішліть ще раз.',
  },
  storage_unavailable: {
    bg: 'Хранилището за файлове не отговаря. Нищо не е записано; опитайте отново след малко.',
    en: 'The file store is not answering. Nothing was saved; please try again shortly.',
    uk: 'Сховище файлів не відповідає. Нічого не збережено; спробуйте ще раз трохи згодом.',
  },
  document_unavailable: {
    bg: 'Документът не можа да бъде изготвен в момента. Нищо не е загубено; опитайте отново след малко.',
    en: 'The document could not be produced just now. Nothing was lost; please try again shortly.',
    uk: 'Документ не вдалося підготувати зараз. Нічого не втрачено; спробуйте ще раз трохи згодом.',
  },
  internal_error: {
    bg: 'Възникна неочаквана грешка. Опитайте отново; ако се повтори, съобщете номера на заявката.',
    en: 'Something went wrong. Please try again; if it happens again, report the request id.',
    uk: 'Сталася неочікувана помилка. Спробуйте ще раз; якщо повториться, повідомте номер запиту.',
  },
  // Contracts: provider invitations and comments (issue 6)
  invitation_not_pending: {
    bg: 'Поканата вече е използвана или отменена.',
    en: 'The invitation has already been used or cancelled.',
    uk: 'Запрошення вже використано або скасовано.',
  },
  invitation_pending: {
    bg: 'На този ЕИК вече е изпратена покана, която чака.',
    en: 'An invitation to this UIC is already waiting.',
    uk: 'На цей ЄІК уже надіслано запрошення, яке очікує.',
  },
} satisfies Record<string, Translations>;

export type ProblemCode = keyof typeof problemMessages;

// Field-level messages (what each validation rule means) live in rule-messages.ts.
export { ruleMessages, typeNames, type RuleCode } from './rule-messages.ts';

/**
 * ICU-style plurals, `{limit, plural, =1 {…} one {# знак} other {# знака}}` (an exact `=n` form wins): the form is chosen by `Intl.PluralRules` for the
 * language (Ukrainian has one, few, many and other), `#` is the number. So no message says "поне 1 знака".
 */
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+ \{[^{}]*\})+)\s*\}/g;
/** ICU-style selects, `{format, select, date {…дата} other {…}}`: a sentence per value, so each keeps its grammar. */
const SELECT = /\{(\w+), select,((?:\s*[\w-]+ \{[^{}]*\})+)\s*\}/g;
const forms = (text: string) =>
  new Map([...text.matchAll(/(=?[\w-]+) \{([^{}]*)\}/g)].map((f) => [f[1] ?? '', f[2] ?? '']));

export function interpolate(
  template: string,
  params: Record<string, string | number>,
  locale: Locale = 'bg',
): string {
  const selected = template.replace(SELECT, (match, key: string, text: string) => {
    if (!(key in params)) return match;
    const options = forms(text);
    return options.get(String(params[key])) ?? options.get('other') ?? '';
  });
  const plurals = selected.replace(PLURAL, (match, key: string, text: string) => {
    if (!(key in params)) return match;
    const options = forms(text);
    const value = Number(params[key]);
    // an exact `=n` form first (ICU), then the language's plural category
    const form =
      options.get(`=${value}`) ??
      options.get(new Intl.PluralRules(locale).select(value)) ??
      options.get('other') ??
      '';
    return form.replaceAll('#', String(params[key]));
  });
  return plurals.replace(/\{(\w+)\}/g, (match, key: string) => (key in params ? String(params[key]) : match));
}

export function translate(
  messages: Translations,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return interpolate(messages[locale], params, locale);
}
