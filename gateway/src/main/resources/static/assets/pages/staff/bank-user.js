import { api } from '../../core/api.js';
import { h } from '../../core/dom.js';
import { clearProblem, field, liveStatus, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { t } from '../../core/i18n.js';

/** Refusals that name no field: their type says which one is wrong. */
const FIELD_OF_SLUG = { 'email-taken': 'email' };

/**
 * Staff create a user of one registered partner bank: the bank is fixed by where the form is, so a bank user can
 * only belong to a bank of the incubator (the gateway checks it again).
 */
export function bankUserForm(bank, { signal, close }) {
  const submit = h('button', { class: 'button', type: 'submit', text: t('bank-user.create') });
  const cancel = h('button', { class: 'button button-secondary', type: 'button', text: t('common.cancel'), on: { click: close } });
  const status = liveStatus();
  const form = h('form', { class: 'form bank-user', novalidate: true, 'aria-label': t('bank-user.title', { bank: bank.name }) },
    h('h3', { text: t('bank-user.title', { bank: bank.name }) }),
    field({ name: 'displayName', label: t('bank-user.name'), required: true, maxlength: 120, autocomplete: 'off' }),
    field({ name: 'email', label: t('bank-user.email'), type: 'email', required: true, maxlength: 254, autocomplete: 'off' }),
    field({ name: 'password', label: t('bank-user.password'), type: 'password', required: true, maxlength: 128,
      hint: t('bank-user.password-hint'), autocomplete: 'new-password' }),
    field({ name: 'language', label: t('bank-user.language'), value: 'fr',
      options: [{ value: 'fr', label: t('bank-user.french') }, { value: 'en', label: t('bank-user.english') }] }),
    h('p', { class: 'toolbar' }, submit, cancel), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    setStatus(status, '');
    try {
      const { data } = await whileBusy(submit, t('common.saving'), () => api('/api/auth/users', {
        method: 'POST', signal,
        body: { email: form.elements.email.value.trim(), password: form.elements.password.value,
          displayName: form.elements.displayName.value.trim(), language: form.elements.language.value,
          roles: ['BANK'], organisationId: bank.id } }));
      form.reset();
      setStatus(status, t('bank-user.created', { email: data.email, bank: bank.name }), 'success');
    } catch (problem) {
      showProblem(form, problem, { fieldOf: (refusal) => FIELD_OF_SLUG[refusal.slug] });
    }
  });
  return form;
}
