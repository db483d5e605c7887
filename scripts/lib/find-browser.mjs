// Finds a Chromium-family browser for `npm start` and the browser tests, once, in one place:
// CHROMIUM_PATH, else Debian's chromium, else an installed Chrome. Where none is found and we
// run as root on a Debian-like system, installs Debian's `chromium` with apt-get, showing one
// progress line (not apt's log, which is kept and shown only if the install fails) and how long it
// took; otherwise explains how to get one.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's browser binary itself (skips the wrapper's shell warnings)
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function firstExisting() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function canAptInstall() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

const NOT_FOUND =
  'accord-lens: no Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
  'or point CHROMIUM_PATH at its executable.';
const APT_ENV = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
/** apt-get steps: refresh the package lists, then install, reporting progress on stdout (Status-Fd). */
const APT_STEPS = [
  ['update', '-qq', '-o', 'APT::Status-Fd=1'],
  ['install', '-y', '-qq', '--no-install-recommends', '-o', 'APT::Status-Fd=1', '-o', 'Dpkg::Use-Pty=0', 'chromium'],
];
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

/** The last lines of apt's log, shown only when the install failed. */
function failure(logText) {
  return `accord-lens: installing chromium with apt-get failed:\n${logText.trim().split('\n').slice(-15).join('\n')}`;
}

/**
 * Returns the path of a Chromium-family executable, installing Debian's chromium if it must and can
 * (synchronously: a line before and one after, with the time it took). `npm start` uses
 * `ensureBrowser`, which shows the install's progress on one line as it goes.
 */
export function findBrowser({ install = true, log = (m) => console.error(m) } = {}) {
  const path = firstExisting();
  if (path) return path;
  if (!install || !canAptInstall()) throw new Error(NOT_FOUND);
  const started = Date.now();
  log("accord-lens: no Chromium found; installing Debian's chromium with apt-get (about 30 s)…");
  let output = '';
  for (const args of APT_STEPS) {
    const run = spawnSync('apt-get', args, { env: APT_ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    output += `${run.stdout ?? ''}${run.stderr ?? ''}`;
    if (run.status !== 0) throw new Error(failure(output));
  }
  const found = firstExisting();
  if (!found) throw new Error(NOT_FOUND);
  log(`accord-lens: Chromium installed in ${seconds(started)} (${found})`);
  return found;
}

/** What an apt Status-Fd line says, as a short phrase and a percentage. */
function aptStatus(line) {
  // "dlstatus:1:42.5:Retrieving file 3 of 80" / "pmstatus:libfoo:55.0:Unpacking libfoo (amd64)"
  const m = /^(dlstatus|pmstatus):[^:]*:([\d.]+):(.*)$/.exec(line.trim());
  if (!m) return null;
  // the description without its package name: "Unpacking", "Setting up", "Preparing to configure"
  const phase =
    m[1] === 'dlstatus'
      ? 'downloading'
      : m[3]
          .replace(/\s+\(.*\)$/, '')
          .replace(/\s+\S+$/, '')
          .toLowerCase() || 'installing';
  return { phase, percent: Math.floor(Number(m[2])) };
}

/**
 * Like findBrowser, but while apt-get installs Chromium it shows one line that keeps up with it
 * ("installing Chromium: downloading 42% · 12 s") and ends with how long it took.
 */
export async function ensureBrowser({ log = (m) => console.log(m), stream = process.stdout } = {}) {
  const path = firstExisting();
  if (path) return path;
  if (!canAptInstall()) throw new Error(NOT_FOUND);
  const started = Date.now();
  const live = Boolean(stream.isTTY);
  let shown = '';
  const show = (text) => {
    const line = `accord-lens: installing Chromium (Debian's chromium, about 30 s): ${text} · ${seconds(started)}`;
    if (live) stream.write(`\r\x1b[2K${line}`);
    shown = line;
  };
  if (!live) log("accord-lens: no Chromium found; installing Debian's chromium with apt-get (about 30 s)…");
  show('reading package lists');
  const timer = live ? setInterval(() => show(shown.replace(/^[^:]*:[^:]*: /, '').replace(/ · \d+ s$/, '')), 1000) : null;
  let output = '';
  try {
    for (const [i, args] of APT_STEPS.entries()) {
      await new Promise((resolve, reject) => {
        const child = spawn('apt-get', args, { env: APT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
        let pending = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
          pending += chunk;
          const lines = pending.split('\n');
          pending = lines.pop() ?? '';
          for (const line of lines) {
            const status = aptStatus(line);
            if (status) show(i === 0 ? `reading package lists ${status.percent}%` : `${status.phase} ${status.percent}%`);
          }
        });
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(failure(output)))));
      });
    }
  } finally {
    if (timer) clearInterval(timer);
    if (live) stream.write('\r\x1b[2K');
  }
  const found = firstExisting();
  if (!found) throw new Error(NOT_FOUND);
  log(`accord-lens: Chromium installed in ${seconds(started)} (${found})`);
  return found;
}

/** Flags that keep Chromium quiet on a machine with no network and no display. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options that load an unpacked extension into a persistent Playwright context. */
export function extensionLaunchOptions(executablePath, extensionDir, { headless = true } = {}) {
  return {
    executablePath,
    headless,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS],
  };
}
