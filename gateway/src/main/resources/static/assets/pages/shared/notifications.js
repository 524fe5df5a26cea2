import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { liveStatus, setStatus, whileBusy } from '../../core/forms.js';
import { formatDateTime, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { emptyState, loadFailed } from './states.js';

function unreadChanged() {
  window.dispatchEvent(new CustomEvent('pepiniere:unread-changed'));
}

export function render(main, { signal }) {
  const status = liveStatus();
  const content = h('div', {}, loading());
  const markAll = h('button', { type: 'button', class: 'button button-secondary', hidden: true, text: t('notifications.mark-all') });

  function item(entry) {
    const article = h('article', { class: `panel notification${entry.read ? '' : ' unread'}`, 'aria-labelledby': `n-${entry.id}` });
    const markOne = h('button', { type: 'button', class: 'button button-secondary button-small', text: t('notifications.mark-read') });
    markOne.addEventListener('click', async () => {
      try {
        await whileBusy(markOne, t('common.saving'), () => api(`/api/notifications/${encodeURIComponent(entry.id)}/read`,
          { method: 'POST', signal }));
        setStatus(status, t('notifications.marked-one'), 'success');
        unreadChanged();
        load();
      } catch (problem) {
        setStatus(status, problem.explanation ? problem.explanation() : t('error.unexpected'), 'error');
      }
    });
    add(article, 
      h('h2', { id: `n-${entry.id}`, text: entry.title }),
      h('p', { class: 'meta' },
        h('time', { datetime: entry.createdAt, text: formatDateTime(entry.createdAt) }),
        ' ', entry.read ? null : h('span', { class: 'badge badge-unread', text: t('notifications.unread') })),
      h('p', { class: 'long-text', text: entry.body }),
      entry.read ? null : markOne);
    return h('li', {}, article);
  }

  async function load() {
    try {
      const { data } = await api('/api/notifications', { signal });
      const entries = data || [];
      markAll.hidden = !entries.some((entry) => !entry.read);
      fill(content, entries.length
        ? h('ul', { class: 'plain-list' }, entries.map(item))
        : emptyState(t('notifications.empty')));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }

  markAll.addEventListener('click', async () => {
    try {
      await whileBusy(markAll, t('common.saving'), () => api('/api/notifications/read', { method: 'POST', signal }));
      setStatus(status, t('notifications.marked-all'), 'success');
      unreadChanged();
      load();
    } catch (problem) {
      setStatus(status, problem.explanation ? problem.explanation() : t('error.unexpected'), 'error');
    }
  });

  add(main, heading(t('notifications.title')), h('div', { class: 'toolbar' }, markAll), status, content);
  load();
}
