// Saves text as a file from the popup, without the downloads permission: an object URL and a
// temporary link the user's click already authorised.
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the article title: lower-case words joined by hyphens, at most 60 characters. */
export function fileStem(title: string | null): string {
  const stem = (title ?? 'accord-lens')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return stem || 'accord-lens';
}
