// A state's flag as an SVG image of the flag-icons package (MIT), bundled into the extension's own
// pages (flags/xx.svg; not into the content script). Drawn as a CSS background of an empty,
// aria-hidden span, so it shows on systems without flag emoji (Chrome on Windows) and adds no image
// element or text: the name and code beside it say the same for screen readers.
import { h } from './dom';

/** The flag of an ISO 3166-1 alpha-2 code, or null when there is none to show. */
export function flagIcon(code: string | null): HTMLElement | null {
  if (!code || !/^[A-Z]{2}$/.test(code)) return null;
  const el = h('span', { class: 'flag-icon', attrs: { 'aria-hidden': 'true', 'data-code': code } });
  el.style.backgroundImage = `url("flags/${code.toLowerCase()}.svg")`;
  return el;
}
