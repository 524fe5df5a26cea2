import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { liveStatus, setStatus, whileBusy } from '../../core/forms.js';
import { formatDateTime, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { emptyState, loadFailed } from '../shared/states.js';
import { eventKey } from './event-types.js';

export function eventNames(types) {
  return types.map((type) => (eventKey(type) ? t(eventKey(type)) : type)).join(', ');
}

export function render(main, { signal }) {
  const content = h('div', {}, loading());
  const status = liveStatus();

  function item(endpoint) {
    const actions = h('p', { class: 'actions' });
    const remove = h('button', { type: 'button', class: 'button button-secondary button-small', text: t('endpoints.remove') });
    remove.addEventListener('click', () => {
      const confirm = h('button', { type: 'button', class: 'button button-danger button-small', text: t('endpoints.confirm-remove') });
      const cancel = h('button', { type: 'button', class: 'button button-secondary button-small', text: t('common.cancel') });
      cancel.addEventListener('click', () => { fill(actions, logLink, remove); remove.focus(); });
      confirm.addEventListener('click', async () => {
        try {
          await whileBusy(confirm, t('endpoints.removing'), () => api(`/api/webhooks/endpoints/${encodeURIComponent(endpoint.id)}`,
            { method: 'DELETE', signal }));
          setStatus(status, t('endpoints.removed', { url: endpoint.url }), 'success');
          load();
        } catch (problem) {
          setStatus(status, problem.explanation ? problem.explanation() : t('error.unexpected'), 'error');
        }
      });
      fill(actions, h('span', { text: t('endpoints.remove-warning') }), confirm, cancel);
      confirm.focus();
    });
    const logLink = h('a', { class: 'button button-small', href: `/bank/endpoints/${encodeURIComponent(endpoint.id)}`,
      text: t('endpoints.deliveries') });
    add(actions, logLink, remove);
    return h('li', { class: 'panel row-item' },
      h('h2', { class: 'url', text: endpoint.url }),
      endpoint.description ? h('p', { text: endpoint.description }) : null,
      h('dl', { class: 'facts' },
        h('dt', { text: t('endpoints.events') }), h('dd', { text: eventNames(endpoint.eventTypes) }),
        h('dt', { text: t('endpoints.created-at') }), h('dd', { text: formatDateTime(endpoint.createdAt) })),
      actions);
  }

  async function load() {
    try {
      const { data } = await api('/api/webhooks/endpoints', { signal });
      fill(content, data.length ? h('ul', { class: 'plain-list' }, data.map(item))
        : emptyState(t('endpoints.empty')));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }

  add(main, heading(t('endpoints.title')), h('p', { class: 'intro', text: t('endpoints.intro') }),
    h('div', { class: 'toolbar' }, h('a', { class: 'button', href: '/bank/endpoints/new', text: t('endpoints.new') })),
    status, content);
  load();
}
