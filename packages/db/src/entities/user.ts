import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { uuidv7 } from 'uuidv7';

export const LOCALES = ['bg', 'en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];

/** A person who logs in. Staff of providers and municipalities — never the users of a social service. */
export const AppUser = defineEntity({
  name: 'AppUser',
  tableName: 'app_user',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    email: p.text().unique(),
    displayName: p.text(),
    passwordHash: p.text().hidden().lazy(),
    locale: p
      .enum(() => [...LOCALES])
      .$type<Locale>()
      .columnType('varchar(5)')
      .default('bg'),
    emailVerifiedAt: p.datetime().nullable(),
    isOperator: p.boolean().default(false),
    failedLogins: p.integer().default(0),
    lockedUntil: p.datetime().nullable(),
    passwordChangedAt: p.datetime().onCreate(() => new Date()),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type AppUser = InferEntity<typeof AppUser>;
