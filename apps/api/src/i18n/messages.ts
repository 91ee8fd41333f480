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
  eik_checksum: {
    bg: 'ЕИК не е валиден: проверете цифрите (9 или 13 цифри с контролна цифра).',
    en: 'The UIC is not valid: check the digits (9 or 13 digits with a check digit).',
    uk: 'ЄІК недійсний: перевірте цифри (9 або 13 цифр із контрольною цифрою).',
  },
  unique: {
    bg: 'Тази стойност вече е заета.',
    en: 'This value is already taken.',
    uk: 'Це значення вже зайняте.',
  },
  password_contains_email: {
    bg: 'Паролата не трябва да съдържа имейла.',
    en: 'The password must not contain the e-mail address.',
    uk: 'Пароль не повинен містити адресу пошти.',
  },
  password_too_simple: {
    bg: 'Паролата е твърде проста: използвайте повече различни знаци.',
    en: 'The password is too simple: use more different characters.',
    uk: 'Пароль занадто простий: використайте більше різних символів.',
  },
  wrong_password: { bg: 'Паролата не е вярна.', en: 'The password is wrong.', uk: 'Пароль неправильний.' },
  date_order: {
    bg: 'Крайната дата трябва да е след началната.',
    en: 'The end date must not be before the start date.',
    uk: 'Кінцева дата не може бути раніше початкової.',
  },
  not_in_future: {
    bg: 'Датата не може да е в бъдещето.',
    en: 'The date cannot be in the future.',
    uk: 'Дата не може бути в майбутньому.',
  },
  deadline_in_period: {
    bg: 'Срокът трябва да е в периода на програмата: от {start} до {end}.',
    en: 'The deadline must fall within the programme’s period: {start} to {end}.',
    uk: 'Строк має бути в межах періоду програми: з {start} до {end}.',
  },
  period_excludes_deadlines: {
    bg: 'Срокът на {count} мерки остава извън новия период. Първо променете сроковете им.',
    en: 'The deadline of {count} measures would fall outside the new period. Change their deadlines first.',
    uk: 'Строк {count} заходів опиниться поза новим періодом. Спершу змініть їхні строки.',
  },
  not_a_member: {
    bg: 'Отговорникът трябва да е член на организацията.',
    en: 'The responsible person must be a member of the organisation.',
    uk: 'Відповідальна особа має бути членом організації.',
  },
  unknown_indicator: {
    bg: 'Няма такъв индикатор в стандартите (пример: bg-2022/a02/s1/c1.1/i1).',
    en: 'There is no such indicator in the standards (example: bg-2022/a02/s1/c1.1/i1).',
    uk: 'Такого індикатора в стандартах немає (приклад: bg-2022/a02/s1/c1.1/i1).',
  },
  already_measure: {
    bg: 'Тази препоръка вече е превърната в мярка.',
    en: 'This recommendation has already become a measure.',
    uk: 'Цю рекомендацію вже перетворено на захід.',
  },
  unknown_service: {
    bg: 'Няма такава услуга в регистъра на организацията.',
    en: 'There is no such service in the organisation’s register.',
    uk: 'Такої послуги в реєстрі організації немає.',
  },
  only_when_done: {
    bg: 'Дата на изпълнение се попълва само за изпълнена мярка.',
    en: 'A completion date is given only for a measure that is done.',
    uk: 'Дата виконання зазначається лише для виконаного заходу.',
  },
  measure_no_deadline: {
    bg: 'Мярката „{title}“ няма срок.',
    en: 'The measure “{title}” has no deadline.',
    uk: 'Захід «{title}» не має строку.',
  },
  measure_no_responsible: {
    bg: 'Мярката „{title}“ няма отговорник.',
    en: 'The measure “{title}” has no responsible person.',
    uk: 'Захід «{title}» не має відповідальної особи.',
  },
  programme_empty: {
    bg: 'Програмата няма нито една мярка.',
    en: 'The programme has no measures.',
    uk: 'Програма не має жодного заходу.',
  },
  provider_not_on_mera: {
    bg: 'Доставчик с този ЕИК още не работи в Мера. Поканете го да се регистрира.',
    en: 'No provider with this UIC works in Mera yet. Invite them to sign up.',
    uk: 'Надавача з цим ЄІК ще немає в Мері. Запросіть його зареєструватися.',
  },
  file_type: {
    bg: 'Този вид файл не се приема. Приемат се: {types}.',
    en: 'This kind of file is not accepted. Accepted: {types}.',
    uk: 'Такий тип файлу не приймається. Приймаються: {types}.',
  },
  file_empty: { bg: 'Файлът е празен.', en: 'The file is empty.', uk: 'Файл порожній.' },
  unknown_file: {
    bg: 'Няма такъв файл в организацията.',
    en: 'There is no such file in the organisation.',
    uk: 'Такого файлу в організації немає.',
  },
  unknown_document: {
    bg: 'Няма такъв документ в регистъра на организацията за тази услуга.',
    en: 'There is no such document in the organisation’s register for this service.',
    uk: 'Такого документа в реєстрі організації для цієї послуги немає.',
  },
  unknown_source: {
    bg: 'Наредбата не назовава такъв източник на информация. Изберете от списъка.',
    en: 'The Ordinance names no such source of information. Choose one from the list.',
    uk: 'Наредба не називає такого джерела інформації. Виберіть зі списку.',
  },
  review_before_approval: {
    bg: 'Датата на следващ преглед не може да е преди датата на утвърждаване.',
    en: 'The next review cannot be before the approval date.',
    uk: 'Дата наступного перегляду не може бути раніше дати затвердження.',
  },
  unknown_section: {
    bg: 'Докладът няма такъв раздел.',
    en: 'The report has no such section.',
    uk: 'У звіті немає такого розділу.',
  },
  unknown_criterion: {
    bg: 'Няма такъв критерий в стандартите на услугата.',
    en: 'There is no such criterion in the service’s standards.',
    uk: 'Такого критерію в стандартах послуги немає.',
  },
  not_in_scope: {
    bg: 'Индикаторът не е в обхвата на тази проверка.',
    en: 'The indicator is not in the scope of this check.',
    uk: 'Індикатор не входить до обсягу цієї перевірки.',
  },
  unanswered_indicators: {
    bg: 'Остават {count} индикатора без резултат.',
    en: '{count} indicators still have no result.',
    uk: 'Залишилося {count} індикаторів без результату.',
  },
  not_a_provider: {
    bg: 'Тази организация не е доставчик на социални услуги.',
    en: 'This organisation is not a social-service provider.',
    uk: 'Ця організація не є надавачем соціальних послуг.',
  },
  // Inspections (art. 30–34)
  inspector_not_member: {
    bg: 'Проверяващият трябва да е член на общината в Мера.',
    en: 'The inspector must be a member of the municipality in Mera.',
    uk: 'Перевіряючий має бути членом громади в Mera.',
  },
  contract_not_active: {
    bg: 'Няма действащ договор за възлагане на тази услуга.',
    en: 'There is no commissioning contract in force for this service.',
    uk: 'Немає чинного договору доручення для цієї послуги.',
  },
  reason_of_kind: {
    bg: 'Периодична проверка се прави по план или при необходимост; извънредна — по сигнал, жалба или по инициатива на общината (чл. 30).',
    en: 'A periodic inspection is by plan or on need; an extraordinary one on a complaint or on the municipality’s initiative (art. 30).',
    uk: 'Періодична перевірка — за планом або за потреби; позапланова — за скаргою чи з ініціативи громади (ст. 30).',
  },
  not_before_order: {
    bg: 'Проверката не може да започне преди датата на заповедта.',
    en: 'The inspection cannot start before the order’s date.',
    uk: 'Перевірка не може початися раніше дати наказу.',
  },
  not_before_start: {
    bg: 'Датата не може да е преди началото на проверката.',
    en: 'The date cannot be before the inspection starts.',
    uk: 'Дата не може бути раніше початку перевірки.',
  },
  report_within_10_days: {
    bg: 'Докладът се изготвя до 10 дни след приключване на проверката (чл. 33, ал. 1).',
    en: 'The report is due within 10 days of the end of the inspection (art. 33(1)).',
    uk: 'Звіт складається протягом 10 днів після завершення перевірки (ст. 33(1)).',
  },
  only_when_users_asked: {
    bg: 'Броят на съгласилите се се попълва, само ако са питани ползватели (чл. 32, ал. 3).',
    en: 'The number who consented is given only when users were asked (art. 32(3)).',
    uk: 'Кількість згод вказують, лише якщо опитували користувачів (ст. 32(3)).',
  },
  // The staff register
  unknown_position: {
    bg: 'Няма такава длъжност в щатното разписание на тази услуга.',
    en: 'There is no such position in this service’s staffing plan.',
    uk: 'Такої посади в штатному розписі цієї послуги немає.',
  },
  unknown_member: {
    bg: 'Няма такъв служител в регистъра на персонала на тази услуга.',
    en: 'There is no such member in this service’s staff register.',
    uk: 'Такого працівника в реєстрі персоналу цієї послуги немає.',
  },
  same_person: {
    bg: 'Наставникът и новопостъпилият служител трябва да са различни хора.',
    en: 'The mentor and the newcomer must be different people.',
    uk: 'Наставник і новий працівник мають бути різними людьми.',
  },
  not_for_group: {
    bg: 'Груповата супервизия е за екипа — не се посочва отделен служител.',
    en: 'A group supervision is for the team: no single member is named.',
    uk: 'Групова супервізія — для команди: окремий працівник не зазначається.',
  },
  appraisal_exists: {
    bg: 'За {year} г. вече има записана оценка на този служител.',
    en: 'This member already has an appraisal for {year}.',
    uk: 'Для цього працівника вже є оцінка за {year} р.',
  },
  appraisal_before_year: {
    bg: 'Оценката за {year} г. не може да е направена преди тази година.',
    en: 'The appraisal for {year} cannot have been made before that year.',
    uk: 'Оцінювання за {year} р. не може бути проведене раніше цього року.',
  },
  unknown_template: {
    bg: 'Услугата няма такъв шаблон на анкета.',
    en: 'The service has no such survey template.',
    uk: 'Послуга не має такого шаблону анкети.',
  },
  unknown_question: {
    bg: 'В анкетата няма такъв въпрос.',
    en: 'The survey has no such question.',
    uk: 'В анкеті немає такого питання.',
  },
  scale_value: {
    bg: 'Изберете стойност от {min} до {max}.',
    en: 'Choose a value from {min} to {max}.',
    uk: 'Виберіть значення від {min} до {max}.',
  },
  no_answer: {
    bg: 'Отговорете на поне един въпрос.',
    en: 'Answer at least one question.',
    uk: 'Дайте відповідь хоча б на одне питання.',
  },
  from_after_to: {
    bg: 'Началната дата трябва да е преди крайната.',
    en: 'The start date must be before the end date.',
    uk: 'Початкова дата має бути раніше за кінцеву.',
  },
  range_too_long: {
    bg: 'Изберете период до 10 години.',
    en: 'Choose a range of at most 10 years.',
    uk: 'Виберіть період до 10 років.',
  },
  deadline_window: {
    bg: 'Периодът може да е най-много {days} дни.',
    en: 'The period can be at most {days} days long.',
    uk: 'Період може бути щонайбільше {days} днів.',
  },
  // Contracts: funding, provider invitations, comments (issue 6)
  two_decimals: {
    bg: 'Сумата може да има най-много два знака след десетичната запетая.',
    en: 'The amount may have at most two decimals.',
    uk: 'Сума може мати щонайбільше два знаки після коми.',
  },
  not_negative: {
    bg: 'Сумата не може да е отрицателна.',
    en: 'The amount cannot be negative.',
    uk: 'Сума не може бути відʼємною.',
  },
  provider_on_mera: {
    bg: 'Доставчик с този ЕИК вече работи в Мера: предложете договора направо, без покана.',
    en: 'A provider with this UIC already works in Mera: propose the contract directly, without an invitation.',
    uk: 'Надавач із цим ЄІК уже працює в Мері: запропонуйте договір напряму, без запрошення.',
  },
  invitation_pending: {
    bg: 'На този ЕИК вече е изпратена покана, която чака. Изпратете я отново или я отменете.',
    en: 'An invitation to this UIC is already waiting. Send it again or cancel it.',
    uk: 'На цей ЄІК уже надіслано запрошення, яке очікує. Надішліть його ще раз або скасуйте.',
  },
  invitation_eik_mismatch: {
    bg: 'ЕИК не съвпада с ЕИК, на който общината е изпратила поканата.',
    en: 'The UIC does not match the UIC the municipality sent the invitation to.',
    uk: 'ЄІК не збігається з ЄІК, на який громада надіслала запрошення.',
  },
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
