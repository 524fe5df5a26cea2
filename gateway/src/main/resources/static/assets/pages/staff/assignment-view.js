import { h } from '../../core/dom.js';
import { formatDateTime, formatNumber, t } from '../../core/i18n.js';

function why(juror) {
  const matched = juror.needs
    ? t('staff.assignment.matched', { matched: juror.matchedNeeds.length, needs: juror.needs,
      tags: juror.matchedNeeds.join(', ') || t('common.none') })
    : t('staff.assignment.no-needs');
  return t('staff.assignment.why', { matched, load: juror.jurorLoad, cost: formatNumber(juror.cost) });
}

/** Per application its jurors and why; per juror the load; the gaps late conflicts left. */
export function assignmentView(assignment) {
  return [
    h('p', { class: 'meta', text: t('staff.assignment.ran', { at: formatDateTime(assignment.ranAt), version: assignment.version,
      min: assignment.minLoad, max: assignment.maxLoad, cost: formatNumber(assignment.totalCost) }) }),
    assignment.gaps.length ? h('div', { class: 'problem-summary', role: 'alert' },
      h('p', { text: t('staff.assignment.gaps') }),
      h('ul', {}, assignment.gaps.map((gap) => h('li', { text: t('staff.assignment.gap',
        { juror: gap.displayName, startup: gap.startupName, at: formatDateTime(gap.declaredAt) }) })))) : null,
    h('section', { class: 'panel', 'aria-labelledby': 'assignment-applications' },
      h('h2', { id: 'assignment-applications', text: t('staff.assignment.applications') }),
      h('ul', {}, assignment.applications.map((application) => h('li', {},
        h('h3', { text: application.startupName }),
        application.jurors.length
          ? h('ul', {}, application.jurors.map((juror) => h('li', {},
            h('strong', { text: juror.displayName }), ' ',
            h('span', { class: 'badge', text: t(`staff.assignment.origin.${juror.origin}`) }), ' ',
            h('span', { class: 'meta', text: why(juror) }))))
          : h('p', { class: 'meta', text: t('staff.assignment.no-juror') }))))),
    h('section', { class: 'panel', 'aria-labelledby': 'assignment-loads' },
      h('h2', { id: 'assignment-loads', text: t('staff.assignment.loads') }),
      h('dl', { class: 'facts' }, assignment.jurors.flatMap((load) => [
        h('dt', { text: load.displayName }),
        h('dd', { text: t('staff.assignment.load', { load: load.load, forced: load.forced, cost: formatNumber(load.cost) }) })])))
  ];
}

/** Why no full assignment exists, each obstacle in the reader's language as the API words it. */
export function infeasibleReport(problem) {
  return h('div', { class: 'problem-summary', role: 'alert', tabindex: '-1' },
    h('p', { text: problem.explanation() }),
    h('ul', {}, (problem.body.obstacles || []).map((obstacle) => h('li', { text: obstacle.text }))));
}
