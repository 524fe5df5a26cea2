import { h } from './dom.js';
import { t } from './i18n.js';
import { currentUser, hasRole } from './session.js';

/*
 * The portal's routes. Real URLs through the History API: back and forward work and a link can be shared.
 * The gateway answers each of them with the page shell (PortalPages.ROUTES lists the same paths).
 *
 *   /                              home: who Pépinière is for, log in, create an account
 *   /login                         log in (?next=/path to come back to after)
 *   /register                      a founder creates an account
 *   /notifications                 anyone logged in: their notifications, unread count in the header
 *   /calls                         anyone logged in: the open calls of their incubator
 *   /calls/{id}                    anyone logged in: one published call, its dates, grid and questions
 *   /founder/applications          founder: their applications
 *   /founder/applications/new      founder: start an application (a draft)
 *   /founder/applications/{id}     founder: one application, saved as they type while a draft; submit
 *   /staff/applications            staff: the incubator's applications
 *   /staff/applications/{id}       staff: one application
 *   /staff/calls                   staff: the incubator's calls, with their status
 *   /staff/calls/new               staff: prepare a call (a draft)
 *   /staff/calls/{id}              staff: edit a draft call, its grid and questions, open it; close an open one
 *   /staff/calls/{id}/jury         staff: the call's jury pool, jurors with their expertise and affiliation
 *   /staff/calls/{id}/assignment   staff: run the jury assignment, pin and forbid pairs, read it or why it is impossible
 *   /staff/banks                   staff: the incubator's partner banks, register one, add a user of one
 *   /staff/calls/{id}/ranking      staff: the call's ranking, raw beside calibrated, with uncertainty and disagreements; CSV and XLSX
 *   /staff/calls/{id}/decisions    staff: decide each application in calibrated order, draw the tie-break, promote from the wait list
 *   /staff/cohorts                 staff: the incubator's cohorts; plan a new one
 *   /staff/cohorts/{id}            staff: one cohort, its start-ups and its dashboard (table, totals, charts over months)
 *   /founder/startup               founder: their admitted start-up(s); report KPIs per month, read past reports
 *   /bank/endpoints                bank: its webhook endpoints
 *   /bank/endpoints/new            bank: register an endpoint, then read its secret once
 *   /bank/endpoints/{id}           bank: one endpoint's delivery log
 *   /juror                         juror: the applications assigned to them
 *   /juror/applications/{id}       juror: one assigned application; score it on the grid, or declare a conflict with it
 *   /mentor                        the mentor's area, coming with the next version
 */
const ROUTES = [
  { path: '/', load: () => import('../pages/home.js') },
  { path: '/login', load: () => import('../pages/login.js') },
  { path: '/register', load: () => import('../pages/register.js') },
  { path: '/notifications', load: () => import('../pages/shared/notifications.js'), role: 'ANY' },
  { path: '/calls', load: () => import('../pages/calls/open-calls.js'), role: 'ANY' },
  { path: '/calls/{id}', load: () => import('../pages/calls/call.js'), role: 'ANY' },
  { path: '/founder/applications', load: () => import('../pages/founder/applications.js'), role: 'FOUNDER' },
  { path: '/founder/applications/new', load: () => import('../pages/founder/new-application.js'), role: 'FOUNDER' },
  { path: '/founder/applications/{id}', load: () => import('../pages/founder/application.js'), role: 'FOUNDER' },
  { path: '/staff/applications', load: () => import('../pages/staff/applications.js'), role: 'STAFF' },
  { path: '/staff/applications/{id}', load: () => import('../pages/staff/application.js'), role: 'STAFF' },
  { path: '/staff/calls', load: () => import('../pages/staff/calls.js'), role: 'STAFF' },
  { path: '/staff/calls/new', load: () => import('../pages/staff/new-call.js'), role: 'STAFF' },
  { path: '/staff/calls/{id}', load: () => import('../pages/staff/call.js'), role: 'STAFF' },
  { path: '/staff/calls/{id}/jury', load: () => import('../pages/staff/jury.js'), role: 'STAFF' },
  { path: '/staff/calls/{id}/assignment', load: () => import('../pages/staff/assignment.js'), role: 'STAFF' },
  { path: '/staff/banks', load: () => import('../pages/staff/banks.js'), role: 'STAFF' },
  { path: '/staff/calls/{id}/ranking', load: () => import('../pages/staff/ranking.js'), role: 'STAFF' },
  { path: '/staff/calls/{id}/decisions', load: () => import('../pages/staff/decisions.js'), role: 'STAFF' },
  { path: '/staff/cohorts', load: () => import('../pages/staff/cohorts.js'), role: 'STAFF' },
  { path: '/staff/cohorts/{id}', load: () => import('../pages/staff/cohort.js'), role: 'STAFF' },
  { path: '/founder/startup', load: () => import('../pages/founder/startup.js'), role: 'FOUNDER' },
  { path: '/bank/endpoints', load: () => import('../pages/bank/endpoints.js'), role: 'BANK' },
  { path: '/bank/endpoints/new', load: () => import('../pages/bank/new-endpoint.js'), role: 'BANK' },
  { path: '/bank/endpoints/{id}', load: () => import('../pages/bank/endpoint.js'), role: 'BANK' },
  { path: '/juror', load: () => import('../pages/juror/juror.js'), role: 'JUROR' },
  { path: '/juror/applications/{id}', load: () => import('../pages/juror/application.js'), role: 'JUROR' },
  { path: '/mentor', load: () => import('../pages/mentor/mentor.js'), role: 'MENTOR' }
];

