// Finds Firefox for the Firefox browser test: FIREFOX_PATH, else Debian's firefox-esr, else an
// installed Firefox; as root on Debian, installs firefox-esr with apt-get where none is found.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

const first = () => {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
};

export function findFirefox({ install = true } = {}) {
  let path = first();
  if (!path && install && process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env });
    path = first();
  }
  if (path) return path;
  throw new Error('accord-lens: no Firefox found. Install one (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH.');
}
