import { h, uniqueId } from '../../core/dom.js';
import { field } from '../../core/forms.js';
import { fromParisInput, t, toParisInput } from '../../core/i18n.js';
import { rowsEditor } from './call-rows.js';

export const QUESTION_TYPES = ['SHORT_TEXT', 'LONG_TEXT', 'NUMBER', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'DATE'];
const KINDS = ['INCUBATION', 'ACCELERATION'];

function checkbox(name, label, checked) {
  const id = uniqueId('field');
  return h('div', { class: 'field-check' }, h('input', { id, name, type: 'checkbox', checked }), h('label', { for: id, text: label }));
}

function bilingual(name, label, value, { rows, maxlength, required = true } = {}) {
  return [
    field({ name: `${name}.fr`, label: `${label} (${t('call-form.in-french')})`, value: value ? value.fr : '', rows, maxlength, required }),
    field({ name: `${name}.en`, label: `${label} (${t('call-form.in-english')})`, value: value ? value.en : '', rows, maxlength, required })
  ];
}

function named(fieldset, suffix) {
  return Array.from(fieldset.elements).find((control) => control.name.endsWith(suffix));
}

function number(value) {
  return value === '' ? null : Number(value);
}

function criteriaEditor(criteria) {
  return rowsEditor({
    id: uniqueId('criteria'), title: t('call.criteria'), hint: t('call-form.criteria.hint'), addText: t('call-form.criteria.add'),
    removeText: (n) => t('call-form.criteria.remove', { n }), legend: (n) => t('call-form.criterion', { n }),
    emptyText: t('call.criteria.none'),
    blank: () => ({ id: '', name: { fr: '', en: '' }, weight: 1, scaleMin: 0, scaleMax: 5 }),
    row: (c, i) => [
      field({ name: `criteria[${i}].id`, label: t('call-form.id'), value: c.id, required: true, maxlength: 64,
        hint: t('call-form.id.hint') }),
      bilingual(`criteria[${i}].name`, t('call-form.criterion.name'), c.name, { maxlength: 200 }),
      field({ name: `criteria[${i}].weight`, label: t('call-form.criterion.weight'), type: 'number', value: c.weight, required: true }),
      field({ name: `criteria[${i}].scaleMin`, label: t('call-form.criterion.scale-min'), type: 'number', value: c.scaleMin, required: true }),
      field({ name: `criteria[${i}].scaleMax`, label: t('call-form.criterion.scale-max'), type: 'number', value: c.scaleMax, required: true })],
    read: (row) => ({ id: named(row, '.id').value.trim(), name: { fr: named(row, '.name.fr').value, en: named(row, '.name.en').value },
      weight: number(named(row, '.weight').value), scaleMin: number(named(row, '.scaleMin').value),
      scaleMax: number(named(row, '.scaleMax').value) })
  }, criteria);
}

/** Options are written one a line, "French label | English label"; their ids are their positions. */
function optionsText(options) {
  return (options || []).map((option) => `${option.label.fr} | ${option.label.en}`).join('\n');
}

function optionsOf(text) {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map((line, i) => {
    const [fr, en] = line.split('|').map((part) => part.trim());
    return { id: `o${i + 1}`, label: { fr, en: en || fr } };
  });
}

