import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { migrate } from '@mera/db';
import { startMailSink, type MailSink } from './mail-sink.ts';
import { provideDevDatabase, type DevDatabase } from './database.ts';
import { startMailPage, type MailPage } from './mail-page.ts';
import { startService, waitForHttp, type Service } from './services.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const apiPort = Number(process.env['MERA_API_PORT'] ?? 4000);
const webPort = Number(process.env['MERA_WEB_PORT'] ?? 3000);
const mailPort = Number(process.env['MERA_MAIL_PORT'] ?? 1080);
const host = '127.0.0.1';

/** A demo account the seed created, as `apps/api/src/demo/cli.ts` prints it. */
interface DemoCredential {
  email: string;
  password: string;
  role: string;
  tenant: string;
}

/**
 * Seeds the demo into an empty database by running the API's own seed command as a process (the stack never imports
 * the API). Asynchronous on purpose: the embedded PostgreSQL's log pipe must keep draining meanwhile.
 */
function seedDemo(databaseUrl: string, pluginsDir: string): Promise<DemoCredential[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, path.join(root, 'apps/api/src/demo/cli.ts')],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl, PLUGINS_DIR: pluginsDir },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the demo seed exited with code ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '[]') as DemoCredential[]);
      } catch (error) {
        reject(error);
      }
    });
  });
}

function say(line: string): void {
  process.stdout.write(`[mera] ${line}\n`);
}

function banner(
  urls: { api: string; web: string; mail: string },
  database: string,
  credentials: DemoCredential[],
): void {
  const lines = [
    '',
    '  Mera is running.',
    `    Web app:   ${urls.web}`,
    `    API:       ${urls.api}   (OpenAPI UI: ${urls.api}/api/docs, readiness: ${urls.api}/readyz)`,
    `    E-mail:    ${urls.mail}   (every message Mera sends; nothing leaves this machine)`,
    `    Database:  ${database}`,
  ];
  if (credentials.length > 0) {
    lines.push('', '  Demo accounts (created now, in an empty database):');
    for (const c of credentials)
      lines.push(`    ${c.email.padEnd(34)} ${c.password}   ${c.role} — ${c.tenant}`);
  } else {
    lines.push('', '  Demo data was already there; accounts are listed in README.md.');
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(): Promise<void> {
  const webEntry = process.env['MERA_WEB_ENTRY'] ?? path.join(root, 'apps/web/build/index.js');
  if (!existsSync(webEntry))
    throw new Error('apps/web/build is missing: run `npm start` (it builds the web app first)');

  let database: DevDatabase | undefined;
  let mail: MailSink | undefined;
  let mailPage: MailPage | undefined;
  const services: Service[] = [];
  let stopping: Promise<void> | undefined;

  // Stop in dependency order: web, then API (which drains its requests and closes its pool), then the database.
  const shutdown = (reason: string, code: number) => {
    stopping ??= (async () => {
      say(`stopping (${reason})…`);
      for (const service of [...services].reverse()) await service.stop(15_000);
      await database?.stop();
      await mailPage?.close();
      await mail?.close();
      say('stopped.');
      process.exit(code);
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => void shutdown(signal, 0));
  // Last resort if the supervisor itself dies: never leave children running.
  process.on('exit', () => {
    for (const service of services) if (service.child.exitCode === null) service.child.kill('SIGKILL');
  });

  try {
    say('starting the database…');
    database = await provideDevDatabase(root, process.env['MERA_DATA_DIR']);
    const applied = await migrate(database.ownerUrl);
    say(applied.length ? `applied ${applied.length} migration(s)` : 'database schema is current');
    // The demo's services use the plugins installed in the workspace (or PLUGINS_DIR).
    const pluginsDir = process.env['PLUGINS_DIR'] ?? path.join(root, 'plugins');
    const credentials = await seedDemo(database.url, pluginsDir);

    // A local SMTP sink: e-mail (verification, password reset, invitations) is caught here instead of being sent,
    // each link printed in the terminal and every message readable on the mail page.
    mail = await startMailSink((message) => {
      const link = /https?:\/\/\S+/.exec(message.text)?.[0];
      say(`e-mail to ${message.to} (${message.subject})${link ? `: ${link}` : ''}`);
    });
    mailPage = await startMailPage(mail, mailPort, host);
    const webUrl = `http://localhost:${webPort}`;
    // One secret per run, shared by the API and the web app only: with it the web app names the visitor each call
    // is made for, so the API's rate limits count visitors (docs/security.md, "Authentication").
    const webTierSecret = process.env['WEB_TIER_SECRET'] ?? randomBytes(32).toString('base64url');
    const apiUrl = `http://${host}:${apiPort}`;
    const api = startService(
      'api',
      process.execPath,
      [...process.execArgv, path.join(root, 'apps/api/src/server.ts')],
      {
        ...process.env,
        NODE_ENV: process.env['NODE_ENV'] ?? 'development',
        DATABASE_URL: database.url,
        HOST: host,
        PORT: String(apiPort),
        SMTP_URL: mail.url,
        PUBLIC_WEB_URL: process.env['PUBLIC_WEB_URL'] ?? webUrl,
        WEB_TIER_SECRET: webTierSecret,
      },
    );
    services.push(api);
    await waitForHttp(`${apiUrl}/readyz`, api, 30_000);

    const web = startService('web', process.execPath, [webEntry], {
      ...process.env,
      NODE_ENV: 'production',
      HOST: host,
      PORT: String(webPort),
      ORIGIN: webUrl,
      // Evidence uploads pass through the web app: a little above the API's 20 MiB file limit.
      BODY_SIZE_LIMIT: process.env['BODY_SIZE_LIMIT'] ?? '25M',
      API_URL: apiUrl,
      WEB_TIER_SECRET: webTierSecret,
    });
    services.push(web);
    await waitForHttp(`http://${host}:${webPort}/`, web, 30_000);

    for (const service of services) {
      void service.exited.then(
        (code) => void shutdown(`${service.name} exited with code ${code ?? 'null'}`, 1),
      );
    }
    banner({ api: apiUrl, web: webUrl, mail: mailPage.url }, database.description, credentials);
  } catch (error) {
    process.stderr.write(`[mera] ${error instanceof Error ? error.message : String(error)}\n`);
    await shutdown('start-up failed', 1);
  }
}

await main();
