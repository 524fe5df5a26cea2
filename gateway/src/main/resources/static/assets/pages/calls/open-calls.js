import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { formatDateTime, localized, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { emptyState, loadFailed } from '../shared/states.js';
import { programmeText } from './call-summary.js';

function item(call) {
  return h('li', { class: 'panel row-item' },
    h('h2', {}, h('a', { href: `/calls/${encodeURIComponent(call.id)}`, text: localized(call.title) })),
    h('p', { class: 'meta', text: programmeText(call.programme) }),
    h('p', { class: 'meta', text: t('calls.closes-on', { date: formatDateTime(call.closesAt), seats: call.seats }) }));
}

/** The open calls of the reader's incubator, those closing first first. */
export function render(main, { signal }) {
  const content = h('div', {}, loading());
  add(main, heading(t('calls.title')), h('p', { class: 'intro', text: t('calls.intro') }), content);

  async function load() {
    try {
      const { data } = await api('/api/calls', { signal });
      fill(content, data.length ? h('ul', { class: 'plain-list' }, data.map(item)) : emptyState(t('calls.empty')));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
