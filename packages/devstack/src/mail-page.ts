import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CapturedMail, MailSink } from './mail-sink.ts';

export interface MailPage {
  url: string;
  close(): Promise<void>;
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The message's text with its links clickable: escaped first, so nothing in a message becomes markup. */
function body(text: string): string {
  return escape(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

function page(messages: CapturedMail[]): string {
  const items = [...messages]
    .reverse()
    .map(
      (m) => `<article>
  <h2>${escape(m.subject)}</h2>
  <p class="meta">до <strong>${escape(m.to)}</strong> · <time datetime="${m.receivedAt.toISOString()}">${m.receivedAt.toLocaleString('bg-BG')}</time></p>
  <pre>${body(m.text)}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="bg">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Поща на Мера (разработка)</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
  article { border: 1px solid #bbb; border-radius: 6px; padding: 0 1rem; margin: 1rem 0; }
  pre { white-space: pre-wrap; font: inherit; }
  .meta { color: #444; }
  a { color: #0645ad; }
</style>
</head>
<body>
<main>
<h1>Поща на Мера (разработка)</h1>
<p>Писмата, които Мера изпрати, докато работи <code>npm start</code>. Нищо не излиза навън. <a href="/">Обновяване</a> · <a href="/messages.json">JSON</a></p>
${items || '<p>Още няма писма.</p>'}
</main>
</body>
</html>`;
}

/**
 * A page where the development stack's e-mail can be read (issue 14): the messages the local SMTP sink caught,
 * newest first, with their links clickable; `/messages.json` gives the same to scripts. Listens on loopback only —
 * the messages carry one-time links. See docs/decisions/013-development-mail.md.
 */
export async function startMailPage(sink: MailSink, port: number, host = '127.0.0.1'): Promise<MailPage> {
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://mail.local').pathname;
    if (path === '/messages.json') {
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(JSON.stringify([...sink.messages].reverse()));
    } else if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(page(sink.messages));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
