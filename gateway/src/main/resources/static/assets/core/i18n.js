// Texts live in /assets/i18n/{fr,en}.json. French is the default; the choice is remembered in localStorage
// (a preference, not a secret) and sent with every API call as Accept-Language.
const LANGUAGE_KEY = 'pepiniere.language';
export const LANGUAGES = ['fr', 'en'];
const LOCALES = { fr: 'fr-FR', en: 'en-GB' };
const TIME_ZONE = 'Europe/Paris';

const loaded = {};
let language = 'fr';

export function currentLanguage() {
  return language;
}

export function storedLanguage() {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : 'fr';
  } catch (e) {
    return 'fr';
  }
}

async function load(code) {
  if (!loaded[code]) {
    const response = await fetch(`/assets/i18n/${code}.json`, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(`messages ${code}: ${response.status}`);
    }
    loaded[code] = await response.json();
  }
  return loaded[code];
}

export async function useLanguage(code, remember) {
  const chosen = LANGUAGES.includes(code) ? code : 'fr';
  if (remember) {
    // remembered at once, so that a reload during the load of the messages keeps the choice
    try {
      window.localStorage.setItem(LANGUAGE_KEY, chosen);
    } catch (e) {
      // private browsing may refuse storage: the choice then lasts as long as the page
    }
  }
  await load(chosen);
  language = chosen;
  document.documentElement.lang = chosen;
  translateStatic(document);
}

/** The text of a key in the current language, with {name} replaced by params.name. */
export function t(key, params = {}) {
  const text = (loaded[language] && loaded[language][key]) || (loaded.fr && loaded.fr[key]) || key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Elements of the shell carry data-i18n (their text) or data-i18n-label (their aria-label). */
export function translateStatic(root) {
  root.querySelectorAll('[data-i18n]').forEach((element) => { element.textContent = t(element.dataset.i18n); });
  root.querySelectorAll('[data-i18n-label]').forEach((element) => {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  });
}

export function formatDateTime(instant) {
  if (!instant) {
    return '';
  }
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE })
    .format(new Date(instant));
}

export function formatMoney(cents, currency) {
  if (cents === null || cents === undefined) {
    return '';
  }
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: currency || 'EUR' }).format(cents / 100);
}

export function formatNumber(value) {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** A text the API keeps in both languages ({ fr, en }), in the reader's. */
export function localized(text) {
  if (!text) {
    return '';
  }
  return text[language] || text.fr || '';
}

function parisParts(epochMillis) {
  const parts = {};
  new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(epochMillis))
    .forEach((part) => { parts[part.type] = part.value; });
  return parts;
}

/** An instant as the value of a datetime-local input, in Europe/Paris time whatever the browser's zone. */
export function toParisInput(instant) {
  if (!instant) {
    return '';
  }
  const p = parisParts(Date.parse(instant));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The instant (ISO, UTC) of a datetime-local value read in Europe/Paris; null when empty or not a date. */
export function fromParisInput(value) {
  const found = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value || '');
  if (!found) {
    return null;
  }
  const wall = Date.UTC(+found[1], +found[2] - 1, +found[3], +found[4], +found[5]);
  let instant = wall;
  // twice: the offset of Paris at the guess may differ from the offset at the answer around a change of time
  for (let i = 0; i < 2; i += 1) {
    const p = parisParts(instant);
    const seen = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute);
    instant += wall - seen;
  }
  return new Date(instant).toISOString();
}
