import { api } from '../../core/api.js';
import { h } from '../../core/dom.js';
import { clearProblem, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { t } from '../../core/i18n.js';
import { cohortForm } from './cohort-form.js';

/**
 * Staff edit a cohort until the day it starts, at the version they read (If-Match): each refused field shows its
 * reason beside it; a version changed elsewhere meanwhile (412) saves nothing and offers the latest version, since
 * saving over it would erase someone else's change unseen. Once the cohort has started, the API refuses any edit: the
 * form gives way to the reason.
 */
export function cohortEditSection(cohort, etag, { signal, status, reload }) {
  const title = h('h2', { id: 'cohort-edit', text: t('staff.cohort.edit') });
  if (!cohort.editable) {
    return h('section', { class: 'panel', 'aria-labelledby': 'cohort-edit' }, title,
      h('p', { class: 'cohort-started', text: t('staff.cohort.started', { date: cohort.startsOn }) }));
  }
  const form = cohortForm(cohort);
  const save = h('button', { class: 'button', type: 'submit', text: t('staff.cohort.save') });
  const element = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'cohort-edit' },
    h('p', { class: 'hint-text', text: t('staff.cohort.edit-hint', { date: cohort.startsOn }) }),
    form.elements, h('p', { class: 'actions' }, save));
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(element);
    setStatus(status, '');
    try {
      const saved = await whileBusy(save, t('common.saving'),
        () => api(`/api/cohorts/${encodeURIComponent(cohort.id)}`, { method: 'PUT', body: form.values(element), ifMatch: etag, signal }));
      setStatus(status, t('staff.cohort.saved'), 'success');
      reload();
    } catch (problem) {
      if (problem.status === 412) {
        showStale(element, reload);
      } else {
        showProblem(element, problem);
      }
    }
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'cohort-edit' }, title, element);
}

function showStale(form, reload) {
  const summary = h('div', { class: 'problem-summary stale', role: 'alert', tabindex: '-1' },
    h('p', { text: t('staff.cohort.stale') }),
    h('p', {}, h('button', { type: 'button', class: 'button button-secondary', text: t('stale.reload'), on: { click: reload } })));
  form.prepend(summary);
  summary.focus();
}
