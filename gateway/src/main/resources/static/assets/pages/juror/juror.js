import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { formatDateTime, localized, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { emptyState, loadFailed } from '../shared/states.js';

function byCall(assignments) {
  const calls = new Map();
  for (const assignment of assignments) {
    if (!calls.has(assignment.callId)) {
      calls.set(assignment.callId, { ...assignment, applications: [] });
    }
    calls.get(assignment.callId).applications.push(assignment);
  }
  return Array.from(calls.values());
}

/** The applications assigned to the juror, call by call, with each call's review deadline and whether each is scored. */
export function render(main, { signal }) {
  const content = h('div', {}, loading());
  add(main, heading(t('juror.title')), content);

  async function load() {
    try {
      const [{ data }, scores] = await Promise.all([api('/api/jury/assignments', { signal }), api('/api/jury/scores', { signal })]);
      const scored = new Set(scores.data.map((score) => score.applicationId));
      if (!data.length) {
        fill(content, emptyState(t('juror.none')));
        return;
      }
      fill(content, byCall(data).map((call, i) => h('section', { class: 'panel', 'aria-labelledby': `juror-call-${i}` },
        h('h2', { id: `juror-call-${i}`, text: localized({ fr: call.callTitleFr, en: call.callTitleEn }) }),
        h('p', { class: 'meta', text: t('juror.deadline', { at: formatDateTime(call.reviewDeadline) }) }),
        h('ul', {}, call.applications.map((application) => h('li', {},
          h('a', { href: `/juror/applications/${encodeURIComponent(application.applicationId)}`, text: application.startupName }),
          ' ',
          scored.has(application.applicationId)
            ? h('span', { class: 'badge badge-submitted', text: t('juror.scored') })
            : h('span', { class: 'badge badge-pending', text: t('juror.to-score') }),
          application.matchedNeeds.length
            ? h('span', { class: 'meta', text: ` — ${t('juror.matched', { tags: application.matchedNeeds.join(', ') })}` })
            : null))))));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
