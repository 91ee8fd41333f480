// The staff register in a real browser: a provider fills the staffing plan and the named staff list of a service and
// watches the annex's fill-rate rule ("Щатното разписание е запълнено на минимум 75%") turn from fail to pass; a
// share of a position typed wrongly is refused next to the field and nothing typed is lost; a training is recorded
// and shows in the person's indicators.
import { beforeAll, describe, expect, test } from 'vitest';
import { organisationStack } from './stack.ts';
import { accessibilityViolations } from './support.ts';
import { followNavigation } from './steps.ts';

describe('the staff register in the browser', () => {
  let serviceId = '';

  const org = organisationStack('Сдружение „Екип“', 'admin@ekip.example');
  beforeAll(async () => {
    const { stack, tenantId, token } = org;
    serviceId = await stack.service(token, tenantId, 'ЦОП „Екип“', { capacity: 20, currentUsers: 12 });
  });

  const fillRate = () => org.page.locator('[data-testid="staff-rules"] [data-rule="staffing-fill-rate"]');
  const newMember = () => org.page.locator('#new-member');

  async function addMember(name: string, startedOn: string) {
    await newMember().getByLabel('Име и фамилия', { exact: true }).fill(name);
    await newMember().getByLabel('Дата на назначаване', { exact: true }).fill(startedOn);
    await newMember().getByRole('button', { name: 'Добавяне на служителя' }).click();
    await org.page.locator(`li[data-member="${name}"]`).waitFor();
  }

  test('the overview lists the service and opens its register', async () => {
    await org.page.goto(`${org.stack.web.url}/t/${org.tenantId}`);
    await followNavigation(org.page, 'Персонал', `**/t/${org.tenantId}/staff`);
    expect(await org.page.locator('li[data-service="ЦОП „Екип“"]').textContent()).toContain(
      'Няма въведен персонал.',
    );
    expect(await accessibilityViolations(org.page)).toEqual([]);
    await org.page.getByRole('link', { name: 'Регистър на персонала — ЦОП „Екип“' }).click();
    await org.page.waitForURL(`**/t/${org.tenantId}/staff/${serviceId}`);
    expect(await fillRate().getAttribute('data-status')).toBe('warning');
  });

  test('fills the staffing plan and the staff list; the fill-rate rule turns from fail to pass', async () => {
    await org.page.goto(`${org.stack.web.url}/t/${org.tenantId}/staff/${serviceId}`);
    await org.page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    expect(await accessibilityViolations(org.page)).toEqual([]);

    const newPosition = org.page.locator('#new-position');
    await newPosition.getByLabel('Длъжност', { exact: true }).fill('Социален работник');
    await newPosition.getByLabel('Категория', { exact: true }).selectOption({ label: 'Основни специалисти' });
    await newPosition.getByLabel('Щатни бройки', { exact: true }).fill('4');
    await newPosition.getByRole('button', { name: 'Добавяне на длъжността' }).click();
    await org.page.getByText('Щатното разписание е записано.').waitFor();
    expect(await fillRate().getAttribute('data-status')).toBe('fail');
    expect(await fillRate().textContent()).toContain('0%');

    // A share of a position typed with a stray letter: refused next to the field, everything typed is kept.
    await newMember().getByLabel('Име и фамилия', { exact: true }).fill('Мария Петрова');
    await newMember().getByLabel('Дата на назначаване', { exact: true }).fill('2024-03-01');
    await newMember()
      .getByLabel('Образование и квалификация', { exact: true })
      .fill('Магистър, социална работа');
    await newMember().getByLabel('Част от щатна бройка', { exact: true }).fill('0,5о');
    await newMember().getByRole('button', { name: 'Добавяне на служителя' }).click();
    await org.page.locator('#field-fte-error').waitFor();
    expect(await org.page.locator('#field-fte-error').textContent()).toContain('Очаква се число');
    expect(await newMember().getByLabel('Име и фамилия', { exact: true }).inputValue()).toBe('Мария Петрова');
    expect(await newMember().getByLabel('Образование и квалификация', { exact: true }).inputValue()).toBe(
      'Магистър, социална работа',
    );
    expect(await newMember().getByLabel('Дата на назначаване', { exact: true }).inputValue()).toBe(
      '2024-03-01',
    );
    expect(await org.stack.h.sql('select 1 from staff_member')).toEqual([]);
    expect(await accessibilityViolations(org.page)).toEqual([]);

    await newMember().getByLabel('Част от щатна бройка', { exact: true }).fill('1');
    await newMember().getByRole('button', { name: 'Добавяне на служителя' }).click();
    await org.page.locator('li[data-member="Мария Петрова"]').waitFor();
    expect(await fillRate().getAttribute('data-status')).toBe('fail');

    await addMember('Георги Иванов', '2024-09-02');
    expect(await fillRate().getAttribute('data-status')).toBe('fail');
    await addMember('Елена Стоянова', '2025-01-06');
    await org.page
      .locator('[data-testid="staff-rules"] [data-rule="staffing-fill-rate"][data-status="pass"]')
      .waitFor();
    expect(await fillRate().textContent()).toContain('75%');
    const facts = org.page.locator('[data-testid="staff-facts"]');
    expect(await facts.locator('[data-fact="positionsFilled"]').textContent()).toContain(
      'от регистъра на персонала',
    );
    expect(await facts.locator('[data-fact="staffCount"]').textContent()).toContain('3');
  });

  test('records an induction training, shown in the member’s indicators', async () => {
    const maria = org.page.locator('li[data-member="Мария Петрова"]');
    await maria.getByText('Добавяне на обучение на Мария Петрова').click();
    await maria.getByLabel('Дата', { exact: true }).fill('2024-03-15');
    await maria.getByLabel('Академични часове', { exact: true }).fill('36');
    await maria.getByLabel('Тема', { exact: true }).fill('Въвеждащо обучение');
    await maria.getByRole('button', { name: 'Записване на обучението' }).click();
    await org.page.getByText('Обучението е записано.').waitFor();
    expect(await maria.textContent()).toContain('Въвеждащо обучение: 36 ч.');
    expect(await accessibilityViolations(org.page)).toEqual([]);
  });
});
