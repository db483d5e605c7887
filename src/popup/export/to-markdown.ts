// The facts as a Markdown note a reader can paste into their own notes.
import type { Facts } from '../../core/types';
import { formatDate } from '../format-date';

/** Escapes what Markdown would read as markup, so page text stays text. */
const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function toMarkdown(facts: Facts, pageUrl: string): string {
  const lines: string[] = [];
  lines.push(`## ${md(facts.article.title ?? 'Agreement')}`, '');
  if (facts.summary) lines.push(md(facts.summary), '');
  const list = (title: string, items: string[]) => {
    if (items.length) lines.push(`**${title}**`, '', ...items.map((i) => `- ${i}`), '');
  };
  list(
    'Parties',
    facts.parties.map((p) => md(p.name) + (p.code ? ` (${p.code})` : '')),
  );
  list(
    'Officials',
    facts.officials.map((o) => [md(o.name), ...[o.title, o.affiliation].filter((x): x is string => Boolean(x)).map(md)].join(', ')),
  );
  list(
    'Measures',
    facts.measures.map((m) => md(m.text) + (m.status ? ` _(${m.status})_` : '')),
  );
  const when = [facts.date ? `Date: ${formatDate(facts.date)}` : null, facts.location ? `Place: ${md(facts.location)}` : null].filter(
    (x): x is string => x !== null,
  );
  list('When and where', when);
  list(
    'Context',
    facts.context.map((c) => md(c.text)),
  );
  list(
    'Quotes',
    facts.quotes.map((q) => `“${md(q.text)}”${q.speaker ? ` — ${md(q.speaker)}` : ''}`),
  );
  lines.push(`Source: <${pageUrl.replace(/>/g, '%3E')}>`);
  return lines.join('\n');
}
