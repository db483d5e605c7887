// The one boundary the jsdom tests mock: the browser's i18n API, answering from the real
// _locales/en/messages.json with the same placeholder rules as the browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const messages = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../_locales/en/messages.json'), 'utf8'),
) as Record<string, Entry>;

export function getMessage(key: string, substitutions: string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  return entry.message.replace(/\$([A-Z_]+)\$/gi, (_m, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_d, i: string) => substitutions[Number(i) - 1] ?? '');
  });
}

export const fakeBrowser = { i18n: { getMessage } };
