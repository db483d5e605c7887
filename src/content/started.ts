// When the content script started running (imported first, so it is read before any other module's
// top-level code runs): its start-up on every page, up to its first read, is recorded from here as
// `accord-lens:startup`.
export const STARTED = performance.now();
