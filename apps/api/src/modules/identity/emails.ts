import type { Locale } from '@mera/db';
import type { Mail } from '../../platform/mailer.ts';

type Template = (values: Record<string, string>) => { subject: string; text: string };

const verifyEmail: Record<Locale, Template> = {
  bg: ({ name, link }) => ({
    subject: 'Мера: потвърдете имейла си',
    text: `Здравейте, ${name},\n\nза да потвърдите имейла си в Мера, отворете:\n${link}\n\nВръзката е валидна 48 часа. Ако не сте се регистрирали, пренебрегнете това писмо.\n`,
  }),
  en: ({ name, link }) => ({
    subject: 'Mera: confirm your e-mail',
    text: `Hello ${name},\n\nto confirm your e-mail address in Mera, open:\n${link}\n\nThe link is valid for 48 hours. If you did not sign up, ignore this message.\n`,
  }),
  uk: ({ name, link }) => ({
    subject: 'Mera: підтвердьте електронну пошту',
    text: `Вітаємо, ${name}!\n\nЩоб підтвердити адресу в Mera, відкрийте:\n${link}\n\nПосилання дійсне 48 годин. Якщо ви не реєструвалися, проігноруйте цей лист.\n`,
  }),
};

const invitation: Record<Locale, Template> = {
  bg: ({ organisation, inviter, link, role }) => ({
    subject: `Мера: покана от ${organisation}`,
    text: `Здравейте,\n\n${inviter} ви кани да се присъедините към „${organisation}“ в Мера (роля: ${role}).\nЗа да приемете, отворете:\n${link}\n\nПоканата е валидна 7 дни.\n`,
  }),
  en: ({ organisation, inviter, link, role }) => ({
    subject: `Mera: invitation from ${organisation}`,
    text: `Hello,\n\n${inviter} invites you to join "${organisation}" in Mera (role: ${role}).\nTo accept, open:\n${link}\n\nThe invitation is valid for 7 days.\n`,
  }),
  uk: ({ organisation, inviter, link, role }) => ({
    subject: `Mera: запрошення від ${organisation}`,
    text: `Вітаємо!\n\n${inviter} запрошує вас приєднатися до «${organisation}» у Mera (роль: ${role}).\nЩоб прийняти, відкрийте:\n${link}\n\nЗапрошення дійсне 7 днів.\n`,
  }),
};

const providerInvitation: Record<Locale, Template> = {
  bg: ({ municipality, service, eik, link, days }) => ({
    subject: `Мера: ${municipality} ви предлага договор`,
    text: `Здравейте,\n\n${municipality} предлага договор за възлагане на социална услуга („${service}“) на организацията с ЕИК ${eik} и ви кани да се регистрирате в Мера, където общината наблюдава възложените услуги.\nРегистрирайте организацията през тази връзка (с ЕИК ${eik}):\n${link}\n\nСлед регистрацията ще видите предложения договор и ще можете да го приемете. Връзката е валидна ${days} дни.\n`,
  }),
  en: ({ municipality, service, eik, link, days }) => ({
    subject: `Mera: ${municipality} proposes a contract`,
    text: `Hello,\n\n${municipality} proposes a contract commissioning a social service ("${service}") to the organisation with UIC ${eik} and invites you to sign up in Mera, where the municipality monitors the services it commissions.\nRegister the organisation through this link (with UIC ${eik}):\n${link}\n\nAfter signing up you will see the proposed contract and can accept it. The link is valid for ${days} days.\n`,
  }),
  uk: ({ municipality, service, eik, link, days }) => ({
    subject: `Mera: ${municipality} пропонує договір`,
    text: `Вітаємо!\n\n${municipality} пропонує договір про доручення соціальної послуги («${service}») організації з ЄІК ${eik} і запрошує вас зареєструватися в Mera, де громада стежить за дорученими послугами.\nЗареєструйте організацію за цим посиланням (з ЄІК ${eik}):\n${link}\n\nПісля реєстрації ви побачите запропонований договір і зможете його прийняти. Посилання дійсне ${days} днів.\n`,
  }),
};

const passwordReset: Record<Locale, Template> = {
  bg: ({ name, link, minutes }) => ({
    subject: 'Мера: нова парола',
    text: `Здравейте, ${name},\n\nза да зададете нова парола в Мера, отворете:\n${link}\n\nВръзката е валидна ${minutes} минути и може да се използва веднъж. След смяната всички влизания в профила ви приключват. Ако не сте поискали нова парола, пренебрегнете това писмо — паролата ви остава същата.\n`,
  }),
  en: ({ name, link, minutes }) => ({
    subject: 'Mera: a new password',
    text: `Hello ${name},\n\nto set a new password in Mera, open:\n${link}\n\nThe link is valid for ${minutes} minutes and works once. Changing the password ends every session of your account. If you did not ask for a new password, ignore this message — your password stays as it is.\n`,
  }),
  uk: ({ name, link, minutes }) => ({
    subject: 'Mera: новий пароль',
    text: `Вітаємо, ${name}!\n\nЩоб установити новий пароль у Mera, відкрийте:\n${link}\n\nПосилання дійсне ${minutes} хвилин і працює один раз. Після зміни всі сеанси вашого облікового запису завершуються. Якщо ви не просили новий пароль, проігноруйте цей лист — пароль залишиться тим самим.\n`,
  }),
};

export const templates = { verifyEmail, invitation, providerInvitation, passwordReset };

export function compose(
  template: Record<Locale, Template>,
  locale: Locale,
  to: string,
  values: Record<string, string>,
): Mail {
  return { to, ...template[locale](values) };
}
