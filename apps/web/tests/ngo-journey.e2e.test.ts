// Issue 5's "done when", end to end in a real browser with the Ordinance's real plugins: an NGO like „Закрилници“
// (seed 000 — services for children and families) registers its six services, fills the staff register of one,
// registers its disaster plan with the file once, runs a quarterly check with the plan as evidence and finds the same
// plan offered in another service's check, collects two anonymous survey answers through the public link, and
// downloads the semi-annual analysis as a PDF whose extracted text carries the score, the Cyrillic names and an
// indicator verbatim. Bad input on the way is refused next to the field, translated, and nothing typed is lost.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack, type Stack } from './stack.ts';
import { accessibilityViolations, download, pdfText } from './support.ts';
import { followNavigation } from './steps.ts';

const PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

/** The six services of seed 000, each against the plugin variant whose annex applies (plugins/<code>/src). */
const SERVICES = [
  { name: 'ИК „Закрилници“ — специализирана', type: 'ik/specialised', capacity: '30', users: '22' },
  { name: 'ИК „Закрилници“ — общодостъпна', type: 'ik/general-access', capacity: '60', users: '41' },
  {
    name: 'Застъпничество и посредничество „Закрилници“',
    type: 'zp/specialised',
    capacity: '20',
    users: '9',
  },
  { name: 'МПОР „Закрилници“', type: 'mpor/community', capacity: '50', users: '35' },
  { name: 'Терапия и рехабилитация „Закрилници“', type: 'tr/specialised', capacity: '15', users: '11' },
  { name: 'Обучение за умения „Закрилници“', type: 'opu/specialised', capacity: '25', users: '14' },
] as const;
const [A, , B] = SERVICES;

/**
 * The source of information the disaster plan stands for, verbatim: indicators of annexes 1, 2, 3, 5 and 6 cite it
 * (plugins/ik/catalogue/annex-0{1,2}.json, zp/annex-03, tr/annex-05, opu/annex-06 — criterion 5.1 in each).
 */
const DISASTER_PLAN = 'План за защита при бедствия и аварии';
const PLAN_TITLE = 'План за защита при бедствия и аварии на СНЦ „Закрилници“';
/** Criterion 5.1 of annex 2 (ИК, specialised): indicators 39–42. */
const ITEM = (n: number) => `bg-2022/a02/s5/c5.1/i${n}`;
const EMERGENCY_EXIT = 'Има обозначен авариен изход, работещо евакуационно осветление.';

