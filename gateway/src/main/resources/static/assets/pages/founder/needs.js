import { fill, h, uniqueId } from '../../core/dom.js';
import { setStatus } from '../../core/forms.js';
import { t } from '../../core/i18n.js';

/** The API's limits (applications' Needs): ten tags of forty characters, letters, digits, spaces and - ' ’ & + / */
const MAX_TAGS = 10;
const MAX_LENGTH = 40;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} '’&+/-]*$/u;

/** A tag in the one form the API keeps it: composed accents, single spaces, lower case. */
export function normaliseTag(text) {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The needs as expertise tags: typed one at a time (Enter or the Add button), each shown with its own Remove
 * button. The Remove buttons are named needs[i], and the input needs, like the fields a refusal names.
 * changed() is called on every addition and removal, so that the draft saves itself.
 */
export function needsEditor(initial, changed) {
  let tags = [...initial];
  const inputId = uniqueId('needs');
  const list = h('ul', { class: 'tags', 'aria-labelledby': `${inputId}-title` });
  const input = h('input', { id: inputId, name: 'needs', type: 'text', maxlength: MAX_LENGTH, autocomplete: 'off',
    'aria-describedby': `${inputId}-hint` });
  const addButton = h('button', { type: 'button', class: 'button button-secondary', text: t('needs.add') });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });

  function draw() {
    fill(list, tags.map((tag, index) => h('li', { class: 'tag' },
      h('span', { text: tag }),
      h('button', { type: 'button', class: 'tag-remove', name: `needs[${index}]`, 'aria-label': t('needs.remove', { tag }),
        on: { click: () => remove(index) }, text: '×' }))));
    if (!tags.length) {
      list.append(h('li', { class: 'hint-text', text: t('needs.none') }));
    }
    const full = tags.length >= MAX_TAGS;
    input.disabled = full;
    addButton.disabled = full;
  }

  function remove(index) {
    const tag = tags[index];
    tags = tags.filter((unused, i) => i !== index);
    draw();
    setStatus(status, t('needs.removed', { tag }));
    const next = list.querySelectorAll('button')[Math.min(index, tags.length - 1)];
    (next || input).focus();
    changed();
  }

  function addTyped() {
    const tag = normaliseTag(input.value);
    if (!tag) {
      return;
    }
    if (tag.length > MAX_LENGTH || !TAG.test(tag)) {
      setStatus(status, t('needs.invalid'), 'error');
      return;
    }
    if (tags.includes(tag)) {
      setStatus(status, t('needs.duplicate', { tag }), 'error');
      input.value = '';
      return;
    }
    tags = [...tags, tag];
    input.value = '';
    draw();
    setStatus(status, t('needs.added', { tag, count: tags.length, max: MAX_TAGS }));
    (input.disabled ? list.querySelector('button') : input).focus();
    changed();
  }

  // Enter adds the tag rather than submitting the form; the input's own keystrokes are not a change of the draft
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addTyped();
    }
  });
  input.addEventListener('input', (event) => event.stopPropagation());
  input.addEventListener('change', (event) => event.stopPropagation());
  addButton.addEventListener('click', addTyped);

  draw();
  return {
    element: h('section', { class: 'needs', 'aria-labelledby': `${inputId}-title` },
      h('h2', { id: `${inputId}-title`, text: t('needs.title') }),
      list,
      h('div', { class: 'field' },
        h('label', { for: inputId, text: t('needs.input') }),
        h('p', { class: 'hint-text', id: `${inputId}-hint`, text: t('needs.hint', { max: MAX_TAGS }) }),
        h('div', { class: 'tag-input' }, input, addButton)),
      status),
    values: () => [...tags]
  };
}
