// The mentions as W3C Web Annotations (JSON-LD): one annotation per mention, each anchored by a
// TextQuoteSelector (exact + prefix/suffix) and a TextPositionSelector on the article text, with
// the page URL as source, so annotation tools (e.g. Hypothesis) can import and re-anchor them.
import type { Facts, HighlightKind, Mention } from '../../core/types';

const CONTEXT = 50;

interface Annotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  created: string;
  body: { type: 'TextualBody'; purpose: 'tagging'; value: string }[];
  target: {
    source: string;
    selector: (
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    )[];
  };
}

function annotation(facts: Facts, pageUrl: string, kind: HighlightKind, label: string, m: Mention, n: number, created: string): Annotation {
  const text = facts.article.text;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:accord-lens:${n}`,
    type: 'Annotation',
    motivation: 'tagging',
    created,
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: `accord-lens:${kind}` },
      { type: 'TextualBody', purpose: 'tagging', value: label },
    ],
    target: {
      source: pageUrl,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: m.text,
          prefix: text.slice(Math.max(0, m.start - CONTEXT), m.start),
          suffix: text.slice(m.end, m.end + CONTEXT),
        },
        { type: 'TextPositionSelector', start: m.start, end: m.end },
      ],
    },
  };
}

export function toWebAnnotations(facts: Facts, pageUrl: string, created = new Date().toISOString()): Annotation[] {
  const out: Annotation[] = [];
  const add = (kind: HighlightKind, label: string, mentions: Mention[]) => {
    for (const m of mentions) out.push(annotation(facts, pageUrl, kind, label, m, out.length + 1, created));
  };
  for (const p of facts.parties) add('party', p.name, p.mentions);
  for (const o of facts.officials) add('official', [o.name, o.title, o.affiliation].filter(Boolean).join(', '), o.mentions);
  for (const m of facts.measures) add('measure', m.text, m.mentions);
  return out;
}
