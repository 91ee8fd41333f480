import { afterAll, beforeAll, expect, it } from 'vitest';
import { organisationOnFreshApi, type Person } from '../../testing/fixtures.ts';
import { tenantCaller } from '../../testing/requests.ts';
import type { Harness } from '../../testing/harness.ts';

let h: Harness;
let ngo: Person;
beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Следа“', 'admin@sleda.example'));
});
afterAll(() => h?.close());

const call = tenantCaller(
  () => h,
  () => ngo,
);

it('tells who did what to which record, in Bulgarian, English and Ukrainian', async () => {
  const service = (
    await call('POST', '/services', { name: 'ЦОП „Следа“', pluginCode: 'sample', variantKey: 'specialised' })
  ).json<{ id: string }>();
  const check = (
    await call('POST', '/assessments', { serviceId: service.id, kind: 'periodic', startedOn: '2026-03-02' })
  ).json<{ id: string; title: string }>();
  const saved = await call('PUT', `/assessments/${check.id}/results`, {
    itemId: 'bg-2022/a02/s1/c1.1/i2',
    result: 'partly_met',
    version: 0,
  });
  expect(saved.statusCode, saved.body).toBe(200);

  const trail = await call('GET', '/audit?limit=50');
  expect(trail.statusCode, trail.body).toBe(200);
  const descriptions =
    trail.json<{ entity: string; description: { bg: string; en: string; uk: string } }[]>();
  const result = descriptions.find((e) => e.entity === 'assessment_result')?.description;
  const who = 'Админ Сдружение „Следа“';
  expect(result?.bg).toBe(
    `${who} добави резултата на индикатор 2 в проверката „${check.title} — ЦОП „Следа““ на „частично изпълнен“`,
  );
  expect(result?.en).toContain(`${who} added the result of indicator 2 in the check`);
  expect(result?.uk).toContain(`${who}: додано результат індикатора 2 у перевірці`);
  expect(descriptions.find((e) => e.entity === 'service')?.description.bg).toBe(
    `${who} добави услугата „ЦОП „Следа““`,
  );
  // No table names or column lists reach people.
  for (const { description } of descriptions) expect(description.bg).not.toMatch(/[a-z]+_[a-z]+/);
});
