import { api } from '../../core/api.js';
import { add, fill, h, uniqueId } from '../../core/dom.js';
import { clearProblem, field, liveStatus, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { t } from '../../core/i18n.js';
import { heading } from '../../core/router.js';
import { EVENT_TYPES } from './event-types.js';

/** Webhook refusals name no field: their type says which one is wrong. */
const FIELD_OF_SLUG = {
  'invalid-webhook-url': 'url',
  'webhook-target-forbidden': 'url',
  'webhook-host-unresolvable': 'url',
  'invalid-event-types': 'eventTypes',
  'unknown-event-type': 'eventTypes',
  'invalid-description': 'description',
  'invalid-webhook-secret': 'secret'
};

function eventChoices() {
  return h('fieldset', { class: 'choices' },
    h('legend', { text: `${t('new-endpoint.events')} ${t('form.required-mark')}` }),
    EVENT_TYPES.map((event, index) => {
      const id = uniqueId('event');
      return h('div', { class: 'choice' },
        h('input', { type: 'checkbox', id, name: 'eventTypes', value: event.type, checked: index === 0 }),
        h('label', { for: id }, t(event.key), ' ', h('code', { text: event.type })));
    }));
}

async function copy(secret, input) {
  try {
    await navigator.clipboard.writeText(secret);
    return true;
  } catch (e) {
    // no clipboard access (an older browser, a denied permission): select it for Ctrl+C instead
    input.focus();
    input.select();
    return false;
  }
}

function secretPanel(created) {
  const id = uniqueId('secret');
  const input = h('input', { id, type: 'text', readOnly: true, value: created.secret, class: 'secret', spellcheck: 'false',
    autocomplete: 'off' });
  const status = liveStatus();
  const copyButton = h('button', { type: 'button', class: 'button', text: t('new-endpoint.copy') });
  copyButton.addEventListener('click', async () => {
    const copied = await copy(created.secret, input);
    setStatus(status, t(copied ? 'new-endpoint.copied' : 'new-endpoint.copy-failed'), copied ? 'success' : 'error');
  });
  const title = h('h2', { tabindex: '-1', text: t('new-endpoint.secret-title') });
  const panel = h('section', { class: 'panel secret-panel', 'aria-labelledby': 'secret-heading' },
    title,
    h('p', { class: 'warning', role: 'alert', text: t('new-endpoint.secret-warning') }),
    h('div', { class: 'field' }, h('label', { for: id, text: t('new-endpoint.secret-label') }), input),
    copyButton, status,
    h('p', { class: 'actions' },
      h('a', { class: 'button button-secondary', href: `/bank/endpoints/${encodeURIComponent(created.id)}`,
        text: t('new-endpoint.see-deliveries') }),
      h('a', { href: '/bank/endpoints', text: t('common.back-endpoints') })));
  title.id = 'secret-heading';
  return { panel, title };
}

export function render(main, { signal }) {
  const submit = h('button', { class: 'button', type: 'submit', text: t('new-endpoint.submit') });
  const form = h('form', { class: 'panel form', novalidate: true },
    field({ name: 'url', label: t('new-endpoint.url'), type: 'url', required: true, maxlength: 2048,
      placeholder: 'https://', hint: t('new-endpoint.url-hint'), autocomplete: 'url' }),
    eventChoices(),
    field({ name: 'description', label: t('new-endpoint.description'), rows: 3, maxlength: 500 }),
    field({ name: 'secret', label: t('new-endpoint.own-secret'), maxlength: 200, hint: t('new-endpoint.own-secret-hint'),
      autocomplete: 'off' }),
    submit);
  const area = h('div', {}, form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const eventTypes = Array.from(form.querySelectorAll('input[name="eventTypes"]:checked')).map((box) => box.value);
    const description = form.description.value.trim();
    const secret = form.secret.value.trim();
    try {
      const { data } = await whileBusy(submit, t('common.saving'), () => api('/api/webhooks/endpoints', {
        method: 'POST', signal, body: { url: form.url.value.trim(), eventTypes, description: description || null,
          secret: secret || null } }));
      const { panel, title } = secretPanel(data);
      fill(area, panel);
      title.focus();
    } catch (problem) {
      showProblem(form, problem, { fieldOf: (refusal) => FIELD_OF_SLUG[refusal.slug] });
    }
  });
  add(main, heading(t('new-endpoint.title')), h('p', { class: 'intro', text: t('new-endpoint.intro') }), area);
}
