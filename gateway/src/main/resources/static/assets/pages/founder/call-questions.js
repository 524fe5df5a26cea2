import { h, uniqueId } from '../../core/dom.js';
import { field } from '../../core/forms.js';
import { localized, t } from '../../core/i18n.js';

/** The longest short text the API takes (AnswerRules.MAX_SHORT_TEXT). */
const MAX_SHORT_TEXT = 200;

/**
 * The controls of a call's questions. Each is named answers.<question id>, the field a refused submission names,
 * so that the refusal is shown beside it; a multiple choice is a group of boxes named by its fieldset.
 */
export function questionFields(questions, answers = {}) {
  return questions.map((question) => questionField(question, answers[question.id] || ''));
}

function questionField(question, answer) {
  const name = `answers.${question.id}`;
  const label = localized(question.label);
  switch (question.type) {
    case 'LONG_TEXT':
      return counted(field({ name, label, value: answer, required: question.required, rows: 5, maxlength: question.maxLength,
        hint: ' ' }), question.maxLength);
    case 'SHORT_TEXT':
      return counted(field({ name, label, value: answer, required: question.required, maxlength: MAX_SHORT_TEXT, hint: ' ' }),
        MAX_SHORT_TEXT);
    case 'NUMBER': {
      const wrapper = field({ name, label, type: 'number', value: answer, required: question.required, inputmode: 'decimal',
        hint: t('question.number-hint') });
      wrapper.querySelector('input').setAttribute('step', 'any');
      return wrapper;
    }
    case 'DATE':
      return field({ name, label, type: 'date', value: answer, required: question.required });
    case 'SINGLE_CHOICE':
      return field({ name, label, value: answer, required: question.required, options: [{ value: '', label: t('form.choose') },
        ...question.options.map((option) => ({ value: option.id, label: localized(option.label) }))] });
    case 'MULTIPLE_CHOICE':
      return choices(question, name, label, answer);
    default:
      return field({ name, label, value: answer, required: question.required });
  }
}

/** A text control whose hint counts the characters typed against the limit. */
function counted(wrapper, max) {
  const control = wrapper.querySelector('input, textarea');
  const counter = wrapper.querySelector('.hint-text');
  counter.classList.add('counter');
  const update = () => { counter.textContent = t('question.counter', { count: control.value.length, max }); };
  control.addEventListener('input', update);
  update();
  return wrapper;
}

function choices(question, name, label, answer) {
  const chosen = new Set(answer.split(',').map((id) => id.trim()).filter(Boolean));
  const legend = label + (question.required ? ` ${t('form.required-mark')}` : '');
  return h('fieldset', { class: 'field choices', name, tabindex: '-1', 'data-question': question.id },
    h('legend', { text: legend }),
    h('p', { class: 'hint-text', text: t('question.choices-hint') }),
    question.options.map((option) => {
      const id = uniqueId('choice');
      return h('div', { class: 'field-check' },
        h('input', { type: 'checkbox', id, value: option.id, checked: chosen.has(option.id), 'data-choice-of': question.id }),
        h('label', { for: id, text: localized(option.label) }));
    }));
}

/** The answers to send: the call's questions from the form, over what the draft held (other keys stay). */
export function answersOf(form, questions, previous = {}) {
  const answers = { ...previous };
  questions.forEach((question) => {
    let value;
    if (question.type === 'MULTIPLE_CHOICE') {
      value = Array.from(form.querySelectorAll(`input[data-choice-of="${CSS.escape(question.id)}"]:checked`))
        .map((box) => box.value).join(',');
    } else {
      const control = Array.from(form.elements).find((element) => element.name === `answers.${question.id}`);
      value = control ? control.value.trim() : '';
    }
    if (value) {
      answers[question.id] = value;
    } else {
      delete answers[question.id];
    }
  });
  return answers;
}

/** The call's questions and their answers, as read once submitted. */
export function answersSummary(questions, answers = {}) {
  return h('div', { class: 'panel' },
    h('h2', { text: t('question.answers-title') }),
    h('dl', { class: 'facts' }, questions.map((question) => [
      h('dt', { text: localized(question.label) }),
      h('dd', { class: 'long-text', text: answerText(question, answers[question.id]) })])));
}

function answerText(question, answer) {
  if (!answer) {
    return t('common.none');
  }
  if (question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE') {
    return answer.split(',').map((id) => {
      const option = question.options.find((o) => o.id === id.trim());
      return option ? localized(option.label) : id;
    }).join(', ');
  }
  return answer;
}
