// The event store, its search and the SVG flags belong to the extension's own pages and background:
// the content script, which runs on every page, carries none of them. Reads the build.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  const read = (f: string) => readFileSync(join(DIST, target, f), 'utf8');

  it('ships the flags as SVG files and the Events page', () => {
    expect(existsSync(join(DIST, target, 'events.html')), 'run `npm run build` first').toBe(true);
    const flags = readdirSync(join(DIST, target, 'flags'));
    expect(flags).toEqual(expect.arrayContaining(['pk.svg', 'ir.svg', 'us.svg']));
  });

  it('keeps the store, the search and the flags out of the content script', () => {
    const content = read('content.js');
    expect(content).not.toContain('accord-lens-events'); // the database's name
    expect(content).not.toContain('flags/');
    expect(content).not.toMatch(/indexedDB/);
    expect(read('background.js')).toContain('accord-lens-events');
    expect(read('events.js')).toContain('flags/');
  });

  it('asks for no new permission: IndexedDB needs none', () => {
    const manifest = JSON.parse(read('manifest.json')) as { permissions: string[] };
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'storage']);
  });
});
