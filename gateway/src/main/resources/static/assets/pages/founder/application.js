import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { clearProblem, liveStatus, localProblem, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { localized, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { applicationSummary, QUESTIONS, statusBadge } from '../shared/application-summary.js';
import { deckPanel } from '../shared/deck.js';
import { loadFailed } from '../shared/states.js';
import { centsOf, essentialFields, essentialsOf, moreFields } from './application-form.js';
import { autosave } from './autosave.js';
import { consentsSection } from './consents.js';
import { decisionSection } from './decision.js';
import { answersOf, answersSummary, questionFields } from './call-questions.js';
import { needsEditor } from './needs.js';
import { teamEditor } from './team.js';
import { withdrawSection } from './withdraw.js';

const SAVE_TEXTS = { saving: 'autosave.saving', saved: 'autosave.saved', pending: 'autosave.pending',
  invalid: 'autosave.invalid', failed: 'autosave.failed', stale: 'autosave.stale', submitted: 'autosave.submitted' };

export function render(main, { params, state, signal }) {
  const path = `/api/applications/${encodeURIComponent(params.id)}`;
  const content = h('div', {}, loading());
  let saver = null;
  add(main, heading(t('application.title')), content);

  let call = null;

  /** The call the application answers, for its questions; without it the page still works, with none. */
  async function callOf(application) {
    if (!application.callId) {
      return null;
    }
    try {
      return (await api(`/api/calls/${encodeURIComponent(application.callId)}`, { signal })).data;
    } catch (problem) {
      return null;
    }
  }

  async function load(notice) {
    saver = null;
    fill(content, loading());
    try {
      const { data, etag } = await api(path, { signal });
      call = await callOf(data);
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
    saver = null;
    const message = notice ? h('p', { class: 'notice success', role: 'status', tabindex: '-1', text: t(notice) }) : null;
    fill(content, 
      message,
      application.status === 'DRAFT' ? null : decisionSection(application.id, { signal }),
      applicationSummary(application),
      call && call.questions.length ? answersSummary(call.questions, application.answers) : null,
      deckPanel(application.id, { signal }),
      consentsSection(application.id, { signal }),
      application.status === 'SUBMITTED' ? withdrawSection({ path, signal, before: async () => `"${application.version}"`,
        done: (data) => showSubmitted(data, 'withdraw.done'), stale: () => load('stale.text') }) : null,
      h('p', {}, h('a', { href: '/founder/applications', text: t('common.back-applications') })));
    if (message) {
      message.focus();
    }
  }

  function showDraft(application, etag, notice) {
    const saveStatus = liveStatus('save-status');
    const alertArea = h('div', {});
    let team;
    let needs;
    const questions = call ? call.questions : [];
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
      const answers = answersOf(form, questions, application.answers || {});
      if (!call) {
        QUESTIONS.forEach((question) => {
          const value = form.elements[`answers[${question}]`].value.trim();
          if (value) {
            answers[question] = value;
          } else {
            delete answers[question];
          }
        });
      }
      form.dataset.positions = JSON.stringify(positions);
      return { ...(application.callId ? { callId: application.callId } : {}), ...essentialsOf(form),
        amountSoughtCents: cents, currency: application.currency || 'EUR', answers, team: members, needs: needs.values() };
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
    needs = needsEditor(application.needs || [], () => saver.changed());
    saver = autosave({ path, etag, bodyOf, report });
    form.addEventListener('input', () => saver.changed());
    form.addEventListener('change', () => saver.changed());
    form.addEventListener('submit', (event) => event.preventDefault());
    add(form, 
      h('div', { class: 'panel' }, h('h2', { text: t('application.about') }), essentialFields(application),
        moreFields(application, { generalQuestions: !call })),
      questions.length ? h('section', { class: 'panel', 'aria-labelledby': 'questions-title' },
        h('h2', { id: 'questions-title', text: t('question.title', { call: localized(call.title) }) }),
        questionFields(questions, application.answers || {})) : null,
      h('div', { class: 'panel' }, needs.element),
      h('div', { class: 'panel' }, team.element));

    const submitButton = h('button', { type: 'button', class: 'button', text: t('submit.button') });
    const submitStatus = liveStatus();
    submitButton.addEventListener('click', () => submit(submitButton, submitStatus, form, onRows));

    fill(content, 
      notice ? h('p', { class: 'notice', role: 'status', text: t(notice) }) : null,
      h('div', { class: 'draft-bar' }, statusBadge(application.status), h('span', { text: t('autosave.intro') }), saveStatus),
      alertArea,
      form,
      deckPanel(application.id, { editable: true, signal }),
      consentsSection(application.id, { signal }),
      h('section', { class: 'panel', 'aria-labelledby': 'submit-title' },
        h('h2', { id: 'submit-title', text: t('submit.title') }),
        h('p', { text: t('submit.warning') }),
        submitButton, submitStatus),
      withdrawSection({ path, signal, before: beforeWithdrawing, done: (data) => showSubmitted(data, 'withdraw.done'),
        stale: () => load('stale.text') }),
      h('p', {}, h('a', { href: '/founder/applications', text: t('common.back-applications') })));
  }

  /** A draft saves what is waiting before it is withdrawn; false when saving stopped (changed elsewhere). */
  async function beforeWithdrawing() {
    const current = saver;
    await current.flush();
    return current.stopped() ? false : current.version();
  }

  async function submit(button, status, form, onRows) {
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
      // the notification about the submission arrives a moment later: ask for the count again shortly
      [0, 3000, 10000].forEach((delay) => window.setTimeout(
        () => window.dispatchEvent(new CustomEvent('pepiniere:unread-changed')), delay));
      showSubmitted(data, 'submit.done');
    } catch (problem) {
      if (problem.status === 412) {
        load('stale.text');
        return;
      }
      if (problem.errors && problem.errors.length) {
        // every missing or mistyped field is shown beside its control, and focus goes to the first
        setStatus(status, t('submit.incomplete', { count: problem.errors.length }), 'error');
        showProblem(form, onRows(problem));
        return;
      }
      setStatus(status, problem.explanation ? problem.explanation() : t('error.unexpected'), 'error');
    }
  }

  load(state.reason === 'created' ? 'application.created' : null);
  if (state.reason === 'created') {
    // said once: a reload of the page no longer announces a new draft
    window.history.replaceState({ ...window.history.state, reason: null }, '');
  }
  // leaving the page (or switching language) saves what is still waiting
  return () => (saver ? saver.flush() : undefined);
}
