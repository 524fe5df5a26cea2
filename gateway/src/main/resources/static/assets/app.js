import { translateStatic, storedLanguage, useLanguage } from './core/i18n.js';
import { forgetUnread, refreshUnread, renderHeader } from './core/layout.js';
import { navigate, refresh, startRouter } from './core/router.js';
import { signOut } from './core/session.js';

function header() {
  renderHeader({ pathname: window.location.pathname, onLanguage: switchLanguage, onLogout: logOut });
}

async function switchLanguage(language) {
  await useLanguage(language, true);
  header();
  await refresh();
  document.querySelector('.language-switch').focus();
}

function logOut() {
  signOut();
  forgetUnread();
  navigate('/login', { state: { reason: 'logged-out' } });
}

// pages call this after they change what is unread (reading a notification)
window.addEventListener('pepiniere:unread-changed', () => refreshUnread(header));
window.addEventListener('pepiniere:session-expired', () => {
  forgetUnread();
  const next = encodeURIComponent(window.location.pathname + window.location.search);
  navigate(`/login?next=${next}`, { replace: true, state: { reason: 'expired' } });
});
// after logging in, the header shows the new user's links and unread count
window.addEventListener('pepiniere:signed-in', () => refreshUnread(header));

async function start() {
  await useLanguage(storedLanguage(), false);
  translateStatic(document);
  await startRouter(document.getElementById('main'), () => header());
  refreshUnread(header);
}

start();
