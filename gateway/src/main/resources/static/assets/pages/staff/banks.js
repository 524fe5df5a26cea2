import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { clearProblem, field, liveStatus, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { formatDateTime, localized, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { emptyState, loadFailed } from '../shared/states.js';
import { bankUserForm } from './bank-user.js';

/** Refusals that name no field: their type says which one is wrong. */
const FIELD_OF_SLUG = { 'partner-bank-taken': 'id' };

function registerForm(signal, registered) {
  const submit = h('button', { class: 'button', type: 'submit', text: t('banks.register') });
  const status = liveStatus();
  const form = h('form', { class: 'panel form', novalidate: true, 'aria-labelledby': 'register-bank-title' },
    h('h2', { id: 'register-bank-title', text: t('banks.new-title') }),
    field({ name: 'id', label: t('banks.id'), required: true, maxlength: 64, hint: t('banks.id-hint'), autocomplete: 'off' }),
    field({ name: 'name', label: t('banks.name'), required: true, maxlength: 120, autocomplete: 'organization' }),
    field({ name: 'description.fr', label: t('banks.description-fr'), rows: 2, maxlength: 280 }),
    field({ name: 'description.en', label: t('banks.description-en'), rows: 2, maxlength: 280 }),
    submit, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    setStatus(status, '');
    const text = (name) => form.elements[name].value.trim() || null;
    try {
      const { data } = await whileBusy(submit, t('common.saving'), () => api('/api/partner-banks', {
        method: 'POST', signal,
        body: { id: form.elements.id.value.trim(), name: form.elements.name.value.trim(),
          description: { fr: text('description.fr'), en: text('description.en') } } }));
      form.reset();
      setStatus(status, t('banks.registered', { name: data.name }), 'success');
      registered();
    } catch (problem) {
      showProblem(form, problem, { fieldOf: (refusal) => FIELD_OF_SLUG[refusal.slug] });
    }
  });
  return form;
}

export function render(main, { signal }) {
  const content = h('div', {}, loading());

  function item(bank) {
    const area = h('div', {});
    const addUser = h('button', { type: 'button', class: 'button button-secondary button-small', text: t('banks.add-user') });
    addUser.addEventListener('click', () => {
      const form = bankUserForm(bank, { signal, close: () => { fill(area, addUser); addUser.focus(); } });
      fill(area, form);
      form.querySelector('input').focus();
    });
    fill(area, addUser);
    const description = localized(bank.description);
    return h('li', { class: 'panel row-item', 'data-bank': bank.id },
      h('h2', { text: bank.name }),
      description ? h('p', { text: description }) : null,
      h('dl', { class: 'facts' },
        h('dt', { text: t('banks.id') }), h('dd', {}, h('code', { text: bank.id })),
        h('dt', { text: t('banks.registered-at') }), h('dd', { text: formatDateTime(bank.registeredAt) })),
      area);
  }

  async function load() {
    try {
      const { data } = await api('/api/partner-banks', { signal });
      fill(content, data.length ? h('ul', { class: 'plain-list', 'aria-label': t('banks.list') }, data.map(item))
        : emptyState(t('banks.empty')));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }

  add(main, heading(t('banks.title')), h('p', { class: 'intro', text: t('banks.intro') }), content,
    registerForm(signal, load));
  load();
}
