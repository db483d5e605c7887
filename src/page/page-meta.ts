// What the page says about itself besides the text: publication date and language.
// Read from markup only (meta tags, <time>, JSON-LD, <html lang>), never from the prose.

/** Meta tags that carry the publication time, most specific first. */
const DATE_META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** A calendar date at the start of an ISO-like string: the publisher's local date, not UTC. */
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/** YYYY-MM-DD of the page's publication, or null. `root` (the article) is searched first for <time>. */
export function findPublishedDate(doc: Document, root: ParentNode | null): string | null {
  for (const sel of DATE_META_SELECTORS) {
    const d = toIsoDate(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  const fromJsonLd = findJsonLdDate(doc);
  if (fromJsonLd) return fromJsonLd;
  for (const scope of root ? [root, doc] : [doc]) {
    for (const t of Array.from(scope.querySelectorAll('time[datetime]'))) {
      const d = toIsoDate(t.getAttribute('datetime'));
      if (d) return d;
    }
  }
  return null;
}

/** Primary language subtag of <html lang> (or Content-Language meta), lower case; null when absent. */
export function findLanguage(doc: Document): string | null {
  const raw =
    doc.documentElement?.getAttribute('lang') ||
    doc.documentElement?.getAttribute('xml:lang') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    '';
  const primary =
    raw
      .trim()
      .split(/[-_,;\s]/)[0]
      ?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

function toIsoDate(value: string | null | undefined): string | null {
  const m = value ? ISO_DATE.exec(value) : null;
  if (!m) return null;
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${y}-${mo}-${d}` : null;
}

/** datePublished from any JSON-LD block, including @graph arrays; malformed JSON is ignored. */
function findJsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = searchDatePublished(data, 0);
    if (found) return found;
  }
  return null;
}

/** Depth-limited, so a hostile JSON-LD block cannot make us recurse without end. */
function searchDatePublished(value: unknown, depth: number): string | null {
  if (depth > 4 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const d = searchDatePublished(item, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const obj = value as Record<string, unknown>;
  const own = typeof obj.datePublished === 'string' ? toIsoDate(obj.datePublished) : null;
  return own ?? searchDatePublished(obj['@graph'], depth + 1);
}
