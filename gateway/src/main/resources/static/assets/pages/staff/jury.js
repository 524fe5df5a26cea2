import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { clearProblem, field, liveStatus, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { loadFailed } from '../shared/states.js';
import { rowsEditor } from './call-rows.js';

function tags(text) {
  return String(text || '').split(',').map((tag) => tag.trim()).filter(Boolean);
}

/**
 * A call's jury pool: staff pick jurors among those known to Pépinière (a juror becomes known by opening their juror
 * space once), and give each expertise tags and an affiliation. Conflicts are the jurors' own: shown, not edited.
 */
export function render(main, { params, signal }) {
  const callPath = `/staff/calls/${encodeURIComponent(params.id)}`;
  const path = `/api/calls/${encodeURIComponent(params.id)}/jury`;
  const content = h('div', {}, loading());
  const status = liveStatus();
  add(main, heading(t('staff.jury.title')), status, content,
    h('p', { class: 'actions' }, h('a', { href: `${callPath}/assignment`, text: t('staff.jury.to-assignment') }),
      h('a', { href: callPath, text: t('staff.jury.back') })));

  function show(pool, etag, known) {
    let version = etag;
    const byId = new Map(known.map((juror) => [juror.jurorId, juror]));
    pool.members.forEach((member) => byId.set(member.jurorId, byId.get(member.jurorId) || member));
    const choices = [{ value: '', label: t('staff.jury.pick') }, ...Array.from(byId.values())
      .map((juror) => ({ value: juror.jurorId, label: juror.email ? `${juror.displayName} (${juror.email})` : juror.displayName }))];
    const conflicts = new Map(pool.members.map((member) => [member.jurorId, member]));
    const editor = rowsEditor({
      id: 'jury-members',
      title: t('staff.jury.members'),
      hint: known.length ? t('staff.jury.members.hint') : t('staff.jury.none-known'),
      addText: t('staff.jury.add'),
      removeText: (n) => t('staff.jury.remove', { n }),
      legend: (n) => t('staff.jury.member', { n }),
      emptyText: t('staff.jury.empty'),
      blank: () => ({ jurorId: '', displayName: '', expertise: [], affiliation: '' }),
      row: (member, i) => {
        const declared = conflicts.get(member.jurorId);
        const select = field({ name: `members[${i}].jurorId`, label: t('staff.jury.juror'), options: choices, value: member.jurorId,
          required: true });
        const name = field({ name: `members[${i}].displayName`, label: t('staff.jury.display-name'), value: member.displayName,
          required: true, maxlength: 120 });
        select.querySelector('select').addEventListener('change', (event) => {
          const chosen = byId.get(event.target.value);
          if (chosen) {
            name.querySelector('input').value = chosen.displayName;
          }
        });
        return [select, name,
          field({ name: `members[${i}].expertise`, label: t('staff.jury.expertise'), hint: t('staff.jury.expertise.hint'),
            value: (member.expertise || []).join(', ') }),
          field({ name: `members[${i}].affiliation`, label: t('staff.jury.affiliation'), value: member.affiliation || '',
            maxlength: 120 }),
          declared && (declared.conflictingApplications.length || declared.conflictingOrganisations.length)
            ? h('p', { class: 'hint-text', text: t('staff.jury.conflicts', {
              applications: declared.conflictingApplications.length,
              organisations: declared.conflictingOrganisations.join(', ') || t('common.none') }) })
            : null];
      },
      read: (fieldset) => {
        const value = (suffix) => fieldset.querySelector(`[name$="${suffix}"]`).value;
        const jurorId = value('.jurorId');
        return { jurorId, displayName: value('.displayName').trim(), expertise: tags(value('.expertise')),
          affiliation: value('.affiliation').trim() || null, email: (byId.get(jurorId) || {}).email || null };
      }
    }, pool.members);
    const save = h('button', { class: 'button', type: 'submit', text: t('staff.jury.save') });
    const form = h('form', { class: 'panel form', novalidate: true }, editor.element, h('p', { class: 'actions' }, save));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearProblem(form);
      try {
        const saved = await whileBusy(save, t('common.saving'),
          () => api(path, { method: 'PUT', body: { members: editor.values() }, ifMatch: version, signal }));
        version = saved.etag;
        setStatus(status, t('staff.jury.saved', { count: saved.data.members.length }), 'success');
      } catch (problem) {
        showProblem(form, problem);
      }
    });
    fill(content, form);
  }

  async function load() {
    try {
      const [{ data, etag }, known] = await Promise.all([api(path, { signal }), api('/api/jury/jurors', { signal })]);
      show(data, etag, known.data || []);
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
