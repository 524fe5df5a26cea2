import { h } from '../../core/dom.js';
import { field } from '../../core/forms.js';
import { t } from '../../core/i18n.js';
import { QUESTIONS, SECTORS, STAGES } from '../shared/application-summary.js';

function choices(values, prefix) {
  return [{ value: '', label: t('form.choose') }, ...values.map((value) => ({ value, label: t(`${prefix}.${value}`) }))];
}

/** The fields every draft has; a new draft starts with these four. */
export function essentialFields(application = {}) {
  return [
    field({ name: 'startupName', label: t('application.startup-name'), value: application.startupName, required: true,
      maxlength: 120, autocomplete: 'organization' }),
    field({ name: 'sector', label: t('application.sector'), value: application.sector || '', required: true,
      options: choices(SECTORS, 'sector') }),
    field({ name: 'stage', label: t('application.stage'), value: application.stage || '', required: true,
      options: choices(STAGES, 'stage') }),
    field({ name: 'summary', label: t('application.summary'), value: application.summary, required: true, rows: 5,
      maxlength: 4000, hint: t('application.summary-hint') })
  ];
}

/** The amount sought, and the general questions of an application that answers no call (a call asks its own). */
export function moreFields(application, { generalQuestions = true } = {}) {
  const amount = application.amountSoughtCents === null || application.amountSoughtCents === undefined
    ? '' : String(application.amountSoughtCents / 100);
  const answers = application.answers || {};
  return [
    field({ name: 'amountSoughtCents', label: t('application.amount-euros'), value: amount, inputmode: 'decimal',
      hint: t('application.amount-hint') }),
    ...(generalQuestions ? QUESTIONS : []).map((question) => field({ name: `answers[${question}]`, label: t(`application.question.${question}`),
      value: answers[question], rows: 4, maxlength: 4000 }))
  ];
}

/** Euros as typed ("150 000,50") to cents; undefined when it is not an amount. */
export function centsOf(text) {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (cleaned === '') {
    return null;
  }
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) {
    return undefined;
  }
  return Math.round(Number(cleaned) * 100);
}

export function essentialsOf(form) {
  return {
    startupName: form.startupName.value.trim(),
    sector: form.sector.value || null,
    stage: form.stage.value || null,
    summary: form.summary.value.trim()
  };
}

export function sectionHeading(text) {
  return h('h2', { text });
}
