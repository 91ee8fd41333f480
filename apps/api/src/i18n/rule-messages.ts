import type { Translations } from './locale.ts';

/** What a validation rule (a JSON Schema keyword) means, for the field it failed on. */
export const ruleMessages = {
  required: { bg: 'Полето е задължително.', en: 'This field is required.', uk: 'Поле обовʼязкове.' },
  type: { bg: 'Очаква се {type}.', en: 'Expected {type}.', uk: 'Очікується {type}.' },
  // At least one character means "not empty": said so, rather than "at least 1 character".
  minLength: {
    bg: '{limit, plural, =1 {Полето не може да е празно.} one {Трябва да съдържа поне # знак.} other {Трябва да съдържа поне # знака.}}',
    en: '{limit, plural, =1 {This field cannot be empty.} one {Must be at least # character long.} other {Must be at least # characters long.}}',
    uk: '{limit, plural, =1 {Поле не може бути порожнім.} one {Має містити щонайменше # символ.} few {Має містити щонайменше # символи.} other {Має містити щонайменше # символів.}}',
  },
  maxLength: {
    bg: 'Трябва да съдържа най-много {limit, plural, one {# знак} other {# знака}}.',
    en: 'Must be at most {limit, plural, one {# character} other {# characters}} long.',
    uk: 'Має містити щонайбільше {limit, plural, one {# символ} few {# символи} other {# символів}}.',
  },
  pattern: { bg: 'Форматът не е валиден.', en: 'The format is not valid.', uk: 'Формат недійсний.' },
  // The JSON Schema format's name stays out of the sentence (a person reads "дата", not "date"); a select per format
  // also gives Bulgarian and Ukrainian the noun's gender.
  format: {
    bg: '{format, select, date {Очаква се валидна дата.} date-time {Очакват се валидни дата и час.} time {Очаква се валиден час.} email {Очаква се валиден имейл адрес.} uuid {Очаква се валиден идентификатор.} uri {Очаква се валиден уеб адрес.} other {Стойността не е във валиден формат.}}',
    en: '{format, select, date {Expected a valid date.} date-time {Expected a valid date and time.} time {Expected a valid time.} email {Expected a valid e-mail address.} uuid {Expected a valid identifier.} uri {Expected a valid web address.} other {The value is not in a valid format.}}',
    uk: '{format, select, date {Очікується коректна дата.} date-time {Очікуються коректні дата й час.} time {Очікується коректний час.} email {Очікується коректна адреса електронної пошти.} uuid {Очікується коректний ідентифікатор.} uri {Очікується коректна вебадреса.} other {Значення має некоректний формат.}}',
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
  date_range: {
    bg: 'Датата трябва да е между {from} и {to}.',
    en: 'The date must be between {from} and {to}.',
    uk: 'Дата має бути між {from} і {to}.',
  },
  nul_character: {
    bg: 'Текстът съдържа недопустим знак (NUL).',
    en: 'The text contains a character that is not allowed (NUL).',
    uk: 'Текст містить недопустимий символ (NUL).',
  },
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
    bg: 'Срокът на {count, plural, one {# мярка} other {# мерки}} остава извън новия период. Първо променете сроковете им.',
    en: 'The deadline of {count, plural, one {# measure} other {# measures}} would fall outside the new period. Change their deadlines first.',
    uk: 'Строк {count, plural, one {# заходу} other {# заходів}} опиниться поза новим періодом. Спершу змініть їхні строки.',
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
  unanswered: {
    bg: 'Индикаторът няма отговор.',
    en: 'The indicator has no answer.',
    uk: 'Індикатор не має відповіді.',
  },
  answer_kind: {
    bg: 'Този индикатор се отговаря само с ниво на изпълнение (изпълнен, частично, неизпълнен, неприложим).',
    en: 'This indicator is answered with a level only (met, partly met, not met, not applicable).',
    uk: 'На цей індикатор відповідають лише рівнем виконання (виконано, частково, не виконано, не застосовується).',
  },
  unanswered_indicators: {
    bg: '{count, plural, one {Остава # индикатор} other {Остават # индикатора}} без резултат.',
    en: '{count, plural, one {# indicator still has} other {# indicators still have}} no result.',
    uk: '{count, plural, one {Залишився # індикатор} few {Залишилося # індикатори} other {Залишилося # індикаторів}} без результату.',
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
    bg: 'Периодът може да е най-много {days, plural, one {# ден} other {# дни}}.',
    en: 'The period can be at most {days, plural, one {# day} other {# days}} long.',
    uk: 'Період може бути щонайбільше {days, plural, one {# день} few {# дні} other {# днів}}.',
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
