// After the extension is updated or removed, the old content script lives on in open pages
// with its extension context invalidated: runtime.id disappears and every API call throws.
export function isExtensionAlive(): boolean {
  try {
    const runtime = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;
    return Boolean(runtime?.id);
  } catch {
    return false;
  }
}