describe('an NGO like „Закрилници“ runs its quality system in Mera, end to end', () => {
  let stack: Stack;
  let page: Page;
  let tenantId = '';
  let dir = '';
  const ids: Record<string, string> = {};
  let publicLink = '';

  beforeAll(async () => {
    stack = await startStack({ plugins: 'workspace' });
    ({ page, tenantId } = await stack.person('Сдружение „Закрилници“', 'predsedatel@zakrilnici.example'));
    dir = await mkdtemp(path.join(tmpdir(), 'mera-journey-'));
    await writeFile(path.join(dir, 'План при бедствия.pdf'), PDF);
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  const field = (label: string) => page.getByLabel(label, { exact: true });
  async function open(url: string) {
    await page.goto(`${stack.web.url}${url}`);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
  }

  test('registers its six services; a capacity typed wrongly is refused next to the field, nothing lost', async () => {
    await followNavigation(page, 'Услуги', `**/t/${tenantId}/services`);
    for (const [index, service] of SERVICES.entries()) {
      await open(`/t/${tenantId}/services/new`);
      // The page also offers registering an old-type centre, with its own name field.
      const inForm = (label: string) =>
        page.locator('form[action="?/save"]').getByLabel(label, { exact: true });
      await inForm('Наименование').fill(service.name);
      await inForm('Вид услуга и стандарти').selectOption(service.type);
      await inForm('Община').fill('Монтана');
      await inForm('Брой потребители в момента').fill(service.users);
      await page.getByLabel('Държавно делегирана дейност').check();
      if (index === 0) {
        await inForm('Капацитет (брой места)').fill('3о'); // a Cyrillic "о" typed for a zero
        await page.getByRole('button', { name: 'Регистриране', exact: true }).click();
        await page.locator('#field-capacity-error').waitFor();
        expect(await page.locator('#field-capacity-error').textContent()).toMatch(/цяло число/);
        expect(await page.getByTestId('form-error').textContent()).toContain('Капацитет (брой места)');
        expect(await inForm('Наименование').inputValue()).toBe(service.name);
        expect(await inForm('Вид услуга и стандарти').inputValue()).toBe(service.type);
        expect(await inForm('Община').inputValue()).toBe('Монтана');
        expect(await inForm('Брой потребители в момента').inputValue()).toBe(service.users);
        expect(await page.getByLabel('Държавно делегирана дейност').isChecked()).toBe(true);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await stack.h.sql('select 1 from service where tenant_id = $1', [tenantId])).toEqual([]);
      }
      await inForm('Капацитет (брой места)').fill(service.capacity);
      await page.getByRole('button', { name: 'Регистриране', exact: true }).click();
      await page.waitForURL(/\/services\/[0-9a-f-]{36}\?changed=created$/);
      ids[service.name] = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    }
    // Annex 2 allows 4 to 35 users: the rule is evaluated on the facts just typed.
    await open(`/t/${tenantId}/services/${ids[A.name]}`);
    expect(await page.locator('[data-rule="capacity"]').getAttribute('data-status')).toBe('pass');

    await page.getByRole('link', { name: '← Услуги' }).click();
    await page.waitForURL(`**/t/${tenantId}/services`);
    for (const service of SERVICES)
      expect(await page.locator(`tr[data-service="${service.name}"]`).textContent()).toContain(
        `${service.users} от ${service.capacity}`,
      );
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 60_000);

  test('fills the staff register of the specialised counselling: a position and two people', async () => {
    await open(`/t/${tenantId}/staff/${ids[A.name]}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    const position = page.locator('#new-position');
    await position.getByLabel('Длъжност', { exact: true }).fill('Социален работник');
    await position.getByLabel('Категория', { exact: true }).selectOption({ label: 'Основни специалисти' });
    await position.getByLabel('Щатни бройки', { exact: true }).fill('2');
    await position.getByRole('button', { name: 'Добавяне на длъжността' }).click();
    await page.getByText('Щатното разписание е записано.').waitFor();

    const member = page.locator('#new-member');
    await member.getByLabel('Име и фамилия', { exact: true }).fill('Десислава Петрова');
    await member.getByLabel('Дата на назначаване', { exact: true }).fill('2023-02-01');
    await member.getByLabel('Образование и квалификация', { exact: true }).fill('Магистър, социална работа');
    await member.getByLabel('Част от щатна бройка', { exact: true }).fill('едно');
    await member.getByRole('button', { name: 'Добавяне на служителя' }).click();
    await page.locator('#field-fte-error').waitFor();
    expect(await page.locator('#field-fte-error').textContent()).toContain('Очаква се число');
    expect(await member.getByLabel('Име и фамилия', { exact: true }).inputValue()).toBe('Десислава Петрова');
    expect(await member.getByLabel('Образование и квалификация', { exact: true }).inputValue()).toBe(
      'Магистър, социална работа',
    );
    expect(await member.getByLabel('Дата на назначаване', { exact: true }).inputValue()).toBe('2023-02-01');
    expect(await stack.h.sql('select 1 from staff_member')).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await member.getByLabel('Част от щатна бройка', { exact: true }).fill('1');
    await member.getByRole('button', { name: 'Добавяне на служителя' }).click();
    await page.locator('li[data-member="Десислава Петрова"]').waitFor();
    await member.getByLabel('Име и фамилия', { exact: true }).fill('Николай Георгиев');
    await member.getByLabel('Дата на назначаване', { exact: true }).fill('2024-09-16');
    await member.getByRole('button', { name: 'Добавяне на служителя' }).click();
    await page.locator('li[data-member="Николай Георгиев"]').waitFor();
    // Two people in two planned positions: the annex's 75 % fill rate holds.
    await page
      .locator('[data-testid="staff-rules"] [data-rule="staffing-fill-rate"][data-status="pass"]')
      .waitFor();
    expect(
      await page.locator('[data-testid="staff-facts"] [data-fact="staffCount"]').textContent(),
    ).toContain('2');
  });

  test('registers the disaster plan with its file; a source the Ordinance does not name is refused', async () => {
    // The plan's source is cited verbatim by indicators of at least two of the six services' annexes.
    const citing = await stack.h.sql<{ type: string }>(
      `select distinct v.plugin_code || '/' || v.variant_key as type
         from catalogue_item i join catalogue_version v on v.id = i.version_id, unnest(i.sources) s
        where s = $1`,
      [DISASTER_PLAN],
    );
    expect(citing.map((r) => r.type)).toEqual(expect.arrayContaining([A.type, B.type]));

    await open(`/t/${tenantId}/documents`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await field('Заглавие').fill(PLAN_TITLE);
    await field('Версия').fill('2');
    await field('Файл').setInputFiles(path.join(dir, 'План при бедствия.pdf'));
    await field('Източник 1').fill('План за действие при бедствия'); // not the Ordinance's words
    await page.getByRole('button', { name: 'Записване в регистъра' }).click();
    await page.locator('#field-source1-error').waitFor();
    expect(await page.locator('#field-source1-error').textContent()).toContain(
      'Наредбата не назовава такъв източник на информация.',
    );
    expect(await field('Заглавие').inputValue()).toBe(PLAN_TITLE);
    expect(await field('Версия').inputValue()).toBe('2');
    expect(await field('Източник 1').inputValue()).toBe('План за действие при бедствия');
    // Nothing half-written: neither the document nor its uploaded file stays.
    expect(await stack.h.sql('select 1 from stored_file')).toEqual([]);
    expect(await stack.h.sql('select 1 from quality_document')).toEqual([]);

    await field('Източник 1').fill(DISASTER_PLAN);
    await field('Файл').setInputFiles(path.join(dir, 'План при бедствия.pdf'));
    await page.getByRole('button', { name: 'Записване в регистъра' }).click();
    await page.getByText('Документът е записан в регистъра.').waitFor();
    const card = page.locator(`li[data-document="${PLAN_TITLE}"]`);
    expect(await card.textContent()).toContain(DISASTER_PLAN);
    expect(await card.getByRole('link', { name: 'План при бедствия.pdf' }).count()).toBe(1);
    expect(await stack.h.sql('select 1 from stored_file')).toHaveLength(1);
  });

  test('runs a quarterly check on criterion 5.1 with the plan as evidence; the plan is offered to another service', async () => {
    await open(`/t/${tenantId}/assessments/new?service=${ids[A.name]}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('checkbox', { name: /^5\.1\. / }).check();
    await page.getByRole('button', { name: 'Започване на проверката' }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    expect(await page.getByTestId('progress-text').textContent()).toBe('0 от 4 индикатора');
    expect(await accessibilityViolations(page)).toEqual([]);

    const item = (n: number) => page.locator(`article[data-item="${ITEM(n)}"]`);
    // The evidence the indicator's source calls for is offered from the register.
    await item(39).getByLabel('Изпълнен', { exact: true }).check();
    await page.getByTestId('progress-text').getByText('1 от 4 индикатора').waitFor();
    await item(39)
      .getByRole('button', { name: `Прилагане: ${PLAN_TITLE}` })
      .click();
    await item(39).locator('li[data-evidence="document"]').waitFor();
    expect(await item(39).locator('li[data-evidence="document"]').textContent()).toContain(PLAN_TITLE);

    // 1 + 0.5 + 0 + 1 points over 4 indicators: 62.5 %.
    await item(40).getByLabel('Частично изпълнен', { exact: true }).check();
    await page.getByTestId('progress-text').getByText('2 от 4 индикатора').waitFor();
    await item(41).getByLabel('Неизпълнен', { exact: true }).check();
    await page.getByTestId('progress-text').getByText('3 от 4 индикатора').waitFor();
    await item(42).getByLabel('Изпълнен', { exact: true }).check();
    await page.getByTestId('progress-text').getByText('4 от 4 индикатора').waitFor();
    // the score follows once the server confirmed the answer (the plugin's scheme scores it)
    await page.getByTestId('score').getByText('62,5 %', { exact: true }).waitFor();

    await field('Изводи').fill('Евакуационното осветление да се ремонтира до края на месеца.');
    await page.getByRole('button', { name: 'Приключване', exact: true }).click();
    await page.getByRole('heading', { name: 'Проверката е приключена' }).waitFor();

    // Another service's check: the same plan is offered for its own indicator citing the source — never re-uploaded.
    await open(`/t/${tenantId}/assessments/new?service=${ids[B.name]}`);
    await page.getByRole('checkbox', { name: /^5\.1\. / }).check();
    await page.getByRole('button', { name: 'Започване на проверката' }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    const advocacy = page.locator('article[data-item="bg-2022/a03/s5/c5.1/i40"]');
    await advocacy.getByRole('button', { name: `Прилагане: ${PLAN_TITLE}` }).click();
    await advocacy.locator('li[data-evidence="document"]').waitFor();
    expect(await advocacy.locator('li[data-evidence="document"]').textContent()).toContain(PLAN_TITLE);
    // One plan, one file, evidence in two services' checks.
    expect(await stack.h.sql('select 1 from stored_file')).toHaveLength(1);
    const uses = await stack.h.sql<{ documents: string; checks: string; services: string }>(
      `select count(distinct e.document_id) as documents, count(distinct e.assessment_id) as checks,
              count(distinct a.service_id) as services
         from assessment_evidence e join assessment a on a.tenant_id = e.tenant_id and a.id = e.assessment_id`,
    );
    expect(uses).toEqual([{ documents: '1', checks: '2', services: '2' }]);
  });

  test('opens a feedback survey; two people answer anonymously through the public link', async () => {
    await open(`/t/${tenantId}/surveys`);
    expect(await accessibilityViolations(page)).toEqual([]);
    const service = page.locator(`[data-service="${A.name}"]`);
    await service.getByLabel('Шаблон на анкетата').selectOption({ label: 'Обратна връзка от потребителите' });
    await service.getByRole('button', { name: 'Отваряне на анкета' }).click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}\?changed=opened$/);
    publicLink = (await page.getByTestId('public-link').textContent())?.trim() ?? '';
    expect(publicLink).toMatch(/\/s\/[A-Za-z0-9_.-]+$/);

    for (const [satisfied, safe] of [
      ['Напълно', 'По-скоро да'],
      ['По-скоро да', 'Напълно'],
    ] as const) {
      // A fresh browser each time: no login, no cookie.
      const context = await stack.browser.newContext({ locale: 'bg-BG' });
      context.setDefaultTimeout(5_000);
      const person = await context.newPage();
      await person.goto(publicLink);
      await person.locator('[data-hydrated]').waitFor({ state: 'attached' });
      await person
        .getByRole('group', { name: /Доволни ли сте от подкрепата/ })
        .getByLabel(satisfied)
        .check();
      await person
        .getByRole('group', { name: /Чувствате ли се в безопасност/ })
        .getByLabel(safe)
        .check();
      await person.getByRole('button', { name: 'Изпращане на отговорите' }).click();
      await person.getByRole('heading', { name: 'Благодарим Ви!' }).waitFor();
      expect(await context.cookies()).toEqual([]);
      await context.close();
    }
    await page.reload();
    expect(await page.getByTestId('responses').textContent()).toBe('2');
  });

  test('downloads the semi-annual analysis of the service as a PDF with the score and Cyrillic text', async () => {
    const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' })
      .format(new Date())
      .split('-')
      .map(Number) as [number, number];
    const half = month <= 6 ? '1' : '2';
    await open(`/t/${tenantId}/reports`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await field('Година').fill('202б');
    await field('Шестмесечие').selectOption(half);
    await field('Услуга').selectOption({ label: A.name });
    await page.getByRole('button', { name: 'Събиране на данните' }).click();
    await page.locator('#field-year-error').waitFor();
    expect(await field('Година').inputValue()).toBe('202б');
    expect(await field('Шестмесечие').inputValue()).toBe(half);
    expect(await field('Услуга').inputValue()).toBe(ids[A.name]);
    expect(await stack.h.sql('select 1 from report')).toEqual([]);

    await field('Година').fill(String(year));
    await page.getByRole('button', { name: 'Събиране на данните' }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    const row = page.getByTestId('report-services').locator('tr', { hasText: A.name });
    expect(await row.textContent()).toContain('62,5 %');
    // The score with its bar fills its row: the row's rule runs straight under every cell.
    const [rowBox, scoreBox] = await Promise.all([
      row.boundingBox(),
      row.locator('td', { hasText: '62,5 %' }).boundingBox(),
    ]);
    expect(scoreBox?.height).toBeCloseTo(rowBox?.height ?? 0, 0);
    expect(await accessibilityViolations(page)).toEqual([]);

    const pdf = await download(page, 'Изтегляне като PDF');
    expect(pdf.suggestedFilename()).toMatch(/^Анализ .*\.pdf$/);
    const flat = await pdfText(pdf);
    expect(flat).toContain('Анализ на информацията от мониторинга на качеството');
    expect(flat).toContain('Сдружение „Закрилници“');
    expect(flat).toContain(A.name);
    expect(flat).toContain('62,5 %');
    expect(flat).toContain(EMERGENCY_EXIT);
    expect(flat).toContain('Получени анонимни отговора на анкети: 2.');
    // Only service A's analysis: the other services are not in it.
    expect(flat).not.toContain(B.name);
  });
});
