// A state's flag from its ISO 3166-1 alpha-2 code, as the pair of regional-indicator symbols that
// systems draw as the flag (and screen readers skip when marked aria-hidden).
export function flagOf(code: string | null): string {
  if (!code || !/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
