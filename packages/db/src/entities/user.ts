import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId, createdNow, oneOf } from './columns.ts';

export const LOCALES = ['bg', 'en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];

/** A person who logs in. Staff of providers and municipalities — never the users of a social service. */
export const AppUser = defineEntity({
  name: 'AppUser',
  tableName: 'app_user',
  properties: {
    id: newId(),
    email: p.text().unique(),
    displayName: p.text(),
    passwordHash: p.text().hidden().lazy(),
    locale: oneOf(LOCALES).columnType('varchar(5)').default('bg'),
    emailVerifiedAt: p.datetime().nullable(),
    isOperator: p.boolean().default(false),
    failedLogins: p.integer().default(0),
    lockedUntil: p.datetime().nullable(),
    passwordChangedAt: createdNow(),
    createdAt: createdNow(),
  },
});
export type AppUser = InferEntity<typeof AppUser>;
