import { Aborted, Problem, api } from '../../core/api.js';
import { h } from '../../core/dom.js';
import { clearProblem, field, liveStatus, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { formatDateTime, localized, t } from '../../core/i18n.js';

/** A mark as typed: empty is a missing mark, a whole number is sent as one, anything else as typed for the API to name. */
function markOf(value) {
  const typed = value.trim();
  if (!typed) {
    return null;
  }
  return /^-?\d+$/.test(typed) ? Number(typed) : typed;
}

/**
 * The juror's score of an application on the call's grid: one mark per criterion, within its scale, and a comment.
 * The first save creates the score; each later one revises it with the revision read (If-Match), until the review
 * deadline, after which the score is shown read-only.
 */
export function scoreForm(application, { signal }) {
  const path = `/api/jury/applications/${encodeURIComponent(application.id)}/score`;
  const criteria = application.criteria || [];
  const status = liveStatus();
  const revision = h('p', { class: 'meta' });
  const controls = criteria.map((criterion) => {
    const wrapper = field({
      name: `marks.${criterion.id}`,
      label: localized(criterion.name),
      type: 'number',
      inputmode: 'numeric',
      required: true,
      hint: t('juror.score.scale', { min: criterion.scaleMin, max: criterion.scaleMax, weight: criterion.weight }),
    });
    const input = wrapper.querySelector('input');
    input.min = String(criterion.scaleMin);
    input.max = String(criterion.scaleMax);
    input.step = '1';
    return { criterion, wrapper, input };
  });
  const commentField = field({ name: 'comment', label: t('juror.score.comment'), rows: 5, required: true, maxlength: 4000,
    hint: t('juror.score.comment-hint') });
  const comment = commentField.querySelector('textarea');
  const save = h('button', { type: 'submit', class: 'button', text: t('juror.score.save') });
  const fields = h('fieldset', {}, h('legend', { text: t('juror.score.grid') }),
    controls.map((control) => control.wrapper), commentField);
  const form = h('form', { class: 'panel form', novalidate: true, 'aria-labelledby': 'score-title' },
    h('h2', { id: 'score-title', text: t('juror.score.title') }),
    h('p', { class: 'meta', text: t('juror.deadline', { at: formatDateTime(application.reviewDeadline) }) }),
    revision, fields, h('p', { class: 'actions' }, save), status);
  let etag = null;

  function show(score) {
    controls.forEach(({ criterion, input }) => {
      const mark = score.marks[criterion.id];
      input.value = mark === undefined || mark === null ? '' : String(mark);
    });
    comment.value = score.comment || '';
    revision.textContent = t('juror.score.revision', { revision: score.revision, at: formatDateTime(score.scoredAt) });
  }

  function closeIfOver() {
    if (application.reviewOpen) {
      return;
    }
    fields.disabled = true;
    save.hidden = true;
    setStatus(status, t('juror.score.closed'));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const marks = {};
    controls.forEach(({ criterion, input }) => { marks[criterion.id] = markOf(input.value); });
    try {
      const answer = await whileBusy(save, t('common.saving'),
        () => api(path, { method: 'PUT', body: { marks, comment: comment.value }, ifMatch: etag || undefined, signal }));
      etag = answer.etag;
      show(answer.data);
      setStatus(status, answer.status === 201 ? t('juror.score.saved') : t('juror.score.revised'), 'success');
    } catch (problem) {
      setStatus(status, '');
      showProblem(form, problem);
    }
  });

  async function load() {
    try {
      const answer = await api(path, { signal });
      etag = answer.etag;
      show(answer.data);
    } catch (problem) {
      if (problem instanceof Aborted) {
        return;
      }
      if (!(problem instanceof Problem && problem.status === 404)) {
        showProblem(form, problem, { moveFocus: false });
      }
      revision.textContent = t('juror.score.none');
    }
    closeIfOver();
  }
  load();
  return form;
}
