import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { uuidv7 } from 'uuidv7';

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
    locale: p.string().length(5).default('bg'),
    emailVerifiedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type AppUser = InferEntity<typeof AppUser>;
