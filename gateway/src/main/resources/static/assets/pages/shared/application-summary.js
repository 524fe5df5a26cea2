import { h } from '../../core/dom.js';
import { formatDateTime, formatMoney, t } from '../../core/i18n.js';

export const SECTORS = ['CHEMISTRY', 'HEALTH', 'ENERGY', 'ENVIRONMENT', 'DIGITAL', 'INDUSTRY', 'AGRIFOOD', 'MATERIALS', 'OTHER'];
export const STAGES = ['IDEA', 'PROTOTYPE', 'MVP', 'REVENUE', 'SCALE'];
/** The questions every application answers, by the id the API keeps them under. */
export const QUESTIONS = ['motivation', 'needs'];

export function statusBadge(status) {
  return h('span', { class: `badge badge-${String(status).toLowerCase()}`, text: t(`application.status.${status}`) });
}

function entry(label, value) {
  return [h('dt', { text: label }), h('dd', { text: value === null || value === undefined || value === '' ? t('common.none') : value })];
}

/** An application as read, without editing: the founder's once submitted, and staff's. */
export function applicationSummary(application) {
  const answers = application.answers || {};
  return h('div', { class: 'panel' },
    h('h2', { text: application.startupName }),
    h('dl', { class: 'facts' },
      entry(t('application.status'), t(`application.status.${application.status}`)),
      entry(t('application.sector'), application.sector ? t(`sector.${application.sector}`) : null),
      entry(t('application.stage'), application.stage ? t(`stage.${application.stage}`) : null),
      entry(t('application.amount'), formatMoney(application.amountSoughtCents, application.currency)),
      entry(t('application.created-at'), formatDateTime(application.createdAt)),
      entry(t('application.submitted-at'), formatDateTime(application.submittedAt)),
      application.withdrawnAt ? entry(t('application.withdrawn-at'), formatDateTime(application.withdrawnAt)) : null,
      entry(t('needs.title'), (application.needs || []).join(', '))),
    h('h3', { text: t('application.summary') }),
    h('p', { class: 'long-text', text: application.summary }),
    // an application to a call answers the call's own questions, shown beside this summary
    (application.callId ? [] : QUESTIONS).map((question) => [h('h3', { text: t(`application.question.${question}`) }),
      h('p', { class: 'long-text', text: answers[question] || t('common.none') })]),
    h('h3', { text: t('application.team') }),
    (application.team || []).length
      ? h('ul', { class: 'team-list' }, application.team.map((member) => h('li', {},
        `${member.name} — ${member.email}${member.affiliation ? ` — ${member.affiliation}` : ''}`)))
      : h('p', { text: t('application.team.none') }));
}
