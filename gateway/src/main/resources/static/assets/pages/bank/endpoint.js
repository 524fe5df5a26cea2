import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { formatDateTime, formatNumber, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { emptyState, loadFailed } from '../shared/states.js';
import { eventNames } from './endpoints.js';

function attemptsTable(attempts, caption) {
  return h('table', { class: 'attempts' },
    h('caption', { class: 'visually-hidden', text: caption }),
    h('thead', {}, h('tr', {},
      ['deliveries.attempt', 'deliveries.at', 'deliveries.http-status', 'deliveries.duration']
        .map((key) => h('th', { scope: 'col', text: t(key) })))),
    h('tbody', {}, attempts.map((attempt, index) => h('tr', {},
      h('td', { text: String(index + 1) }),
      h('td', {}, h('time', { datetime: attempt.at, text: formatDateTime(attempt.at) })),
      h('td', { class: attempt.httpStatus >= 200 && attempt.httpStatus < 300 ? 'ok' : 'ko',
        text: attempt.httpStatus ? String(attempt.httpStatus) : t('deliveries.no-answer', { error: attempt.error || '' }) }),
      h('td', { text: t('deliveries.millis', { ms: formatNumber(attempt.durationMillis) }) })))));
}

function delivery(entry) {
  const title = `${eventNames([entry.eventType])} — ${formatDateTime(entry.createdAt)}`;
  return h('li', { class: 'panel row-item' },
    h('h2', { text: title }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('deliveries.status') }),
      h('dd', {}, h('span', { class: `badge badge-${entry.status.toLowerCase()}`, text: t(`delivery.status.${entry.status}`) })),
      h('dt', { text: t('deliveries.event-id') }), h('dd', {}, h('code', { text: entry.eventId })),
      entry.nextAttemptAt ? [h('dt', { text: t('deliveries.next-attempt') }),
        h('dd', {}, h('time', { datetime: entry.nextAttemptAt, text: formatDateTime(entry.nextAttemptAt) }))] : null),
    entry.attempts.length ? attemptsTable(entry.attempts, t('deliveries.attempts-of', { title }))
      : h('p', { class: 'meta', text: t('deliveries.no-attempt') }));
}

export function render(main, { params, signal }) {
  const id = encodeURIComponent(params.id);
  const about = h('p', { class: 'intro' });
  const content = h('div', {}, loading());
  const refresh = h('button', { type: 'button', class: 'button button-secondary', text: t('deliveries.refresh') });
  add(main, heading(t('deliveries.title')), about, h('div', { class: 'toolbar' }, refresh), content,
    h('p', {}, h('a', { href: '/bank/endpoints', text: t('common.back-endpoints') })));

  async function load() {
    fill(content, loading());
    try {
      const [endpoints, deliveries] = await Promise.all([
        api('/api/webhooks/endpoints', { signal }), api(`/api/webhooks/endpoints/${id}/deliveries`, { signal })]);
      const endpoint = (endpoints.data || []).find((candidate) => candidate.id === params.id);
      about.textContent = endpoint ? t('deliveries.of', { url: endpoint.url }) : t('deliveries.of-removed');
      fill(content, deliveries.data.length
        ? h('ul', { class: 'plain-list' }, deliveries.data.map(delivery))
        : emptyState(t('deliveries.empty')));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  refresh.addEventListener('click', load);
  load();
}
