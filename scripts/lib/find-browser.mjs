// Finds a Chromium-family browser for `npm start` and the browser tests, once, in one place:
// CHROMIUM_PATH, else Debian's chromium, else an installed Chrome. Where none is found and we
// run as root on a Debian-like system, installs Debian's `chromium` with apt-get; otherwise
// explains how to get one.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

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

/** Returns the path of a Chromium-family executable, installing Debian's chromium if it must and can. */
export function findBrowser({ install = true, log = (m) => console.error(m) } = {}) {
  let path = firstExisting();
  if (path) return path;
  if (install && canAptInstall()) {
    log("accord-lens: no Chromium found; installing Debian's chromium with apt-get (about 30 s)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const add = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (add && add.status === 0) path = firstExisting();
  }
  if (path) return path;
  throw new Error(
    'accord-lens: no Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or point CHROMIUM_PATH at its executable.',
  );
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
