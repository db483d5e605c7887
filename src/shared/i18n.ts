// Every UI string goes through the browser's i18n with the keys of _locales/en/messages.json,
// so a translation is a new _locales folder and nothing else. Keys are checked at compile time.
import { extensionApi } from './extension-api';
import type messages from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** Messages without substitutions, read once: the content script labels every highlight with them. */
const plain = new Map<MessageKey, string>();

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  if (substitutions.length === 0) {
    const known = plain.get(key);
    if (known !== undefined) return known;
  }
  try {
    if (substitutions.length === 0) {
      const message = extensionApi().i18n.getMessage(key) || key;
      plain.set(key, message);
      return message;
    }
    return extensionApi().i18n.getMessage(key, substitutions.map(String)) || key;
  } catch {
    return key;
  }
}
