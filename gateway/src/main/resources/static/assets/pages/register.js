import { api } from '../core/api.js';
import { add, h } from '../core/dom.js';
import { field, liveStatus, setStatus, showProblem, clearProblem, whileBusy } from '../core/forms.js';
import { currentLanguage, t } from '../core/i18n.js';
import { heading, navigate } from '../core/router.js';
import { homeOf } from '../core/session.js';
import { logIn } from './login.js';

export function render(main) {
  const status = liveStatus();
  const submit = h('button', { class: 'button', type: 'submit', text: t('register.submit') });
  const form = h('form', { class: 'panel form', novalidate: true },
    field({ name: 'displayName', label: t('register.display-name'), autocomplete: 'name', required: true, maxlength: 120 }),
    field({ name: 'email', label: t('register.email'), type: 'email', autocomplete: 'email', required: true, maxlength: 254 }),
    field({ name: 'password', label: t('register.password'), type: 'password', autocomplete: 'new-password', required: true,
      maxlength: 128, hint: t('register.password-hint') }),
    field({ name: 'language', label: t('register.language'), value: currentLanguage(),
      options: [{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }] }),
    submit,
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const body = { displayName: form.displayName.value.trim(), email: form.email.value.trim(), password: form.password.value,
      language: form.language.value };
    try {
      await whileBusy(submit, t('register.busy'), async () => {
        setStatus(status, t('register.busy'));
        await api('/api/auth/register', { method: 'POST', body });
        try {
          const user = await logIn(body.email, body.password);
          navigate(homeOf(user), { replace: true });
        } catch (e) {
          // the address already had an account (registration says so to nobody): its owner logs in as usual
          navigate('/login', { state: { reason: 'registered' } });
        }
      });
    } catch (problem) {
      setStatus(status, '');
      showProblem(form, problem);
    }
  });
  add(main, 
    heading(t('register.title')),
    h('p', { class: 'intro', text: t('register.intro') }),
    form,
    h('p', {}, t('register.have-account'), ' ', h('a', { href: '/login', text: t('register.login') })));
}
