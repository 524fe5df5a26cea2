import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { clearProblem, liveStatus, localProblem, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { applicationSummary, QUESTIONS, statusBadge } from '../shared/application-summary.js';
import { deckPanel } from '../shared/deck.js';
import { loadFailed } from '../shared/states.js';
import { centsOf, essentialFields, essentialsOf, moreFields } from './application-form.js';
import { autosave } from './autosave.js';
import { teamEditor } from './team.js';

const SAVE_TEXTS = { saving: 'autosave.saving', saved: 'autosave.saved', pending: 'autosave.pending',
  invalid: 'autosave.invalid', failed: 'autosave.failed', stale: 'autosave.stale', submitted: 'autosave.submitted' };

export function render(main, { params, state, signal }) {
  const path = `/api/applications/${encodeURIComponent(params.id)}`;
  const content = h('div', {}, loading());
  let saver = null;
  add(main, heading(t('application.title')), content);

  async function load(notice) {
    saver = null;
    fill(content, loading());
    try {
      const { data, etag } = await api(path, { signal });
      if (data.status === 'DRAFT') {
        showDraft(data, etag || `"${data.version}"`, notice);
      } else {
        showSubmitted(data, notice);
      }
    } catch (problem) {
      loadFailed(content, problem, () => load());
    }
  }

  function showSubmitted(application, notice) {
    const message = notice ? h('p', { class: 'notice success', role: 'status', tabindex: '-1', text: t(notice) }) : null;
    fill(content, 
      message,
      applicationSummary(application),
      deckPanel(application.id, { signal }),
      h('p', {}, h('a', { href: '/founder/applications', text: t('common.back-applications') })));
    if (message) {
      message.focus();
    }
  }

  function showDraft(application, etag, notice) {
    const saveStatus = liveStatus('save-status');
    const alertArea = h('div', {});
    let team;
    const form = h('form', { class: 'form', novalidate: true });

    function bodyOf() {
      const cents = centsOf(form.amountSoughtCents.value);
      const { members, positions } = team.members();
      if (cents === undefined) {
        showProblem(form, localProblem([{ field: 'amountSoughtCents', reason: t('application.amount-invalid') }]),
          { moveFocus: false });
        setStatus(saveStatus, t('autosave.invalid'), 'error');
        return null;
      }
      const answers = { ...(application.answers || {}) };
      QUESTIONS.forEach((question) => {
        const value = form.elements[`answers[${question}]`].value.trim();
        if (value) {
          answers[question] = value;
        } else {
          delete answers[question];
        }
      });
      form.dataset.positions = JSON.stringify(positions);
      return { ...(application.callId ? { callId: application.callId } : {}), ...essentialsOf(form),
        amountSoughtCents: cents, currency: application.currency || 'EUR', answers, team: members };
    }

    /** The API numbers only the members sent; the form numbers every row. */
    function onRows(problem) {
      const positions = JSON.parse(form.dataset.positions || '[]');
      problem.errors = problem.errors.map((error) => ({ ...error,
        field: error.field.replace(/^team\[(\d+)\]/, (whole, k) => `team[${positions[Number(k)] ?? k}]`) }));
      return problem;
    }

    function report(kind, detail) {
      const text = t(SAVE_TEXTS[kind], { reason: detail && detail.explanation ? detail.explanation() : '' });
      setStatus(saveStatus, text, ['invalid', 'failed', 'stale', 'submitted'].includes(kind) ? 'error' : null);
      if (kind === 'saved') {
        clearProblem(form);
      } else if (kind === 'invalid') {
        showProblem(form, onRows(detail), { moveFocus: false });
      } else if (kind === 'stale' || kind === 'submitted') {
        fill(alertArea, h('div', { class: 'problem-summary', role: 'alert' },
          h('p', { text: t(kind === 'stale' ? 'stale.text' : 'stale.submitted') }),
          h('button', { type: 'button', class: 'button', on: { click: () => load() }, text: t('stale.reload') })));
      }
    }

    team = teamEditor(application.team || [], () => saver.changed());
    saver = autosave({ path, etag, bodyOf, report });
    form.addEventListener('input', () => saver.changed());
    form.addEventListener('change', () => saver.changed());
    form.addEventListener('submit', (event) => event.preventDefault());
    add(form, 
      h('div', { class: 'panel' }, h('h2', { text: t('application.about') }), essentialFields(application),
        moreFields(application)),
      h('div', { class: 'panel' }, team.element));

    const submitButton = h('button', { type: 'button', class: 'button', text: t('submit.button') });
    const submitStatus = liveStatus();
    submitButton.addEventListener('click', () => submit(submitButton, submitStatus));

    fill(content, 
      notice ? h('p', { class: 'notice', role: 'status', text: t(notice) }) : null,
      h('div', { class: 'draft-bar' }, statusBadge(application.status), h('span', { text: t('autosave.intro') }), saveStatus),
      alertArea,
      form,
      deckPanel(application.id, { editable: true, signal }),
      h('section', { class: 'panel', 'aria-labelledby': 'submit-title' },
        h('h2', { id: 'submit-title', text: t('submit.title') }),
        h('p', { text: t('submit.warning') }),
        submitButton, submitStatus),
      h('p', {}, h('a', { href: '/founder/applications', text: t('common.back-applications') })));
  }

  async function submit(button, status) {
    const current = saver;
    await current.flush();
    if (current.stopped()) {
      return;
    }
    if (main.querySelector('[aria-invalid="true"]')) {
      setStatus(status, t('submit.fix-first'), 'error');
      return;
    }
    try {
      const { data } = await whileBusy(button, t('submit.busy'),
        () => api(`${path}/submit`, { method: 'POST', ifMatch: current.version(), signal }));
      window.dispatchEvent(new CustomEvent('pepiniere:unread-changed'));
      showSubmitted(data, 'submit.done');
    } catch (problem) {
      if (problem.status === 412) {
        load('stale.text');
        return;
      }
      setStatus(status, problem.explanation ? problem.explanation() : t('error.unexpected'), 'error');
    }
  }

  load(state.reason === 'created' ? 'application.created' : null);
  // leaving the page (or switching language) saves what is still waiting
  return () => (saver ? saver.flush() : undefined);
}
