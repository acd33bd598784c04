/**
 * Each measured side runs in its own child process so its peak memory is its own and one side's
 * garbage or JIT state never slows the other. A child prints one `@@bench {json}` line with its
 * result; anything else it prints is kept and shown only if it fails.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MARK = '@@bench ';

/** Called by a child script: hands its result to the parent. */
export function emitResult(result) {
  process.stdout.write(`${MARK}${JSON.stringify(result)}\n`);
}

/** Called by a child script: its arguments as `{ key: value }` from `--key=value`. */
export function childArgs() {
  const args = {};
  for (const arg of process.argv.slice(2)) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (match?.[1]) args[match[1]] = match[2] ?? 'true';
  }
  return args;
}

/** Peak resident set size of this process so far, in bytes. */
export function peakRss() {
  return process.resourceUsage().maxRSS * 1024;
}

/** CPU milliseconds a process (all its threads) has used, from /proc; undefined elsewhere. */
function processCpuMs(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

const shared = new Map();

/**
 * `runChild` for a side more than one part runs with the same arguments (the extract and parse
 * parts' interleaved pipeline and wink-nlp runs): the first part to ask runs it, a later one in
 * the same `pnpm bench` reuses its result (`reused: true`) instead of a second pass over the
 * corpus.
 */
export async function runSharedChild(script, args = {}, options = {}) {
  const key = JSON.stringify([script, args, options.nodeArgs ?? [], options.extraArgs ?? []]);
  const known = shared.get(key);
  if (known) return { ...(await known), reused: true };
  const running = runChild(script, args, options);
  shared.set(key, running);
  return running;
}

/**
 * Runs `node [nodeArgs] script --k=v… [extraArgs…]` and resolves with the last object it
 * emitted, or `{ error }` when it exits without one (the error names the script, why it ended
 * and its last stderr lines). A child is killed past `timeoutMs` of wall time, or past
 * `cpuTimeoutMs` of CPU time when given (read from /proc): on a machine shared with other work a
 * long child's wall time measures its neighbours, so long sides bound their CPU time and get a
 * generous wall time. A child that emits as it goes keeps what it emitted when it is killed
 * (`interrupted` then says why).
 */
export function runChild(
  script,
  args = {},
  { nodeArgs = [], extraArgs = [], timeoutMs = 30 * 60_000, cpuTimeoutMs } = {},
) {
  const argv = [
    ...nodeArgs,
    script,
    ...Object.entries(args).map(([key, value]) => `--${key}=${value}`),
    ...extraArgs,
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let killedFor;
    const kill = (why) => {
      killedFor = why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(
      () => kill(`killed after ${Math.round(timeoutMs / 60_000)} min of wall time`),
      timeoutMs,
    );
    const cpuWatch =
      cpuTimeoutMs === undefined
        ? undefined
        : setInterval(() => {
            const used = processCpuMs(child.pid);
            if (used !== undefined && used > cpuTimeoutMs) {
              kill(`killed after ${Math.round(cpuTimeoutMs / 60_000)} min of CPU time`);
            }
          }, 5000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(cpuWatch);
      const line = stdout
        .split('\n')
        .reverse()
        .find((l) => l.startsWith(MARK));
      if (line) {
        const result = JSON.parse(line.slice(MARK.length));
        resolve(killedFor ? { ...result, interrupted: killedFor } : result);
        return;
      }
      const tail = stderr.trim().split('\n').slice(-6).join('\n');
      const how = killedFor ?? `exited ${signal ?? code}`;
      resolve({
        error: `${script.split('/').slice(-2).join('/')} ${how}${tail ? `: ${tail}` : ''}`,
      });
    });
  });
}

const READY_MARK = '@@ready';

/** Called by a child started with `startChild` once it is under way. */
export function emitReady() {
  process.stdout.write(`${READY_MARK}\n`);
}

/**
 * Starts `node script --k=v…` that works until its stdin closes (a prober beside a measured
 * run), and resolves once it printed `emitReady()` with `{ pid, stop }`: `stop()` closes its
 * stdin and resolves with the last object it emitted, or `{ error }`, as `runChild` does.
 */
export function startChild(script, args = {}, { timeoutMs = 60 * 60_000 } = {}) {
  const argv = [script, ...Object.entries(args).map(([key, value]) => `--${key}=${value}`)];
  const name = script.split('/').slice(-2).join('/');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let ready = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const closed = new Promise((done) =>
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        done({ code, signal });
      }),
    );
    const outcome = async () => {
      const { code, signal } = await closed;
      const line = stdout
        .split('\n')
        .reverse()
        .find((l) => l.startsWith(MARK));
      if (line) return JSON.parse(line.slice(MARK.length));
      const tail = stderr.trim().split('\n').slice(-6).join('\n');
      return { error: `${name} exited ${signal ?? code}${tail ? `: ${tail}` : ''}` };
    };
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (!ready && stdout.split('\n').includes(READY_MARK)) {
        ready = true;
        resolve({ pid: child.pid, stop: () => (child.stdin.end(), outcome()) });
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    void closed.then(async () => {
      if (!ready) resolve(await outcome());
    });
  });
}

const PORT_MARK = '@@port ';

/** Called by a server child once it listens: hands its port to the parent. */
export function emitPort(port) {
  process.stdout.write(`${PORT_MARK}${port}\n`);
}

/**
 * Starts a server child (`node [nodeArgs] script --k=v…`) and resolves with `{ port, stop }`
 * once it printed its port, or `{ error }` if it exited first.
 */
export function startServer(script, args = {}, { nodeArgs = [], timeoutMs = 60 * 60_000 } = {}) {
  const argv = [
    ...nodeArgs,
    script,
    ...Object.entries(args).map(([key, value]) => `--${key}=${value}`),
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let settled = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const stop = () =>
      new Promise((done) => {
        clearTimeout(timer);
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('close', () => done());
        child.kill('SIGTERM');
      });
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const line = stdout.split('\n').find((l) => l.startsWith(PORT_MARK));
      if (line && !settled) {
        settled = true;
        resolve({ port: Number(line.slice(PORT_MARK.length)), pid: child.pid, stop });
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      const tail = stderr.trim().split('\n').slice(-6).join('\n');
      const name = script.split('/').slice(-2).join('/');
      resolve({ error: `${name} exited ${signal ?? code}${tail ? `: ${tail}` : ''}` });
    });
  });
}
