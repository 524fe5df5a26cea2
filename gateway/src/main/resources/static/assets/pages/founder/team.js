import { add, fill, h } from '../../core/dom.js';
import { field } from '../../core/forms.js';
import { t } from '../../core/i18n.js';

/**
 * The team members' rows, numbered from 1. Controls are named team[i].name... like the API's fields, so a
 * refusal finds them; adding or removing a row renumbers them and calls changed().
 */
export function teamEditor(members, changed) {
  const rows = h('div', { class: 'team-rows' });
  // named "team" like the field a refused submission names when nobody is listed yet
  const addButton = h('button', { type: 'button', class: 'button button-secondary', name: 'team', text: t('team.add') });

  function values() {
    return Array.from(rows.querySelectorAll('fieldset')).map((row) => ({
      name: row.querySelector('[data-part="name"]').value.trim(),
      email: row.querySelector('[data-part="email"]').value.trim(),
      affiliation: row.querySelector('[data-part="affiliation"]').value.trim()
    }));
  }

  function row(member, index) {
    const parts = [
      field({ name: `team[${index}].name`, label: t('team.name'), value: member.name, required: true, maxlength: 120 }),
      field({ name: `team[${index}].email`, label: t('team.email'), type: 'email', value: member.email, required: true,
        maxlength: 254 }),
      field({ name: `team[${index}].affiliation`, label: t('team.affiliation'), value: member.affiliation, maxlength: 120 })
    ];
    ['name', 'email', 'affiliation'].forEach((part, i) => { parts[i].querySelector('input').dataset.part = part; });
    const remove = h('button', { type: 'button', class: 'button button-secondary button-small',
      text: t('team.remove', { n: index + 1 }) });
    remove.addEventListener('click', () => {
      const kept = values().filter((unused, i) => i !== index);
      draw(kept);
      (rows.querySelectorAll('fieldset button')[Math.min(index, kept.length - 1)] || addButton).focus();
      changed();
    });
    return h('fieldset', { class: 'team-member' }, h('legend', { text: t('team.member', { n: index + 1 }) }), parts, remove);
  }

  function draw(list) {
    fill(rows, ...list.map(row));
    if (!list.length) {
      add(rows, h('p', { class: 'hint-text', text: t('application.team.none') }));
    }
  }

  addButton.addEventListener('click', () => {
    const list = [...values(), { name: '', email: '', affiliation: '' }];
    draw(list);
    rows.querySelectorAll('fieldset')[list.length - 1].querySelector('input').focus();
  });

  draw(members);
  return {
    element: h('section', { class: 'team', 'aria-labelledby': 'team-title' },
      h('h2', { id: 'team-title', text: t('application.team') }), h('p', { class: 'hint-text', text: t('team.hint') }), rows, addButton),
    /** The members to send: rows left entirely empty are not members yet. positions[i] is member i's row. */
    members() {
      const all = values();
      const positions = [];
      const members = [];
      all.forEach((member, i) => {
        if (member.name || member.email || member.affiliation) {
          positions.push(i);
          members.push({ ...member, affiliation: member.affiliation || null });
        }
      });
      return { members, positions };
    }
  };
}
