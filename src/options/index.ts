// Options page entry: reads the settings into the form and saves each change as it is made.
import browser from 'webextension-polyfill';
import { t, type MessageKey } from '../shared/i18n';
import { loadSettings, saveSettings, readSettings, type Settings } from '../shared/settings';
import { openEventStore, type EventStore } from '../events/store';

const form = document.getElementById('form') as HTMLFormElement;
const sites = document.getElementById('sites') as HTMLUListElement;
const saved = document.getElementById('saved') as HTMLElement;

for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
document.title = t('optionsTitle');

const input = (name: string, value?: string) =>
  form.querySelector<HTMLInputElement>(value ? `input[name="${name}"][value="${value}"]` : `input[name="${name}"]`);

function fill(settings: Settings): void {
  for (const kind of ['party', 'official', 'measure'] as const) input(kind)!.checked = settings.categories[kind];
  input('palette', settings.palette)!.checked = true;
  input('mode', settings.mode)!.checked = true;
  input('memory')!.checked = settings.memory;
  renderSites(settings.disabledSites);
}

function renderSites(list: string[]): void {
  if (list.length === 0) {
    const none = document.createElement('li');
    none.textContent = t('optionsNoSites');
    sites.replaceChildren(none);
    return;
  }
  sites.replaceChildren(
    ...list.map((host) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = host;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = t('optionsRemove');
      remove.setAttribute('aria-label', `${t('optionsRemove')}: ${host}`);
      remove.addEventListener('click', () => void save({ disabledSites: list.filter((h) => h !== host) }));
      item.append(name, remove);
      return item;
    }),
  );
}

async function save(patch: Partial<Settings>): Promise<void> {
  await saveSettings(patch);
  saved.textContent = t('optionsSaved');
  fill(await loadSettings());
}

form.addEventListener('change', () => {
  const data = new FormData(form);
  void save(
    readSettings({
      categories: { party: data.has('party'), official: data.has('official'), measure: data.has('measure') },
      palette: data.get('palette'),
      mode: data.get('mode'),
      disabledSites: [...sites.querySelectorAll('li > span')].map((s) => s.textContent ?? ''),
      memory: data.has('memory'),
    }),
  );
});

// ---- the event store: how much is kept, open the Events page, forget a site or everything ----
const forgot = document.getElementById('forgot') as HTMLElement;
const kept = document.getElementById('kept') as HTMLElement;

async function withStore<T>(use: (store: EventStore) => Promise<T>): Promise<T> {
  const store = await openEventStore();
  try {
    return await use(store);
  } finally {
    store.close();
  }
}

async function showKept(): Promise<void> {
  kept.textContent = t('optionsReportsKept', await withStore((s) => s.count()));
}

/** A host name from what the reader typed: a bare host, or any address on the site. */
function hostFrom(text: string): string {
  const v = text.trim();
  try {
    return new URL(v.includes('://') ? v : `https://${v}`).hostname;
  } catch {
    return v.toLowerCase();
  }
}

document
  .getElementById('open-events')!
  .addEventListener('click', () => void browser.tabs.create({ url: browser.runtime.getURL('events.html') }));
document.getElementById('forget-site')!.addEventListener('submit', (event) => {
  event.preventDefault();
  const field = document.getElementById('forget-host') as HTMLInputElement;
  const host = hostFrom(field.value);
  if (!host) return;
  void withStore((s) => s.forgetSite(host)).then((n) => {
    forgot.textContent = t('optionsForgotten', n);
    field.value = '';
    return showKept();
  });
});
document.getElementById('forget-all')!.addEventListener('click', () => {
  void withStore((s) => s.forgetAll()).then((n) => {
    forgot.textContent = t('optionsForgotten', n);
    return showKept();
  });
});
void showKept();

browser.storage.onChanged.addListener(() => void loadSettings().then(fill));
void loadSettings().then(fill);