function questionsEditor(questions) {
  return rowsEditor({
    id: uniqueId('questions'), title: t('call.questions'), hint: t('call-form.questions.hint'), addText: t('call-form.questions.add'),
    removeText: (n) => t('call-form.questions.remove', { n }), legend: (n) => t('call-form.question', { n }),
    emptyText: t('call.questions.none'),
    blank: () => ({ id: '', label: { fr: '', en: '' }, type: 'SHORT_TEXT', required: false, maxLength: null, options: [] }),
    row: (q, i) => [
      field({ name: `questions[${i}].id`, label: t('call-form.id'), value: q.id, required: true, maxlength: 64,
        hint: t('call-form.id.hint') }),
      bilingual(`questions[${i}].label`, t('call-form.question.label'), q.label, { maxlength: 500 }),
      field({ name: `questions[${i}].type`, label: t('call-form.question.type'), value: q.type,
        options: QUESTION_TYPES.map((type) => ({ value: type, label: t(`call.question-type.${type}`) })) }),
      field({ name: `questions[${i}].maxLength`, label: t('call-form.question.max-length'), type: 'number', value: q.maxLength,
        hint: t('call-form.question.max-length.hint') }),
      field({ name: `questions[${i}].options`, label: t('call-form.question.options'), rows: 3, value: optionsText(q.options),
        hint: t('call-form.question.options.hint') }),
      checkbox(`questions[${i}].required`, t('call-form.question.required'), q.required)],
    read: (row) => {
      const type = named(row, '.type').value;
      const choice = type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';
      return { id: named(row, '.id').value.trim(), label: { fr: named(row, '.label.fr').value, en: named(row, '.label.en').value },
        type, required: named(row, '.required').checked, maxLength: type === 'LONG_TEXT' ? number(named(row, '.maxLength').value) : null,
        options: choice ? optionsOf(named(row, '.options').value) : [] };
    }
  }, questions);
}

/** The controls of a call, named as the API names its fields; values() gives the body to send. */
export function callForm(call) {
  const c = call || { programme: { kind: 'INCUBATION' }, seats: 10, reviewsPerApplication: 3, criteria: [], questions: [] };
  const criteria = criteriaEditor(c.criteria);
  const questions = questionsEditor(c.questions);
  const general = h('div', {},
    bilingual('title', t('call.title-field'), c.title, { maxlength: 200 }),
    bilingual('description', t('call.description'), c.description, { rows: 5, maxlength: 10000 }),
    field({ name: 'opensAt', label: t('call.opens-at'), type: 'datetime-local', value: toParisInput(c.opensAt), required: true,
      hint: t('call-form.paris-time') }),
    field({ name: 'closesAt', label: t('call.closes-at'), type: 'datetime-local', value: toParisInput(c.closesAt), required: true,
      hint: t('call-form.paris-time') }),
    field({ name: 'reviewDeadline', label: t('call.review-deadline'), type: 'datetime-local', value: toParisInput(c.reviewDeadline),
      required: true, hint: t('call-form.paris-time') }),
    field({ name: 'seats', label: t('call.seats'), type: 'number', value: c.seats, required: true }),
    field({ name: 'reviewsPerApplication', label: t('call.reviews-per-application'), type: 'number', value: c.reviewsPerApplication,
      required: true, hint: t('call-form.reviews.hint') }),
    field({ name: 'programme.kind', label: t('call.programme'), value: c.programme.kind,
      options: KINDS.map((kind) => ({ value: kind, label: t(`call.programme.${kind}`) })) }),
    field({ name: 'programme.track', label: t('call-form.track'), value: c.programme.track || '', maxlength: 120,
      hint: t('call-form.track.hint') }),
    checkbox('blindReview', t('call-form.blind-review'), c.blindReview));
  return {
    elements: [general, criteria.element, questions.element],
    values(form) {
      const value = (name) => form.elements.namedItem(name).value;
      const track = value('programme.track').trim();
      return {
        title: { fr: value('title.fr'), en: value('title.en') },
        description: { fr: value('description.fr'), en: value('description.en') },
        opensAt: fromParisInput(value('opensAt')),
        closesAt: fromParisInput(value('closesAt')),
        reviewDeadline: fromParisInput(value('reviewDeadline')),
        seats: number(value('seats')),
        reviewsPerApplication: number(value('reviewsPerApplication')),
        programme: { kind: value('programme.kind'), track: track || null },
        blindReview: form.elements.namedItem('blindReview').checked,
        criteria: criteria.values(),
        questions: questions.values()
      };
    }
  };
}
