import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { clearProblem, showProblem, whileBusy } from '../../core/forms.js';
import { t } from '../../core/i18n.js';
import { heading, loading, navigate } from '../../core/router.js';
import { loadFailed } from '../shared/states.js';
import { essentialFields, essentialsOf } from './application-form.js';
import { callPicker, chosenCall } from './call-picker.js';

/** A founder starts a draft: they pick an open call of their incubator (the one of ?call= when it is open). */
export function render(main, { query, signal }) {
  const content = h('div', {}, loading());
  add(main, heading(t('new-application.title')), h('p', { class: 'intro', text: t('new-application.intro') }), content,
    h('p', {}, h('a', { href: '/founder/applications', text: t('common.back-applications') })));

  function showForm(calls) {
    const submit = h('button', { class: 'button', type: 'submit', text: t('new-application.submit') });
    const form = h('form', { class: 'panel form', novalidate: true }, callPicker(calls, query.get('call')), essentialFields(),
      submit);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearProblem(form);
      const callId = chosenCall(form);
      try {
        const { data } = await whileBusy(submit, t('common.saving'), () => api('/api/applications', { method: 'POST',
          body: { ...(callId ? { callId } : {}), ...essentialsOf(form), currency: 'EUR', answers: {}, team: [], needs: [] },
          signal }));
        navigate(`/founder/applications/${encodeURIComponent(data.id)}`, { replace: true, state: { reason: 'created' } });
      } catch (problem) {
        showProblem(form, problem);
      }
    });
    fill(content, form);
  }

  async function load() {
    try {
      const { data } = await api('/api/calls', { signal });
      showForm(data || []);
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
