import { api } from './api.js';
import { fill, h } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import { currentUser, hasRole } from './session.js';

const UNREAD_EVERY_MS = 60000;

let unread = null;
let unreadTimer = null;

function linksFor(user) {
  if (!user) {
    return [['/', 'nav.home'], ['/login', 'nav.login'], ['/register', 'nav.register']];
  }
  const links = [];
  if (hasRole(user, 'FOUNDER')) {
    links.push(['/founder/applications', 'nav.founder-applications']);
    links.push(['/founder/startup', 'nav.founder-startup']);
  }
  if (hasRole(user, 'STAFF')) {
    links.push(['/staff/calls', 'nav.staff-calls']);
    links.push(['/staff/applications', 'nav.staff-applications']);
    links.push(['/staff/banks', 'nav.staff-banks']);
    links.push(['/staff/cohorts', 'nav.staff-cohorts']);
  } else {
    // staff read every call, the open ones among them, on their own page
    links.push(['/calls', 'nav.calls']);
  }
  if (hasRole(user, 'BANK')) {
    links.push(['/bank/endpoints', 'nav.bank-endpoints']);
  }
  if (hasRole(user, 'JUROR')) {
    links.push(['/juror', 'nav.juror']);
  }
  if (hasRole(user, 'MENTOR')) {
    links.push(['/mentor', 'nav.mentor']);
  }
  links.push(['/notifications', 'nav.notifications']);
  return links;
}

function isCurrent(href, pathname) {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

function navLink(href, key, pathname) {
  const attributes = { href, 'aria-current': isCurrent(href, pathname) ? 'page' : null };
  if (href !== '/notifications' || !unread) {
    return h('a', { ...attributes, text: t(key) });
  }
  return h('a', { ...attributes, 'aria-label': t('nav.notifications-unread', { count: unread }) },
    t(key), ' ', h('span', { class: 'badge', 'aria-hidden': 'true', text: String(unread) }));
}

/** The header: links for the user's roles, unread count, who is logged in, language switch, log out. */
export function renderHeader({ pathname, onLanguage, onLogout }) {
  const user = currentUser();
  fill(document.getElementById('nav-list'), 
    ...linksFor(user).map(([href, key]) => h('li', {}, navLink(href, key, pathname))));
  const other = currentLanguage() === 'fr' ? 'en' : 'fr';
  fill(document.getElementById('header-tools'), 
    user ? h('span', { class: 'who', text: t('header.signed-in-as', { name: user.name }) }) : null,
    h('button', { type: 'button', class: 'language-switch', lang: other, on: { click: () => onLanguage(other) },
      text: t('header.switch-language') }),
    user ? h('button', { type: 'button', class: 'button button-secondary button-small', on: { click: onLogout },
      text: t('header.logout') }) : null);
}

/** Asks for the unread count now and then; the header shows it beside Notifications. */
export async function refreshUnread(rerender) {
  window.clearTimeout(unreadTimer);
  if (!currentUser()) {
    unread = null;
    return;
  }
  try {
    const { data } = await api('/api/notifications/unread-count');
    const count = data && Number.isInteger(data.unread) ? data.unread : null;
    if (count !== unread) {
      unread = count;
      rerender();
    }
  } catch (e) {
    // the count is a convenience: without it the header simply shows none
  }
  unreadTimer = window.setTimeout(() => refreshUnread(rerender), UNREAD_EVERY_MS);
}

export function forgetUnread() {
  window.clearTimeout(unreadTimer);
  unread = null;
}
