import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { clearProblem, showProblem, whileBusy } from '../../core/forms.js';
import { localized, t } from '../../core/i18n.js';
import { heading, loading, navigate } from '../../core/router.js';
import { programmeText } from '../calls/call-summary.js';
import { emptyState, loadFailed } from '../shared/states.js';
import { cohortForm } from './cohort-form.js';

function item(cohort) {
  return h('li', { class: 'panel row-item' },
    h('h2', {}, h('a', { href: `/staff/cohorts/${encodeURIComponent(cohort.id)}`, text: localized(cohort.name) })),
    h('p', { class: 'meta', text: programmeText(cohort.programme) }),
    h('p', { class: 'meta', text: t('staff.cohorts.dates', { starts: cohort.startsOn, ends: cohort.endsOn }) }));
}

/** The incubator's cohorts, and a form to plan a new one whose refused fields show their reason beside them. */
export function render(main, { signal }) {
  const list = h('div', {}, loading());
  const form = cohortForm(null);
  const submit = h('button', { class: 'button', type: 'submit', text: t('staff.cohorts.create') });
  const element = h('form', { class: 'panel form', novalidate: true, 'aria-labelledby': 'new-cohort-title' },
    h('h2', { id: 'new-cohort-title', text: t('staff.cohorts.new') }), form.elements, h('p', { class: 'actions' }, submit));
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(element);
    try {
      const { data } = await whileBusy(submit, t('common.saving'),
        () => api('/api/cohorts', { method: 'POST', body: form.values(element), signal }));
      navigate(`/staff/cohorts/${encodeURIComponent(data.id)}`, { state: { reason: 'created' } });
    } catch (problem) {
      showProblem(element, problem);
    }
  });
  add(main, heading(t('staff.cohorts.title')), h('p', { class: 'intro', text: t('staff.cohorts.intro') }), list, element);

  async function load() {
    try {
      const { data } = await api('/api/cohorts?limit=200', { signal });
      fill(list, data.length ? h('ul', { class: 'plain-list cohorts' }, data.map(item)) : emptyState(t('staff.cohorts.empty')));
    } catch (problem) {
      loadFailed(list, problem, load);
    }
  }
  load();
}
