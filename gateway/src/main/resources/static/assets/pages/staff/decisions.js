import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { clearProblem, field, liveStatus, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { currentLanguage, formatNumber, localized, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { emptyState, loadFailed } from '../shared/states.js';
import { drawsList } from './tie-break.js';

const OUTCOMES = ['ADMITTED', 'WAITLISTED', 'REJECTED'];

function points(value) {
  return formatNumber(Math.round(value * 100) / 100);
}

/** A refusal tied to a field (a full cohort) names it in `field`; the form shows it there. */
const fieldOf = (problem) => problem.body.field || null;

function cohortOptions(cohorts) {
  return [{ value: '', label: t('staff.decisions.no-cohort') },
    ...cohorts.map((cohort) => ({ value: cohort.id, label: localized(cohort.name) }))];
}

function reasonsFields() {
  return [field({ name: 'reasonsFr', label: t('staff.decisions.reasons-fr'), rows: 3, required: true, maxlength: 2000 }),
    field({ name: 'reasonsEn', label: t('staff.decisions.reasons-en'), rows: 3, required: true, maxlength: 2000 })];
}

function valuesOf(form) {
  const body = {};
  ['decision', 'cohortId', 'reasonsFr', 'reasonsEn'].forEach((name) => {
    if (form.elements[name] && form.elements[name].value.trim()) {
      body[name] = form.elements[name].value.trim();
    }
  });
  return body;
}

function decisionText(decision) {
  const reasons = currentLanguage() === 'en' ? decision.reasonsEn : decision.reasonsFr;
  return [h('span', { class: `badge badge-${decision.decision.toLowerCase()}`, 'data-decision': decision.decision,
    text: t(`decision.${decision.decision}`) }),
  decision.waitlistPosition ? h('span', { class: 'meta', text: ` ${t('staff.decisions.position', { n: decision.waitlistPosition })}` }) : null,
  // a later decision on the same application is a promotion from the wait list: say so, with its number
  decision.sequence > 1 ? h('span', { class: 'meta', 'data-sequence': decision.sequence,
    text: ` ${t('staff.decisions.from-waitlist', { n: decision.sequence })}` }) : null,
  h('p', { class: 'reasons', text: reasons })];
}

/** Staff decide a call's applications in calibrated order, break the tie at the cut, and promote from the wait list. */
export function render(main, { params, signal }) {
  const callPath = `/api/calls/${encodeURIComponent(params.id)}`;
  const content = h('div', {}, loading());
  const status = liveStatus();
  let promoted = null;
  add(main, heading(t('staff.decisions.title')), status, content,
    h('p', { class: 'actions' }, h('a', { href: `/staff/calls/${encodeURIComponent(params.id)}`, text: t('staff.ranking.back') }),
      h('a', { href: `/staff/calls/${encodeURIComponent(params.id)}/ranking`, text: t('staff.call.ranking') })));

  function decideForm(line, cohorts) {
    const form = h('form', { class: 'form decide', novalidate: true, 'data-application': line.applicationId });
    const button = h('button', { type: 'submit', class: 'button', text: t('staff.decisions.decide') });
    add(form,
      field({ name: 'decision', label: t('staff.decisions.outcome'), required: true,
        options: [{ value: '', label: t('staff.decisions.choose') }, ...OUTCOMES.map((o) => ({ value: o, label: t(`decision.${o}`) }))] }),
      field({ name: 'cohortId', label: t('staff.decisions.cohort'), hint: t('staff.decisions.cohort-hint'), options: cohortOptions(cohorts) }),
      ...reasonsFields(), button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearProblem(form);
      try {
        await whileBusy(button, t('staff.decisions.deciding'), () => api(`/api/applications/${encodeURIComponent(line.applicationId)}/decision`,
          { method: 'POST', body: valuesOf(form), signal }));
        setStatus(status, t('staff.decisions.decided', { startup: line.startupName }), 'success');
        load();
      } catch (problem) {
        showProblem(form, problem, { fieldOf });
      }
    });
    return form;
  }

  /** In calibrated order, with the tie at the cut in the order the last draw gave it. */
  function inDrawnOrder(lines, tieBreak) {
    if (!tieBreak) {
      return lines;
    }
    const place = new Map(tieBreak.order.map((id, index) => [id, index]));
    return [...lines].sort((a, b) => (place.get(a.applicationId) ?? lines.length) - (place.get(b.applicationId) ?? lines.length));
  }

  function applicationsList(ranking, decided, cohorts, tieBreak) {
    if (!ranking.applications.length) {
      return emptyState(t('staff.ranking.empty'));
    }
    return h('ol', { class: 'plain-list decisions' }, inDrawnOrder(ranking.applications, tieBreak).map((line) => {
      const decision = decided.get(line.applicationId);
      return h('li', { class: 'panel', 'data-application': line.applicationId },
        h('h3', { text: t('staff.decisions.line', { rank: line.calibratedRank, startup: line.startupName, score: points(line.calibratedScore) }) }),
        ...(decision ? decisionText(decision) : [decideForm(line, cohorts)]));
    }));
  }

  function tieBreakSection(draws, names, seats) {
    const tieBreak = draws[0];
    const form = h('form', { class: 'form actions', novalidate: true });
    const button = h('button', { type: 'submit', class: 'button button-secondary', text: t('staff.decisions.draw') });
    add(form, field({ name: 'seats', label: t('staff.decisions.seats'), type: 'number', inputmode: 'numeric', required: true,
      value: tieBreak ? tieBreak.seats : seats }), button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearProblem(form);
      try {
        await whileBusy(button, t('staff.decisions.drawing'), () => api(`${callPath}/tie-break`,
          { method: 'POST', body: { seats: Number(form.elements.seats.value) }, signal }));
        setStatus(status, t('staff.decisions.drawn'), 'success');
        load();
      } catch (problem) {
        showProblem(form, problem);
      }
    });
    return h('section', { class: 'panel', 'aria-labelledby': 'tie-break-title' },
      h('h2', { id: 'tie-break-title', text: t('staff.decisions.tie-break') }),
      h('p', { class: 'hint-text', text: t('staff.decisions.algorithm') }), form, drawsList(draws, names));
  }

  /** Decided, then withdrawn by their founder: the ranking leaves them out, the decision and its reasons stay on record. */
  function withdrawnSection(gone) {
    if (!gone.length) {
      return null;
    }
    return h('section', { class: 'panel', 'aria-labelledby': 'withdrawn-title' },
      h('h2', { id: 'withdrawn-title', text: t('staff.decisions.withdrawn') }),
      h('p', { class: 'hint-text', text: t('staff.decisions.withdrawn-hint') }),
      h('ul', { class: 'plain-list withdrawn' }, gone.map((d) => h('li', { 'data-application': d.applicationId },
        h('a', { href: `/staff/applications/${encodeURIComponent(d.applicationId)}`,
          text: t('staff.decisions.withdrawn-application', { reference: d.startupReference }) }), ' ', ...decisionText(d)))));
  }

  function waitlistSection(decisions, names, cohorts) {
    // a wait-listed founder who withdrew is no longer waiting: the promotion passes them by, and so does the list
    const waiting = decisions.filter((d) => d.decision === 'WAITLISTED' && names.has(d.applicationId)).sort((a, b) => a.waitlistPosition - b.waitlistPosition);
    const form = h('form', { class: 'form', novalidate: true });
    const button = h('button', { type: 'submit', class: 'button', text: t('staff.decisions.promote') });
    add(form, field({ name: 'cohortId', label: t('staff.decisions.cohort'), required: true, options: cohortOptions(cohorts) }),
      ...reasonsFields(), button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearProblem(form);
      try {
        const { data } = await whileBusy(button, t('staff.decisions.promoting'), () => api(`${callPath}/waitlist/promote`,
          { method: 'POST', body: valuesOf(form), signal }));
        const cohort = cohorts.find((c) => c.id === data.cohortId);
        promoted = t('staff.decisions.promoted', { startup: names.get(data.applicationId) || data.applicationId,
          cohort: cohort ? localized(cohort.name) : data.cohortId, n: data.sequence });
        setStatus(status, promoted, 'success');
        load();
      } catch (problem) {
        showProblem(form, problem, { fieldOf });
      }
    });
    // what the last promotion did stays beside the form that did it, under the status line read out at the top
    return h('section', { class: 'panel', 'aria-labelledby': 'waitlist-title' },
      h('h2', { id: 'waitlist-title', text: t('staff.decisions.waitlist') }),
      promoted ? h('p', { class: 'status success promoted', text: promoted }) : null,
      waiting.length ? h('ol', {}, waiting.map((d) => h('li', { text: names.get(d.applicationId) || d.applicationId })))
        : h('p', { text: t('staff.decisions.nobody-waiting') }),
      h('p', { class: 'hint-text', text: t('staff.decisions.promote-hint') }), form);
  }

  async function load() {
    try {
      const [ranking, decisions, cohorts, call] = await Promise.all([api(`${callPath}/ranking`, { signal }),
        api(`${callPath}/decisions`, { signal }), api('/api/cohorts?limit=200', { signal }), api(callPath, { signal })]);
      const names = new Map(ranking.data.applications.map((line) => [line.applicationId, line.startupName]));
      const decided = new Map(decisions.data.decisions.map((d) => [d.applicationId, d]));
      fill(content, h('p', { class: 'meta', text: localized(ranking.data.title) }),
        tieBreakSection(decisions.data.tieBreaks || [], names, call.data.seats || 1),
        h('section', { 'aria-labelledby': 'decide-title' }, h('h2', { id: 'decide-title', text: t('staff.decisions.applications') }),
          applicationsList(ranking.data, decided, cohorts.data, decisions.data.tieBreak)),
        withdrawnSection(decisions.data.decisions.filter((d) => !names.has(d.applicationId))),
        waitlistSection(decisions.data.decisions, names, cohorts.data));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
