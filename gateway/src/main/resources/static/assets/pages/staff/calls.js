import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { formatDateTime, localized, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { callStatusBadge, programmeText } from '../calls/call-summary.js';
import { emptyState, loadFailed } from '../shared/states.js';

function item(call) {
  return h('li', { class: 'panel row-item' },
    h('h2', {}, h('a', { href: `/staff/calls/${encodeURIComponent(call.id)}`, text: localized(call.title) })),
    h('p', { class: 'meta' }, callStatusBadge(call.status), ' ', programmeText(call.programme)),
    h('p', { class: 'meta', text: t('staff.calls.dates', { opens: formatDateTime(call.opensAt), closes: formatDateTime(call.closesAt) }) }));
}

export function render(main, { signal }) {
  const content = h('div', {}, loading());
  add(main, heading(t('staff.calls.title')), h('p', { class: 'intro', text: t('staff.calls.intro') }),
    h('p', { class: 'actions' }, h('a', { class: 'button', href: '/staff/calls/new', text: t('staff.calls.new') })), content);

  async function load() {
    try {
      const { data } = await api('/api/calls?limit=200', { signal });
      fill(content, data.length ? h('ul', { class: 'plain-list' }, data.map(item)) : emptyState(t('staff.calls.empty')));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
