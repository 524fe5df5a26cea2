import { api } from '../core/api.js';
import { add, h } from '../core/dom.js';
import { field, liveStatus, setStatus, showProblem, clearProblem, whileBusy } from '../core/forms.js';
import { t } from '../core/i18n.js';
import { heading, navigate } from '../core/router.js';
import { currentUser, homeOf, signIn } from '../core/session.js';

const DEMO_ACCOUNTS = ['staff', 'jury', 'mentor', 'founder', 'banque'].map((name) => `${name}@pepiniere.demo`);

/** Only a path of the portal itself: a crafted ?next= must not send the user elsewhere. */
function safeNext(next) {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export async function logIn(email, password) {
  const { data } = await api('/api/auth/login', { method: 'POST', body: { email, password } });
  signIn(data.accessToken);
  window.dispatchEvent(new CustomEvent('pepiniere:signed-in'));
  return currentUser();
}

export function render(main, { query, state }) {
  const notice = { 'logged-out': 'login.logged-out', expired: 'login.expired', 'login-needed': 'login.needed',
    registered: 'login.registered' }[state.reason];
  const status = liveStatus();
  const submit = h('button', { class: 'button', type: 'submit', text: t('login.submit') });
  const form = h('form', { class: 'panel form', novalidate: true },
    field({ name: 'email', label: t('login.email'), type: 'email', autocomplete: 'username', required: true, maxlength: 254 }),
    field({ name: 'password', label: t('login.password'), type: 'password', autocomplete: 'current-password', required: true,
      maxlength: 128 }),
    submit,
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    setStatus(status, t('login.busy'));
    try {
      const user = await whileBusy(submit, t('login.busy'), () => logIn(form.email.value.trim(), form.password.value));
      setStatus(status, '');
      navigate(safeNext(query.get('next')) || homeOf(user), { replace: true });
    } catch (problem) {
      setStatus(status, '');
      showProblem(form, problem);
    }
  });
  add(main, 
    heading(t('login.title')),
    notice ? h('p', { class: 'notice', role: 'status', text: t(notice) }) : null,
    h('div', { class: 'two-columns' },
      h('div', {}, form,
        h('p', {}, t('login.no-account'), ' ', h('a', { href: '/register', text: t('login.create-account') }))),
      h('aside', { class: 'panel hint', 'aria-labelledby': 'demo-title' },
        h('h2', { id: 'demo-title', text: t('login.demo.title') }),
        h('p', {}, t('login.demo.text'), ' ', h('code', { text: 'demo-pepiniere' })),
        h('ul', { class: 'demo-accounts' }, DEMO_ACCOUNTS.map((email) => h('li', {}, h('code', { text: email })))))));
}
