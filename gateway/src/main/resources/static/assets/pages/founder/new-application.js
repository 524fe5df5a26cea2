import { api } from '../../core/api.js';
import { add, h } from '../../core/dom.js';
import { clearProblem, showProblem, whileBusy } from '../../core/forms.js';
import { t } from '../../core/i18n.js';
import { heading, navigate } from '../../core/router.js';
import { essentialFields, essentialsOf } from './application-form.js';

export function render(main, { signal }) {
  const submit = h('button', { class: 'button', type: 'submit', text: t('new-application.submit') });
  const form = h('form', { class: 'panel form', novalidate: true }, essentialFields(), submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    try {
      const { data } = await whileBusy(submit, t('common.saving'), () => api('/api/applications',
        { method: 'POST', body: { ...essentialsOf(form), currency: 'EUR', answers: {}, team: [] }, signal }));
      navigate(`/founder/applications/${encodeURIComponent(data.id)}`, { replace: true, state: { reason: 'created' } });
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  add(main, heading(t('new-application.title')), h('p', { class: 'intro', text: t('new-application.intro') }), form,
    h('p', {}, h('a', { href: '/founder/applications', text: t('common.back-applications') })));
}
