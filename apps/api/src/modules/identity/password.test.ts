import { expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

it('verifies the password it hashed and nothing else, with a fresh salt each time', async () => {
  const hash = await hashPassword('Дълга парола 2026!');
  expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
  expect(await verifyPassword('Дълга парола 2026!', hash)).toBe(true);
  expect(await verifyPassword('дълга парола 2026!', hash)).toBe(false);
  expect(await hashPassword('Дълга парола 2026!')).not.toBe(hash);
  expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
});
