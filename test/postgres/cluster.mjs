/**
 * A throwaway PostgreSQL cluster for tests and the `scale` bench (plain JavaScript so that the
 * bench, which runs on Node without a TypeScript step, uses the same code; types in
 * `cluster.d.mts`): Debian's binaries (`pg_config --bindir`, else
 * /usr/lib/postgresql/<newest>/bin), `initdb` into a temporary directory with trust auth, a free
 * port on 127.0.0.1, no Unix socket, durability off (it is thrown away). `initdb` refuses to run
 * as root, so as root the cluster belongs to an unprivileged user (`postgres`, created by the
 * Debian package) and every binary runs through `runuser`. Stopped and removed by `destroy()`,
 * or by a watchdog when the process that started it dies without calling it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** Where the PostgreSQL server binaries are, or an error saying how to get them. */
/** @returns {string} */
export function findBinDir() {
  const fromEnv = process.env.KG_TEST_PG_BINDIR;
  if (fromEnv) return fromEnv;
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    // No pg_config (libpq-dev not installed): look where Debian puts the server.
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return join(root, versions[0], 'bin');
  throw new Error(
    'test/postgres: no PostgreSQL server binaries (initdb, pg_ctl) found: install Debian\'s "postgresql" package or set KG_TEST_PG_BINDIR.',
  );
}

/** @returns {Promise<number>} */
function freePort() {
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

/** Starts a new cluster; call `destroy()` when done. */
/** @returns {Promise<import('./cluster.d.mts').Cluster>} */
export async function startCluster() {
  const bin = findBinDir();
  const asRoot = userInfo().uid === 0;
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-pg-'));
  const run = (tool, args) => {
    const command = join(bin, tool);
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
      : [command, args];
    execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
  };
  if (asRoot) chownSync(dataDir, postgresUid(), postgresGid());
  const pgdata = join(dataDir, 'data');
  try {
    run('initdb', [
      '-D',
      pgdata,
      '-U',
      'kg',
      '--auth=trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`test/postgres: initdb failed: ${stderrOf(err)}`, { cause: err });
  }
  let port = await freePort();
  const options = () =>
    [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      "-c unix_socket_directories=''",
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
  const start = () => {
    run('pg_ctl', [
      '-D',
      pgdata,
      '-l',
      join(dataDir, 'server.log'),
      '-o',
      options(),
      '-w',
      'start',
    ]);
  };
  try {
    start();
  } catch {
    // The port was taken between probing and binding: once more on another.
    port = await freePort();
    try {
      start();
    } catch (err) {
      const log = existsSync(join(dataDir, 'server.log'))
        ? readFileSync(join(dataDir, 'server.log'), 'utf8')
        : '';
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`test/postgres: pg_ctl start failed: ${stderrOf(err)}\n${log}`, {
        cause: err,
      });
    }
  }
  // Should this process die without its teardown (SIGKILL, a timeout), a watchdog stops the
  // cluster and removes its directory once the process is gone.
  const pgCtl = asRoot
    ? `runuser -u postgres -- '${join(bin, 'pg_ctl')}'`
    : `'${join(bin, 'pg_ctl')}'`;
  spawn(
    'sh',
    [
      '-c',
      `while kill -0 ${process.pid} 2>/dev/null; do sleep 2; done; ` +
        `${pgCtl} -D '${pgdata}' -m immediate stop >/dev/null 2>&1; rm -rf '${dataDir}'`,
    ],
    { detached: true, stdio: 'ignore', cwd: tmpdir() },
  ).unref();
  const urlFor = (database) => `postgres://kg@127.0.0.1:${port}/${database}`;
  let running = true;
  const stop = () => {
    if (!running) return;
    run('pg_ctl', ['-D', pgdata, '-m', 'fast', '-w', 'stop']);
    running = false;
  };
  return {
    url: urlFor('postgres'),
    port,
    dataDir,
    urlFor,
    stop,
    start() {
      if (running) return;
      start();
      running = true;
    },
    destroy() {
      try {
        stop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

function stderrOf(err) {
  const stderr = err?.stderr;
  return stderr ? stderr.toString().trim() : String(err);
}

function postgresUid() {
  return Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
}

function postgresGid() {
  return Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
}
