import { api } from '../../core/api.js';
import { fill, h, uniqueId } from '../../core/dom.js';
import { formatDateTime, localized, t } from '../../core/i18n.js';
import { loading } from '../../core/router.js';
import { loadFailed } from '../shared/states.js';

/**
 * The founder's consent, per partner bank of the incubator, to share the start-up's name and the amount sought with
 * that bank when the application is decided. Each switch saves at once and says so; a failed save puts it back.
 */
export function consentsSection(applicationId, { signal }) {
  const path = `/api/applications/${encodeURIComponent(applicationId)}/consents`;
  const list = h('div', {}, loading());

  function changedText(bank) {
    if (!bank.changedAt) {
      return t('consents.never');
    }
    return t(bank.granted ? 'consents.granted-at' : 'consents.withdrawn-at', { at: formatDateTime(bank.changedAt) });
  }

  function row(bank) {
    const id = uniqueId('consent');
    const status = h('p', { class: 'status', id: `${id}-status`, role: 'status', 'aria-live': 'polite', text: changedText(bank) });
    const box = h('input', { type: 'checkbox', id, role: 'switch', checked: bank.granted, 'aria-describedby': `${id}-status`,
      'data-bank': bank.bankId });
    box.addEventListener('change', async () => {
      const granted = box.checked;
      box.disabled = true;
      status.classList.remove('error', 'success');
      status.textContent = t('common.saving');
      try {
        const { data } = await api(`${path}/${encodeURIComponent(bank.bankId)}`, { method: 'PUT', signal, body: { granted } });
        const saved = data.find((candidate) => candidate.bankId === bank.bankId) || { ...bank, granted };
        box.checked = saved.granted;
        status.textContent = `${t(saved.granted ? 'consents.saved-granted' : 'consents.saved-withdrawn')} ${changedText(saved)}`;
        status.classList.add('success');
      } catch (problem) {
        box.checked = !granted;
        status.textContent = problem.explanation ? problem.explanation() : t('error.unexpected');
        status.classList.add('error');
      } finally {
        box.disabled = false;
      }
    });
    const description = localized(bank.description);
    return h('li', { class: 'consent' },
      h('div', { class: 'choice' }, box, h('label', { for: id, text: t('consents.share-with', { bank: bank.name }) })),
      description ? h('p', { class: 'hint-text', text: description }) : null,
      status);
  }

  async function load() {
    try {
      const { data } = await api(path, { signal });
      fill(list, data.length ? h('ul', { class: 'plain-list' }, data.map(row)) : h('p', { text: t('consents.no-banks') }));
    } catch (problem) {
      loadFailed(list, problem, load);
    }
  }

  load();
  return h('section', { class: 'panel consents', 'aria-labelledby': 'consents-title' },
    h('h2', { id: 'consents-title', text: t('consents.title') }),
    h('p', { text: t('consents.what') }),
    h('p', { text: t('consents.without') }),
    list);
}
