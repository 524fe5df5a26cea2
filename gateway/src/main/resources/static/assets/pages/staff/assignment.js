import { api, Problem } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { clearProblem, field, liveStatus, setStatus, showProblem } from '../../core/forms.js';
import { t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { loadFailed } from '../shared/states.js';
import { assignmentView, infeasibleReport } from './assignment-view.js';

const PROGRESS_EVERY_MS = 400;

/**
 * The jury assignment of a call: run it (the phase of the solver is read out while it runs), pin or forbid pairs and
 * run again, read per application its jurors and why, per juror the load, or why no full assignment exists.
 */
export function render(main, { params, signal }) {
  const callPath = `/staff/calls/${encodeURIComponent(params.id)}`;
  const path = `/api/calls/${encodeURIComponent(params.id)}/assignment`;
  const status = liveStatus();
  const result = h('div', {}, loading());
  const pairs = { pins: [], forbids: [] };
  const pairList = h('ul', {});
  let names = new Map();
  let applications = [];
  let members = [];
  let etag = null;

  const slack = field({ name: 'slack', label: t('staff.assignment.slack'), type: 'number', value: '0', inputmode: 'numeric',
    hint: t('staff.assignment.slack.hint') });
  const application = h('div', {});
  const juror = h('div', {});
  const kind = field({ name: 'kind', label: t('staff.assignment.pair-kind'), value: 'pins',
    options: [{ value: 'pins', label: t('staff.assignment.pin') }, { value: 'forbids', label: t('staff.assignment.forbid') }] });
  const addPair = h('button', { type: 'button', class: 'button button-secondary', text: t('staff.assignment.add-pair') });
  const run = h('button', { type: 'submit', class: 'button', text: t('staff.assignment.run') });
  const form = h('form', { class: 'panel form', novalidate: true, 'aria-labelledby': 'assignment-run' },
    h('h2', { id: 'assignment-run', text: t('staff.assignment.run-title') }), slack,
    h('fieldset', {}, h('legend', { text: t('staff.assignment.pairs') }), application, juror, kind, addPair, pairList),
    h('p', { class: 'actions' }, run));

  add(main, heading(t('staff.assignment.title')), status, form, result,
    h('p', { class: 'actions' }, h('a', { href: `${callPath}/jury`, text: t('staff.assignment.to-jury') }),
      h('a', { href: callPath, text: t('staff.jury.back') })));

  function drawPairs() {
    const entries = ['pins', 'forbids'].flatMap((which) => pairs[which].map((pair, index) => ({ which, pair, index })));
    fill(pairList, entries.map(({ which, pair, index }) => h('li', {},
      t(`staff.assignment.${which === 'pins' ? 'pinned' : 'forbidden'}`,
        { startup: names.get(pair.applicationId) || pair.applicationId, juror: names.get(pair.jurorId) || pair.jurorId }), ' ',
      h('button', { type: 'button', class: 'button button-secondary button-small', text: t('staff.assignment.remove-pair'),
        on: { click: () => { pairs[which].splice(index, 1); drawPairs(); addPair.focus(); } } }))));
  }

  /** The applications to pin or forbid come from the last saved run: drawn again after each one. */
  function drawChoices() {
    fill(application, field({ name: 'applicationId', label: t('staff.assignment.application'),
      options: applications.map((a) => ({ value: a.applicationId, label: a.startupName })) }));
    fill(juror, field({ name: 'jurorId', label: t('staff.assignment.juror'),
      options: members.map((m) => ({ value: m.jurorId, label: m.displayName })) }));
    addPair.disabled = !applications.length || !members.length;
  }

  addPair.addEventListener('click', () => {
    const pair = { applicationId: form.elements.applicationId.value, jurorId: form.elements.jurorId.value };
    const which = form.elements.kind.value;
    if (pair.applicationId && pair.jurorId && !pairs[which].some((p) => p.applicationId === pair.applicationId && p.jurorId === pair.jurorId)) {
      pairs[which].push(pair);
      drawPairs();
    }
  });

  function showAssignment(assignment, tag) {
    etag = tag;
    applications = assignment.applications.map((a) => ({ applicationId: a.applicationId, startupName: a.startupName }));
    applications.forEach((a) => names.set(a.applicationId, a.startupName));
    pairs.pins = assignment.pins.slice();
    pairs.forbids = assignment.forbids.slice();
    fill(result, assignmentView(assignment));
    drawChoices();
  }

  async function followProgress(running) {
    while (running.pending && !signal.aborted) {
      try {
        const { data } = await api(`${path}/progress`, { signal });
        if (running.pending && data.running) {
          setStatus(status, t('staff.assignment.running-phase', { phase: t(`staff.assignment.phase.${data.phase}`) }));
        }
      } catch (e) {
        return;
      }
      await new Promise((resolve) => { window.setTimeout(resolve, PROGRESS_EVERY_MS); });
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const body = { slack: Number(form.elements.slack.value || 0), pins: pairs.pins, forbids: pairs.forbids };
    const running = { pending: true };
    run.disabled = true;
    form.setAttribute('aria-busy', 'true');
    setStatus(status, t('staff.assignment.running'));
    followProgress(running);
    try {
      const saved = await api(path, { method: 'POST', body, ifMatch: etag, signal });
      running.pending = false;
      showAssignment(saved.data, saved.etag);
      drawPairs();
      setStatus(status, t('staff.assignment.saved'), 'success');
    } catch (problem) {
      running.pending = false;
      setStatus(status, '');
      if (problem instanceof Problem && problem.slug === 'assignment-infeasible') {
        const report = infeasibleReport(problem);
        fill(result, report);
        report.focus();
      } else {
        showProblem(form, problem);
      }
    } finally {
      running.pending = false;
      run.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });

  async function load() {
    try {
      const pool = await api(`/api/calls/${encodeURIComponent(params.id)}/jury`, { signal });
      members = pool.data.members;
      names = new Map(members.map((m) => [m.jurorId, m.displayName]));
      try {
        const { data, etag: tag } = await api(path, { signal });
        showAssignment(data, tag);
      } catch (problem) {
        if (!(problem instanceof Problem) || problem.status !== 404) {
          throw problem;
        }
        fill(result, h('p', { class: 'empty', text: t('staff.assignment.never-run') }));
      }
      drawChoices();
      drawPairs();
    } catch (problem) {
      loadFailed(result, problem, load);
    }
  }
  load();
}
