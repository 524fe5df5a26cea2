import { Aborted, api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { clearProblem, liveStatus, localProblem, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { localized, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { deckPanel } from '../shared/deck.js';
import { loadFailed } from '../shared/states.js';
import { scoreForm } from './score-form.js';

function entry(label, value) {
  return [h('dt', { text: label }), h('dd', { class: 'long-text', text: value || t('common.none') })];
}

/**
 * An application assigned to the juror, without its team when the review is blind, and its pitch deck to download;
 * the juror scores it on the call's grid, or declares a conflict with it, which takes it off their list and tells staff.
 */
export function render(main, { params, signal }) {
  const path = `/api/jury/applications/${encodeURIComponent(params.id)}`;
  const content = h('div', {}, loading());
  const status = liveStatus();
  add(main, heading(t('juror.application.title')), status, content,
    h('p', {}, h('a', { href: '/juror', text: t('juror.application.back') })));

  function conflictForm() {
    const confirm = h('input', { type: 'checkbox', id: 'conflict-confirm', name: 'confirm', required: true });
    const declare = h('button', { type: 'submit', class: 'button button-secondary', text: t('juror.conflict.declare') });
    const form = h('form', { class: 'panel form', novalidate: true, 'aria-labelledby': 'conflict-title' },
      h('h2', { id: 'conflict-title', text: t('juror.conflict.title') }),
      h('p', { class: 'hint-text', text: t('juror.conflict.hint') }),
      h('div', { class: 'field' }, h('label', {}, confirm, ' ', t('juror.conflict.confirm'))),
      h('p', { class: 'actions' }, declare));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearProblem(form);
      if (!confirm.checked) {
        showProblem(form, localProblem([{ field: 'confirm', reason: t('juror.conflict.confirm-needed') }]));
        return;
      }
      try {
        await whileBusy(declare, t('common.saving'), () => api(`${path}/conflict`, { method: 'POST', signal }));
        // the application is no longer theirs to read: only the status and the way back remain
        fill(content);
        setStatus(status, t('juror.conflict.done'), 'success');
      } catch (problem) {
        showProblem(form, problem);
      }
    });
    return form;
  }

  function show(application, questions) {
    const label = (id) => (questions.find((q) => q.id === id) ? localized(questions.find((q) => q.id === id).label) : id);
    const answers = Object.entries(application.answers || {});
    fill(content,
      h('div', { class: 'panel' },
        h('h2', { text: application.startupName }),
        h('p', { class: 'long-text', text: application.summary }),
        h('dl', { class: 'facts' },
          entry(t('juror.application.sector'), application.sector),
          entry(t('juror.application.stage'), application.stage),
          entry(t('juror.application.needs'), (application.needs || []).join(', '))),
        answers.length ? [h('h3', { text: t('juror.application.answers') }),
          h('dl', { class: 'facts' }, answers.flatMap(([question, answer]) => entry(label(question), answer)))] : null,
        h('h3', { text: t('juror.application.team') }),
        application.blind
          ? h('p', { class: 'meta', text: t('juror.application.blind') })
          : h('ul', {}, (application.team || []).map((member) => h('li', {
            text: [member.name, member.email, member.affiliation].filter(Boolean).join(' — ') })))),
      deckPanel(application.id, { signal }),
      scoreForm(application, { signal }),
      conflictForm());
  }

  async function load() {
    try {
      const { data } = await api(path, { signal });
      // the call's questions name the answers; without them the answers still show, under their ids
      const call = await api(`/api/calls/${encodeURIComponent(data.callId)}`, { signal }).catch((e) => {
        if (e instanceof Aborted) {
          throw e;
        }
        return { data: { questions: [] } };
      });
      show(data, call.data.questions || []);
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
