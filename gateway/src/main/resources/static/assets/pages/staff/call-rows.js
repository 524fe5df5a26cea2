import { add, fill, h } from '../../core/dom.js';

/**
 * Rows to add and remove, as the team editor does: each row is a fieldset whose controls are named like the API's
 * fields (criteria[0].weight...), so that a refusal finds them; removing a row renumbers those after it.
 * row(value, index) draws one row's controls, read(fieldset) gives its value back.
 */
export function rowsEditor({ id, title, hint, addText, removeText, legend, emptyText, blank, row, read }, values) {
  const rows = h('div', { class: 'row-editor' });
  const addButton = h('button', { type: 'button', class: 'button button-secondary', text: addText });

  function current() {
    return Array.from(rows.querySelectorAll(':scope > fieldset')).map(read);
  }

  function fieldset(value, index) {
    const remove = h('button', { type: 'button', class: 'button button-secondary button-small', text: removeText(index + 1) });
    remove.addEventListener('click', () => {
      const kept = current().filter((unused, i) => i !== index);
      draw(kept);
      (rows.querySelectorAll(':scope > fieldset > button')[Math.min(index, kept.length - 1)] || addButton).focus();
    });
    return h('fieldset', {}, h('legend', { text: legend(index + 1) }), row(value, index), remove);
  }

  function draw(list) {
    fill(rows, ...list.map(fieldset));
    if (!list.length) {
      add(rows, h('p', { class: 'hint-text', text: emptyText }));
    }
  }

  addButton.addEventListener('click', () => {
    const list = [...current(), blank()];
    draw(list);
    rows.querySelectorAll(':scope > fieldset')[list.length - 1].querySelector('input, select, textarea').focus();
  });

  draw(values);
  return {
    element: h('section', { 'aria-labelledby': id }, h('h2', { id, text: title }), h('p', { class: 'hint-text', text: hint }),
      rows, addButton),
    values: current
  };
}
