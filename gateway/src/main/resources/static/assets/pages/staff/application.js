import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { answersSummary } from '../founder/call-questions.js';
import { applicationSummary } from '../shared/application-summary.js';
import { deckPanel } from '../shared/deck.js';
import { loadFailed } from '../shared/states.js';

/** The call an application answers, for its questions; the page still shows the application without it. */
async function callOf(application, signal) {
  if (!application.callId) {
    return null;
  }
  try {
    return (await api(`/api/calls/${encodeURIComponent(application.callId)}`, { signal })).data;
  } catch (problem) {
    return null;
  }
}

export function render(main, { params, signal }) {
  const content = h('div', {}, loading());
  add(main, heading(t('staff.application.title')), content,
    h('p', {}, h('a', { href: '/staff/applications', text: t('staff.application.back') })));

  async function load() {
    try {
      const { data } = await api(`/api/applications/${encodeURIComponent(params.id)}`, { signal });
      const call = await callOf(data, signal);
      fill(content, applicationSummary(data),
        call && call.questions.length ? answersSummary(call.questions, data.answers) : null,
        deckPanel(data.id, { signal }));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
