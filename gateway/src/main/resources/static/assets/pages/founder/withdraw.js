import { api } from '../../core/api.js';
import { fill, h } from '../../core/dom.js';
import { liveStatus, setStatus, whileBusy } from '../../core/forms.js';
import { t } from '../../core/i18n.js';

/**
 * The Withdraw action of an application, draft or submitted, asked twice: the first button shows what it means
 * and a confirmation, which does it. before() runs first (the draft saves what is waiting) and gives the version
 * the founder has; done(application) shows the withdrawn application; stale() reloads after a change elsewhere.
 */
export function withdrawSection({ path, signal, before, done, stale }) {
  const status = liveStatus();
  const area = h('div', {});
  const start = h('button', { type: 'button', class: 'button button-danger', text: t('withdraw.button') });

  function ask() {
    const question = h('p', { class: 'confirm-text', tabindex: '-1', text: t('withdraw.confirm-text') });
    const confirm = h('button', { type: 'button', class: 'button button-danger', text: t('withdraw.confirm') });
    const cancel = h('button', { type: 'button', class: 'button button-secondary', text: t('withdraw.cancel') });
    cancel.addEventListener('click', () => {
      fill(area, start);
      setStatus(status, '');
      start.focus();
    });
    confirm.addEventListener('click', () => withdraw(confirm));
    fill(area, h('div', { class: 'confirm', role: 'group', 'aria-label': t('withdraw.title') }, question,
      h('div', { class: 'toolbar' }, confirm, cancel)));
    question.focus();
  }

  async function withdraw(button) {
    try {
      const version = await before();
      if (version === false) {
        return;
      }
      const { data } = await whileBusy(button, t('withdraw.busy'),
        () => api(`${path}/withdraw`, { method: 'POST', ifMatch: version || undefined, signal }));
      window.dispatchEvent(new CustomEvent('pepiniere:unread-changed'));
      done(data);
    } catch (problem) {
      if (problem.status === 412) {
        stale();
        return;
      }
      setStatus(status, problem.explanation ? problem.explanation() : t('error.unexpected'), 'error');
    }
  }

  start.addEventListener('click', ask);
  fill(area, start);
  return h('section', { class: 'panel', 'aria-labelledby': 'withdraw-title' },
    h('h2', { id: 'withdraw-title', text: t('withdraw.title') }),
    h('p', { text: t('withdraw.warning') }),
    area, status);
}
