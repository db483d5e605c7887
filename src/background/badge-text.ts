// The badge shows how many facts a tab holds; four characters is all a badge fits.
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}
