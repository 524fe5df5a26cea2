import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { clearProblem, liveStatus, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { callStatusBadge, callSummary } from '../calls/call-summary.js';
import { loadFailed } from '../shared/states.js';
import { callForm } from './call-form.js';

/** A call of the incubator: a draft is edited (at the version read: If-Match) and opened; an open call is closed. */
export function render(main, { params, signal, state }) {
  const path = `/api/calls/${encodeURIComponent(params.id)}`;
  const content = h('div', {}, loading());
  const status = liveStatus();
  add(main, heading(t('staff.call.title')), status, content, h('p', {}, h('a', { href: '/staff/calls', text: t('staff.call.back') })));
  if (state.reason === 'created') {
    setStatus(status, t('staff.call.created'), 'success');
  }

  async function act(button, busyText, work, doneText, where) {
    clearProblem(where);
    try {
      const { data, etag } = await whileBusy(button, busyText, work);
      show(data, etag);
      setStatus(status, doneText, 'success');
    } catch (problem) {
      showProblem(where, problem);
    }
  }

  function show(call, etag) {
    const header = h('p', { class: 'meta' }, callStatusBadge(call.status));
    if (call.status !== 'DRAFT') {
      // a form, so that a refusal shows in it as on every form of the portal
      const actions = h('form', { class: 'actions', novalidate: true });
      if (call.status === 'OPEN') {
        const close = h('button', { type: 'button', class: 'button', text: t('staff.call.close') });
        close.addEventListener('click', () => act(close, t('staff.call.closing'),
          () => api(`${path}/close`, { method: 'POST', ifMatch: etag, signal }), t('staff.call.closed'), actions));
        add(actions, close);
      }
      const jury = h('p', { class: 'actions' }, h('a', { href: `/staff/calls/${encodeURIComponent(call.id)}/jury`, text: t('staff.call.jury') }),
        h('a', { href: `/staff/calls/${encodeURIComponent(call.id)}/assignment`, text: t('staff.call.assignment') }),
        h('a', { href: `/staff/calls/${encodeURIComponent(call.id)}/ranking`, text: t('staff.call.ranking') }),
        h('a', { href: `/staff/calls/${encodeURIComponent(call.id)}/decisions`, text: t('staff.call.decisions') }));
      fill(content, header, actions, jury, callSummary(call));
      return;
    }
    const form = callForm(call);
    const save = h('button', { class: 'button', type: 'submit', text: t('staff.call.save') });
    const open = h('button', { class: 'button button-secondary', type: 'button', text: t('staff.call.open') });
    const element = h('form', { class: 'panel form', novalidate: true }, form.elements, h('p', { class: 'actions' }, save, open),
      h('p', { class: 'hint-text', text: t('staff.call.open.hint') }));
    element.addEventListener('submit', (event) => {
      event.preventDefault();
      act(save, t('common.saving'), () => api(path, { method: 'PUT', body: form.values(element), ifMatch: etag, signal }),
        t('staff.call.saved'), element);
    });
    open.addEventListener('click', () => act(open, t('staff.call.opening'),
      () => api(`${path}/open`, { method: 'POST', ifMatch: etag, signal }), t('staff.call.opened'), element));
    fill(content, header, element);
  }

  async function load() {
    try {
      const { data, etag } = await api(path, { signal });
      show(data, etag);
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
