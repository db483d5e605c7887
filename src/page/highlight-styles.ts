// The highlight styles, shipped as the content script's `css` in the manifest so that the page's
// DOM gets no <style> from us. `::highlight()` accepts only color, background-color, text-decoration*
// and text-shadow, so each kind differs by tint AND by underline style (not by colour alone), and the
// tints are translucent mid-tones that read on light and dark pages alike. The fallback marks
// (browsers without the Custom Highlight API) get the same look.

/** One kind's look; `line` is a text-decoration-style. */
interface KindStyle {
  tint: string;
  line: 'solid' | 'dotted' | 'wavy' | 'double';
  ink: string;
}

type Kind = 'party' | 'official' | 'measure';

/** The highlight palettes a user can choose in the options page. */
export type Palette = 'standard' | 'colour-blind';

/**
 * The registered highlight name of a kind: `accord-lens-<kind>` in the standard palette,
 * `accord-lens-cb-<kind>` in the colour-blind-safe one (documented in the README for restyling).
 */
export function highlightName(kind: Kind, palette: Palette): string {
  return palette === 'colour-blind' ? `accord-lens-cb-${kind}` : `accord-lens-${kind}`;
}

/** Party: amber, solid line; official: blue, dotted; measure: green, wavy. */
const KINDS: Record<Kind, KindStyle> = {
  party: { tint: 'rgba(245, 158, 11, 0.32)', line: 'solid', ink: 'rgb(217, 119, 6)' },
  official: { tint: 'rgba(59, 130, 246, 0.28)', line: 'dotted', ink: 'rgb(37, 99, 235)' },
  measure: { tint: 'rgba(16, 185, 129, 0.28)', line: 'wavy', ink: 'rgb(5, 150, 105)' },
};

/**
 * Colour-blind safe (Okabe–Ito hues: orange, blue, reddish purple), distinct under protanopia,
 * deuteranopia and tritanopia, with the same line styles as the standard palette.
 */
const KINDS_CB: Record<Kind, KindStyle> = {
  party: { tint: 'rgba(230, 159, 0, 0.35)', line: 'solid', ink: 'rgb(230, 159, 0)' },
  official: { tint: 'rgba(0, 114, 178, 0.28)', line: 'dotted', ink: 'rgb(0, 114, 178)' },
  measure: { tint: 'rgba(204, 121, 167, 0.32)', line: 'wavy', ink: 'rgb(204, 121, 167)' },
};

/** The reveal flash: strong enough to catch the eye, brief (the highlighter removes it). */
const FLASH = 'background-color: rgba(250, 204, 21, 0.75); color: #111;';

function rule(selector: string, s: KindStyle): string {
  return `${selector} {
  background-color: ${s.tint};
  text-decoration-line: underline;
  text-decoration-style: ${s.line};
  text-decoration-color: ${s.ink};
  text-decoration-thickness: 2px;
}`;
}

const kindRules = (Object.keys(KINDS) as Kind[]).flatMap((kind) => [
  rule(`::highlight(${highlightName(kind, 'standard')})`, KINDS[kind]),
  rule(`::highlight(${highlightName(kind, 'colour-blind')})`, KINDS_CB[kind]),
  // Fallback marks: also undo page styles that target unknown elements or all inline elements.
  rule(`accord-lens-mark.accord-lens-${kind}`, KINDS[kind]).replace(
    '{',
    '{\n  all: unset;\n  display: inline;\n  color: inherit;\n  font: inherit;',
  ),
]);

export const HIGHLIGHT_CSS = `/* Accord Lens highlights */
${kindRules.join('\n')}
::highlight(accord-lens-flash) { ${FLASH} }
@media (forced-colors: active) {
  ::highlight(accord-lens-party), ::highlight(accord-lens-official), ::highlight(accord-lens-measure),
  ::highlight(accord-lens-cb-party), ::highlight(accord-lens-cb-official), ::highlight(accord-lens-cb-measure) {
    background-color: Mark; color: MarkText; text-decoration-color: MarkText;
  }
  ::highlight(accord-lens-flash) { background-color: Highlight; color: HighlightText; }
}
`;
