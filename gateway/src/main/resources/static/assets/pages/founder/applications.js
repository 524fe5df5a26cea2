import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { formatDateTime, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { statusBadge } from '../shared/application-summary.js';
import { emptyState, loadFailed } from '../shared/states.js';

function item(application) {
  let when = t('applications.started-on', { date: formatDateTime(application.createdAt) });
  if (application.withdrawnAt) {
    when = t('applications.withdrawn-on', { date: formatDateTime(application.withdrawnAt) });
  } else if (application.submittedAt) {
    when = t('applications.submitted-on', { date: formatDateTime(application.submittedAt) });
  }
  return h('li', { class: 'panel row-item' },
    h('h2', {}, h('a', { href: `/founder/applications/${encodeURIComponent(application.id)}`, text: application.startupName })),
    h('p', { class: 'meta' }, statusBadge(application.status), ' ', when));
}

export function render(main, { signal }) {
  const content = h('div', {}, loading());
  const newLink = h('a', { class: 'button', href: '/founder/applications/new', text: t('applications.new') });
  add(main, heading(t('applications.title')), h('div', { class: 'toolbar' }, newLink), content);

  async function load() {
    try {
      const { data } = await api('/api/applications', { signal });
      fill(content, data.length
        ? h('ul', { class: 'plain-list' }, data.map(item))
        : emptyState(t('applications.empty')));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
