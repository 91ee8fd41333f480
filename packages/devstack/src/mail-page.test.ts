import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMailSink, type MailSink } from './mail-sink.ts';
import { startMailPage, type MailPage } from './mail-page.ts';

let sink: MailSink;
let page: MailPage;

beforeAll(async () => {
  sink = await startMailSink();
  page = await startMailPage(sink, 0);
});

afterAll(async () => {
  await page.close();
  await sink.close();
});

it('shows the caught messages newest first, links clickable and nothing in a message taken as markup', async () => {
  expect(await (await fetch(page.url)).text()).toContain('Още няма писма.');
  const at = new Date('2026-12-07T10:00:00Z');
  sink.messages.push(
    { to: 'a@example.org', subject: 'Първо', text: 'нищо', receivedAt: at },
    {
      to: 'b@example.org',
      subject: '<script>alert(1)</script>',
      text: 'Отворете:\nhttp://localhost:3000/reset-password?token=abc-DEF_1&x=<b>\n',
      receivedAt: at,
    },
  );
  const html = await (await fetch(page.url)).text();
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('<a href="http://localhost:3000/reset-password?token=abc-DEF_1&amp;x=&lt;b&gt;">');
  expect(html.indexOf('b@example.org')).toBeLessThan(html.indexOf('a@example.org'));

  const json = (await (await fetch(`${page.url}/messages.json`)).json()) as { to: string }[];
  expect(json.map((m) => m.to)).toEqual(['b@example.org', 'a@example.org']);
  expect((await fetch(`${page.url}/other`)).status).toBe(404);
});
