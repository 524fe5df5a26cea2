import { h } from '../../core/dom.js';
import { formatDateTime, formatNumber, localized, t } from '../../core/i18n.js';

export function callStatusBadge(status) {
  return h('span', { class: `badge badge-${String(status).toLowerCase()}`, text: t(`call.status.${status}`) });
}

export function programmeText(programme) {
  if (!programme) {
    return '';
  }
  return programme.kind === 'ACCELERATION'
    ? t('call.programme.acceleration-track', { track: programme.track })
    : t('call.programme.INCUBATION');
}

function entry(label, value) {
  return [h('dt', { text: label }), h('dd', { text: value === null || value === undefined || value === '' ? t('common.none') : value })];
}

function question(q) {
  const type = t(`call.question-type.${q.type}`) + (q.maxLength ? ` — ${t('call.max-length', { max: q.maxLength })}` : '');
  return h('li', {},
    h('strong', { text: localized(q.label) }), ' ',
    h('span', { class: 'meta', text: `(${type}${q.required ? `, ${t('call.required')}` : ''})` }),
    q.options && q.options.length ? h('ul', {}, q.options.map((option) => h('li', { text: localized(option.label) }))) : null);
}

/** A call as read: what a founder needs before applying, and for staff the grid jurors will score. */
export function callSummary(call) {
  return h('div', { class: 'panel' },
    h('h2', { text: localized(call.title) }),
    h('p', { class: 'long-text', text: localized(call.description) }),
    h('dl', { class: 'facts' },
      entry(t('call.status'), t(`call.status.${call.status}`)),
      entry(t('call.programme'), programmeText(call.programme)),
      entry(t('call.opens-at'), formatDateTime(call.opensAt)),
      entry(t('call.closes-at'), formatDateTime(call.closesAt)),
      entry(t('call.review-deadline'), formatDateTime(call.reviewDeadline)),
      entry(t('call.seats'), formatNumber(call.seats)),
      entry(t('call.reviews-per-application'), formatNumber(call.reviewsPerApplication)),
      entry(t('call.blind-review'), call.blindReview ? t('call.blind-review.yes') : t('call.blind-review.no'))),
    h('h3', { text: t('call.criteria') }),
    call.criteria.length
      ? h('ul', {}, call.criteria.map((c) => h('li', { text: t('call.criterion-line',
        { name: localized(c.name), weight: c.weight, min: c.scaleMin, max: c.scaleMax }) })))
      : h('p', { text: t('call.criteria.none') }),
    h('h3', { text: t('call.questions') }),
    call.questions.length ? h('ul', {}, call.questions.map(question)) : h('p', { text: t('call.questions.none') }));
}
