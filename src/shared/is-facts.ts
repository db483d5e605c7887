// A structural check of Facts received from another context (the schema's required shape,
// plus valid offsets), so that the popup never renders something it cannot trust the shape of.
import type { Facts, Mention } from '../core/types';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown): boolean => v === null || isString(v);

function isMention(v: unknown, text: string): v is Mention {
  return (
    isRecord(v) &&
    Number.isInteger(v.start) &&
    Number.isInteger(v.end) &&
    (v.start as number) >= 0 &&
    (v.end as number) >= (v.start as number) &&
    isString(v.text) &&
    text.slice(v.start as number, v.end as number) === v.text
  );
}

function isItemList(v: unknown, text: string, check: (item: Record<string, unknown>) => boolean): boolean {
  return (
    Array.isArray(v) &&
    v.every((item) => isRecord(item) && check(item) && Array.isArray(item.mentions) && item.mentions.every((m) => isMention(m, text)))
  );
}

const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every(isString);

function isKnownEvent(v: unknown): boolean {
  if (!isRecord(v) || !isString(v.id) || !isString(v.title)) return false;
  if (v.record === undefined) return true;
  const r = v.record;
  return (
    isRecord(r) &&
    isString(r.date) &&
    isString(r.place) &&
    isStringList(r.parties) &&
    isStringList(r.measures) &&
    isStringList(r.context) &&
    Array.isArray(r.officials) &&
    r.officials.every((o) => isRecord(o) && isString(o.name) && isString(o.title) && isString(o.affiliation))
  );
}

export function isFacts(v: unknown): v is Facts {
  if (!isRecord(v) || v.version !== 1 || !isString(v.source) || !isRecord(v.article)) return false;
  const text = v.article.text;
  if (!isString(text) || !isNullableString(v.article.title)) return false;
  if (typeof v.isAgreement !== 'boolean' || typeof v.confidence !== 'number') return false;
  if (!isNullableString(v.date) || !isNullableString(v.location) || !isString(v.summary)) return false;
  if (v.knownEvent !== null && !isKnownEvent(v.knownEvent)) return false;
  return (
    isItemList(v.parties, text, (p) => isString(p.name) && ['state', 'organization', 'group'].includes(p.kind as string)) &&
    isItemList(v.officials, text, (o) => isString(o.name) && isNullableString(o.title) && isNullableString(o.affiliation)) &&
    isItemList(v.measures, text, (m) => isString(m.text)) &&
    isItemList(v.context, text, (c) => isString(c.text)) &&
    isItemList(v.quotes, text, (q) => isString(q.text) && isNullableString(q.speaker))
  );
}
