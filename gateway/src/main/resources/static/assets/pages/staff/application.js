import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { applicationSummary } from '../shared/application-summary.js';
import { deckPanel } from '../shared/deck.js';
import { loadFailed } from '../shared/states.js';

export function render(main, { params, signal }) {
  const content = h('div', {}, loading());
  add(main, heading(t('staff.application.title')), content,
    h('p', {}, h('a', { href: '/staff/applications', text: t('staff.application.back') })));

  async function load() {
    try {
      const { data } = await api(`/api/applications/${encodeURIComponent(params.id)}`, { signal });
      fill(content, applicationSummary(data), deckPanel(data.id, { signal }));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
