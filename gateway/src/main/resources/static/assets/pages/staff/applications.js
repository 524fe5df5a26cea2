import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { formatDateTime, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { statusBadge } from '../shared/application-summary.js';
import { emptyState, loadFailed } from '../shared/states.js';

function item(application) {
  return h('li', { class: 'panel row-item' },
    h('h2', {}, h('a', { href: `/staff/applications/${encodeURIComponent(application.id)}`, text: application.startupName })),
    h('p', { class: 'meta' }, statusBadge(application.status), ' ',
      [application.sector ? t(`sector.${application.sector}`) : null, application.stage ? t(`stage.${application.stage}`) : null]
        .filter(Boolean).join(' · ')),
    h('p', { class: 'meta', text: application.submittedAt
      ? t('applications.submitted-on', { date: formatDateTime(application.submittedAt) })
      : t('applications.started-on', { date: formatDateTime(application.createdAt) }) }));
}

export function render(main, { signal }) {
  const content = h('div', {}, loading());
  add(main, heading(t('staff.applications.title')), h('p', { class: 'intro', text: t('staff.applications.intro') }), content);

  async function load() {
    try {
      const { data } = await api('/api/applications', { signal });
      fill(content, data.length
        ? [h('p', { class: 'meta', text: t('staff.applications.count', { count: data.length }) }),
          h('ul', { class: 'plain-list' }, data.map(item))]
        : emptyState(t('staff.applications.empty')));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
