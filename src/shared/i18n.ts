// Every UI string goes through the browser's i18n with the keys of _locales/en/messages.json,
// so a translation is a new _locales folder and nothing else. Keys are checked at compile time.
import { extensionApi } from './extension-api';
import type messages from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    return extensionApi().i18n.getMessage(key, substitutions.map(String)) || key;
  } catch {
    return key;
  }
}
