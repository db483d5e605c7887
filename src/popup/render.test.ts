// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../test/unit/fake-i18n';

vi.stubGlobal('chrome', fakeBrowser);
import type { Facts } from '../core/types';
import { renderState } from './render';

const text = 'Pakistan and Iran agreed. <img src=x onerror=alert(1)> General Munir said so.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const facts: Facts = {
  version: 1,
  source: 'http://example.test/',
  article: { title: null, text, language: 'en' },
  isAgreement: true,
  confidence: 0.9,
  knownEvent: null,
  date: '2024-01-29',
  location: 'Rawalpindi',
  parties: [
    { name: 'Pakistan', kind: 'state', code: 'PK', mentions: [at('Pakistan')] },
    { name: 'Iran', kind: 'state', code: 'IR', mentions: [at('Iran')] },
  ],
  officials: [{ name: '<b>Munir</b>', title: 'Chief of Army Staff', affiliation: 'Pakistan', mentions: [at('General Munir')] }],
  measures: [{ text: '<img src=x onerror=alert(1)>', mentions: [at('<img src=x onerror=alert(1)>')] }],
  context: [],
  quotes: [{ text: 'so', speaker: 'Munir', mentions: [] }],
  summary: 'Pakistan and Iran agreed.',
};

function render(f: Facts = facts, reveal = vi.fn()) {
  document.body.replaceChildren(...renderState({ status: 'ready', facts: f, highlightsVisible: true }, { reveal }));
  return reveal;
}

describe('the popup rendering', () => {
  it('shows the summary first, then each section with its count', () => {
    render();
    expect(document.body.firstElementChild?.textContent).toBe('Pakistan and Iran agreed.');
    const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Parties (2)', 'Officials (1)', 'Measures (1)', 'When and where', 'Quotes (1)']);
    expect(document.body.textContent).toContain('29 January 2024');
    expect(document.body.textContent).toContain('Chief of Army Staff, Pakistan');
  });

  it('shows what the curated record adds, marked as curated and not clickable', () => {
    render({
      ...facts,
      date: null,
      knownEvent: {
        id: 'e',
        title: 'Pakistan and Iran agree',
        record: {
          date: '2024-01-29',
          place: 'Rawalpindi',
          parties: ['Pakistan', 'Iran'],
          officials: [{ name: 'Hossein Amir Abdollahian', title: 'Foreign Minister', affiliation: 'Iran' }],
          measures: ['intelligence sharing'],
          context: [],
        },
      },
    });
    const curatedItems = [...document.querySelectorAll('.curated-item')].map((el) => el.textContent);
    expect(curatedItems).toEqual(['Hossein Amir Abdollahian — Foreign Minister, Iran curated', 'intelligence sharing curated']);
    expect(document.querySelector('[data-field="date"]')?.textContent).toBe('29 January 2024 curated');
    expect(document.querySelectorAll('button.curated-item')).toHaveLength(0);
  });

  it('shows each state party with its flag and code', () => {
    render();
    const first = document.querySelector('button[data-kind="party"]')!;
    // An SVG flag from the bundled flag-icons (Chrome on Windows draws no flag emoji), hidden from screen readers.
    const flag = first.querySelector<HTMLElement>('.flag-icon')!;
    expect(flag.style.backgroundImage).toContain('flags/pk.svg');
    expect(flag.getAttribute('aria-hidden')).toBe('true');
    expect(first.textContent).not.toContain('🇵🇰');
    expect(first.textContent).toContain('Pakistan · PK');
  });

  it('shows page-derived markup as text, never as HTML', () => {
    render();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.body.textContent).toContain('<b>Munir</b>');
  });

  it('an item asks to reveal its mentions in turn', () => {
    const two = { ...facts, parties: [{ ...facts.parties[0]!, mentions: [at('Pakistan'), at('Pakistan')] }] };
    const reveal = render(two);
    const button = document.querySelector<HTMLButtonElement>('button[data-kind="party"]')!;
    button.click();
    button.click();
    button.click();
    expect(reveal.mock.calls.map(([ref]) => ref.mention)).toEqual([0, 1, 0]);
    expect(reveal.mock.calls[0]![0]).toEqual({ kind: 'party', item: 0, mention: 0 });
  });

  it('without host access (Firefox), explains and offers to ask for it', () => {
    const grantAccess = vi.fn();
    document.body.replaceChildren(...renderState({ status: 'needs-permission' }, { reveal: vi.fn(), grantAccess }));
    expect(document.body.textContent).toMatch(/needs your permission/);
    document.querySelector<HTMLButtonElement>('#grant')!.click();
    expect(grantAccess).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['not-article', /No news article/],
    ['no-agreement', /No agreement reported/],
    ['unreachable', /cannot read this page/],
    ['working', /Reading this page/],
  ] as const)('%s has a clear message', (status, message) => {
    const state = status === 'no-agreement' ? { status, facts } : { status };
    document.body.replaceChildren(...renderState(state as never, { reveal: vi.fn() }));
    expect(document.body.textContent).toMatch(message);
  });
});