const compiled = ROUTES.map((route) => ({
  ...route,
  pattern: new RegExp(`^${route.path.replace(/\{(\w+)\}/g, '(?<$1>[A-Za-z0-9_-]{1,64})')}/?$`)
}));

function match(pathname) {
  for (const route of compiled) {
    const found = route.pattern.exec(pathname);
    if (found) {
      return { route, params: found.groups || {} };
    }
  }
  return null;
}

let main;
let onRendered = () => {};
let current = null;
let rendering = Promise.resolve();

export function isPortalPath(pathname) {
  return match(pathname) !== null;
}

/** Goes to a portal path; replace keeps the current entry out of the history (a redirect). */
export function navigate(target, { replace = false, state = {} } = {}) {
  if (replace) {
    window.history.replaceState(state, '', target);
  } else {
    window.history.pushState(state, '', target);
  }
  return render(true);
}

/** Renders the current URL again, e.g. in another language. */
export function refresh() {
  return render(false);
}

async function leaveCurrent() {
  if (current) {
    current.controller.abort();
    const cleanup = current.cleanup;
    current = null;
    if (typeof cleanup === 'function') {
      await cleanup();
    }
  }
}

function render(moveFocus) {
  rendering = rendering.then(() => renderNow(moveFocus)).catch((error) => {
    console.error(error);
  });
  return rendering;
}

async function renderNow(moveFocus) {
  await leaveCurrent();
  const url = new URL(window.location.href);
  const found = match(url.pathname);
  const user = currentUser();
  const controller = new AbortController();
  const context = { params: found ? found.params : {}, query: url.searchParams, state: window.history.state || {}, user,
    signal: controller.signal };
  let page;
  if (!found) {
    page = await import('../pages/not-found.js');
  } else if (found.route.role && !user) {
    const next = encodeURIComponent(url.pathname + url.search);
    window.history.replaceState({ reason: 'login-needed' }, '', `/login?next=${next}`);
    return renderNow(moveFocus);
  } else if (found.route.role && found.route.role !== 'ANY' && !hasRole(user, found.route.role)) {
    page = await import('../pages/forbidden.js');
    context.role = found.route.role;
  } else {
    page = await found.route.load();
  }
  main.replaceChildren();
  current = { controller, cleanup: null };
  current.cleanup = page.render(main, context);
  if (current.cleanup instanceof Promise) {
    current.cleanup = null;
  }
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} — Pépinière` : 'Pépinière';
  onRendered(url.pathname);
  if (moveFocus && heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

/** Links to portal paths change page without reloading it; others (API docs, Swagger UI) load as usual. */
function followLinks(event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const link = event.target.closest('a[href]');
  if (!link || link.target || link.hasAttribute('download')) {
    return;
  }
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin || !isPortalPath(url.pathname)) {
    return;
  }
  event.preventDefault();
  if (url.pathname + url.search !== window.location.pathname + window.location.search) {
    navigate(url.pathname + url.search);
  }
}

export function startRouter(mainElement, afterRender) {
  main = mainElement;
  onRendered = afterRender;
  document.addEventListener('click', followLinks);
  window.addEventListener('popstate', () => render(true));
  return render(false);
}

/** A page's heading, first in main: the router moves focus to it after each navigation. */
export function heading(text) {
  return h('h1', { text });
}

export function loading() {
  return h('p', { class: 'loading', role: 'status', text: t('common.loading') });
}
