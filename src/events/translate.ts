// Messages from a _locales messages.json object, substituted as the browser's i18n does
// ($NAME$ placeholders whose content is $1, $2…), for the command line and tests, which have no
// browser i18n. The extension itself uses src/shared/i18n.ts.
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function translateFrom(messages: Messages): (key: string, ...subs: (string | number)[]) => string {
  return (key, ...subs) => {
    const entry = messages[key];
    if (!entry) return key;
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      const index = content?.match(/^\$(\d)$/)?.[1];
      return index ? String(subs[Number(index) - 1] ?? '') : whole;
    });
  };
}
