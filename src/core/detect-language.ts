// A tiny language guess from the share of each language's commonest function words. Enough to keep
// English patterns off Spanish, French, German, Portuguese, Italian or Dutch pages; no dependency.

const STOPWORDS: Record<string, string> = {
  en: 'the of and to in a is that for on with as was by at from it are be this which has have said were an its their not but',
  es: 'el la de que y en los las del se por un una con para es al su lo como más pero sus le ha este entre cuando',
  fr: 'le la les de des et en du un une est que qui dans pour pas sur au avec par ce il sont ont aux été cette',
  de: 'der die das und in den von zu mit ist des sich dem nicht ein eine auf für im als auch es an werden aus bei',
  pt: 'o a os as de do da dos das e em um uma que para com não por no na se mais ao foi pelo pela',
  it: 'il lo la i gli le di del della e che in un una per con non è sono al alla dei delle da nel nella',
  nl: 'de het een en van in is dat op te zijn voor met die niet aan er ook als bij door om naar',
};

let sets: Array<[string, Set<string>]> | null = null;

/** BCP 47 primary language code, or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  sets ??= Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v.split(' '))]);
  const counts = new Map<string, number>();
  let n = 0;
  for (const m of text
    .slice(0, 5000)
    .toLowerCase()
    .matchAll(/[\p{L}]+/gu)) {
    n++;
    for (const [lang, set] of sets) if (set.has(m[0])) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  if (n < 8) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, c] of counts)
    if (c > bestCount) {
      best = lang;
      bestCount = c;
    }
  if (bestCount / n < 0.08) return null;
  // English wins ties and near-ties: shared short words ("in", "met", "de") must not flip a short text
  const en = counts.get('en') ?? 0;
  return best !== 'en' && (bestCount < 3 || bestCount < en * 1.5) ? 'en' : best;
}
