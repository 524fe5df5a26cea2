import { Aborted, Problem } from './api.js';
import { h, uniqueId } from './dom.js';
import { t } from './i18n.js';

/**
 * A labelled input, select or textarea with room for a hint and an error. The control's name is the API's
 * field name (team[0].email...), so that a problem's errors[].field finds it.
 */
export function field({ name, label, type = 'text', value = '', required = false, hint, options, rows, autocomplete,
  inputmode, maxlength, placeholder }) {
  const id = uniqueId('field');
  const hintId = hint ? `${id}-hint` : null;
  let control;
  if (options) {
    control = h('select', { id, name, required },
      options.map((option) => h('option', { value: option.value, selected: option.value === value, text: option.label })));
  } else if (rows) {
    control = h('textarea', { id, name, rows, required, maxlength, placeholder });
    control.value = value || '';
  } else {
    control = h('input', { id, name, type, required, autocomplete, inputmode, maxlength, placeholder });
    control.value = value === null || value === undefined ? '' : value;
  }
  if (hintId) {
    control.setAttribute('aria-describedby', hintId);
  }
  return h('div', { class: 'field' },
    h('label', { for: id, text: label + (required ? ` ${t('form.required-mark')}` : '') }),
    hint ? h('p', { class: 'hint-text', id: hintId, text: hint }) : null,
    control);
}

/** A status line read out politely by screen readers when it changes. */
export function liveStatus(className = 'status') {
  return h('p', { class: className, role: 'status', 'aria-live': 'polite' });
}

export function setStatus(element, text, kind) {
  element.textContent = text || '';
  element.classList.toggle('error', kind === 'error');
  element.classList.toggle('success', kind === 'success');
}

function describedBy(control) {
  return (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
}

export function clearProblem(form) {
  form.querySelectorAll('.field-error').forEach((error) => {
    const control = form.querySelector(`[aria-describedby~="${error.id}"]`);
    if (control) {
      control.removeAttribute('aria-invalid');
      const rest = describedBy(control).filter((id) => id !== error.id);
      if (rest.length) {
        control.setAttribute('aria-describedby', rest.join(' '));
      } else {
        control.removeAttribute('aria-describedby');
      }
    }
    error.remove();
  });
  form.querySelectorAll('.problem-summary').forEach((summary) => summary.remove());
}

function controlFor(form, fieldName) {
  return Array.from(form.elements).find((control) => control.name === fieldName) || null;
}

/**
 * Shows a problem on a form: each errors[] entry next to the control of the same name (aria-invalid,
 * aria-describedby), everything else in an alert at the top of the form. fieldOf maps a problem without
 * errors[] (a slug) to a field name. Focus goes to the first control in error, or to the alert, unless
 * the person is still typing elsewhere (moveFocus false: the form saves itself).
 */
export function showProblem(form, shown, { fieldOf, moveFocus = true } = {}) {
  if (shown instanceof Aborted) {
    return;
  }
  const problem = shown instanceof Problem ? shown : new Problem(-1, { detail: t('error.unexpected') });
  clearProblem(form);
  const placed = [];
  const unplaced = [];
  const errors = problem.errors.length ? problem.errors
    : (fieldOf && fieldOf(problem) ? [{ field: fieldOf(problem), reason: problem.explanation() }] : []);
  for (const error of errors) {
    const control = controlFor(form, error.field);
    if (!control) {
      unplaced.push(error);
      continue;
    }
    const errorId = uniqueId('error');
    const message = h('p', { class: 'field-error', id: errorId, text: error.reason });
    control.insertAdjacentElement('afterend', message);
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', [...describedBy(control), errorId].join(' '));
    placed.push(control);
  }
  if (!placed.length || unplaced.length) {
    const summary = h('div', { class: 'problem-summary', role: 'alert', tabindex: '-1' },
      h('p', { text: problem.errors.length && placed.length ? t('form.other-problems') : problem.explanation() }),
      unplaced.length ? h('ul', {}, unplaced.map((error) => h('li', { text: `${error.field} : ${error.reason}` }))) : null);
    form.prepend(summary);
    if (!placed.length) {
      if (moveFocus) {
        summary.focus();
      }
      return;
    }
  }
  if (moveFocus) {
    placed[0].focus();
  }
}

/** A problem found before asking the API, shown the same way. */
export function localProblem(errors) {
  return new Problem(400, { detail: t('form.other-problems'), errors });
}

/** A button that says what it is doing while a request runs, and cannot be pressed twice meanwhile. */
export async function whileBusy(button, busyText, work) {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = busyText;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}
