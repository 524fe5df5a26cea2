import { api } from '../../core/api.js';
import { add, h } from '../../core/dom.js';
import { clearProblem, showProblem, whileBusy } from '../../core/forms.js';
import { t } from '../../core/i18n.js';
import { heading, navigate } from '../../core/router.js';
import { callForm } from './call-form.js';

export function render(main, { signal }) {
  const form = callForm(null);
  const submit = h('button', { class: 'button', type: 'submit', text: t('staff.new-call.submit') });
  const element = h('form', { class: 'panel form', novalidate: true }, form.elements, h('p', { class: 'actions' }, submit));
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(element);
    try {
      const { data } = await whileBusy(submit, t('common.saving'),
        () => api('/api/calls', { method: 'POST', body: form.values(element), signal }));
      navigate(`/staff/calls/${encodeURIComponent(data.id)}`, { replace: true, state: { reason: 'created' } });
    } catch (problem) {
      showProblem(element, problem);
    }
  });
  add(main, heading(t('staff.new-call.title')), h('p', { class: 'intro', text: t('staff.new-call.intro') }), element,
    h('p', {}, h('a', { href: '/staff/calls', text: t('staff.call.back') })));
}
