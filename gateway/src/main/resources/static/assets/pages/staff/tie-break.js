import { h } from '../../core/dom.js';
import { formatDateTime, formatNumber, t } from '../../core/i18n.js';

function points(value) {
  return value === null || value === undefined ? '—' : formatNumber(Math.round(value * 100) / 100);
}

/** The README's shell line, filled in with this draw's seed and tied ids: its output lists them in the drawn order. */
function shellLine(draw) {
  return `for id in ${draw.tied.join(' ')}; do printf '%s %s\\n' "$(printf '%s' "${draw.seed}:$id" | sha256sum | cut -c1-64)" "$id"; done | sort`;
}

function reproduce(draw) {
  if (!draw.tied.length) {
    return null;
  }
  return h('details', { class: 'reproduce' },
    h('summary', { text: t('staff.decisions.reproduce') }),
    h('p', { class: 'hint-text', text: t('staff.decisions.reproduce-hint') }),
    h('pre', { class: 'shell' }, h('code', { text: shellLine(draw) })));
}

/**
 * One draw: its seed, when it was drawn, and the tied applications in the order the lottery gave them. Only the draw in
 * force carries the markers (data-seed, the list "tied") that the rest of the page reads.
 */
function drawItem(draw, names, inForce) {
  // the ranking no longer lists an application withdrawn since the draw: it is named as such, not left as a bare id
  const name = (id) => (names.has(id) ? `${names.get(id)} (${id})` : t('staff.decisions.withdrawn-since', { id }));
  return h('li', { class: inForce ? 'panel tie-break in-force' : 'panel tie-break', 'data-draw': draw.seed },
    h('p', {},
      inForce ? h('span', { class: 'badge badge-admitted', text: t('staff.decisions.in-force') }) : null,
      inForce ? ' ' : null,
      t('staff.decisions.seed'), ' ', h('code', inForce ? { 'data-seed': draw.seed, text: draw.seed } : { text: draw.seed })),
    h('p', { class: 'meta', text: t('staff.decisions.drawn-at', { at: formatDateTime(draw.drawnAt), seats: draw.seats,
      cut: points(draw.cutScore) }) }),
    draw.tied.length
      ? h('ol', { class: inForce ? 'tied' : 'drawn', 'aria-label': t('staff.decisions.drawn-order') },
        draw.tied.map((id) => h('li', { 'data-application': id, text: name(id) })))
      : h('p', { text: t('staff.decisions.no-tie') }),
    reproduce(draw));
}

/**
 * Every draw of the call, newest first: the first is in force, the earlier ones stay visible, so that a draw redone
 * until it suited someone shows. draws is the API's tieBreaks (newest first).
 */
export function drawsList(draws, names) {
  if (!draws.length) {
    return null;
  }
  return h('div', { class: 'draws' },
    h('h3', { text: draws.length > 1 ? t('staff.decisions.draws', { n: draws.length }) : t('staff.decisions.one-draw') }),
    draws.length > 1 ? h('p', { class: 'hint-text', text: t('staff.decisions.redrawn', { n: draws.length }) }) : null,
    h('ol', { class: 'plain-list draws' }, draws.map((draw, index) => drawItem(draw, names, index === 0))));
}
