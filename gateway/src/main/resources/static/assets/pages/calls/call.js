import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { hasRole } from '../../core/session.js';
import { loadFailed } from '../shared/states.js';
import { callSummary } from './call-summary.js';

function applyLink(call, user) {
  if (!call.acceptingApplications || !hasRole(user, 'FOUNDER')) {
    return null;
  }
  return h('p', {}, h('a', { class: 'button', href: `/founder/applications/new?call=${encodeURIComponent(call.id)}`,
    text: t('call.apply') }));
}

export function render(main, { params, signal, user }) {
  const content = h('div', {}, loading());
  add(main, heading(t('call.title')), content, h('p', {}, h('a', { href: '/calls', text: t('call.back') })));

  async function load() {
    try {
      const { data } = await api(`/api/calls/${encodeURIComponent(params.id)}`, { signal });
      fill(content, data.acceptingApplications ? h('p', { class: 'status success', text: t('call.accepting') }) : null,
        applyLink(data, user), callSummary(data));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
