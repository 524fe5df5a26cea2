import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { downloadFile } from '../../core/files.js';
import { clearProblem, liveStatus, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { formatNumber, localized, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { emptyState, loadFailed } from '../shared/states.js';

function points(value) {
  return formatNumber(Math.round(value * 10) / 10);
}

function calibrated(line) {
  if (line.standardError === null || line.standardError === undefined) {
    return t('staff.ranking.unknown-error', { score: points(line.calibratedScore) });
  }
  return t('staff.ranking.score', { score: points(line.calibratedScore), error: points(line.standardError) });
}

function movement(line) {
  if (line.movement > 0) {
    return t('staff.ranking.up', { n: line.movement });
  }
  return line.movement < 0 ? t('staff.ranking.down', { n: -line.movement }) : t('staff.ranking.same');
}

function effect(juror) {
  const size = points(Math.abs(juror.effect));
  if (Math.round(juror.effect * 10) === 0) {
    return t('staff.ranking.neutral');
  }
  return juror.effect < 0 ? t('staff.ranking.harsh', { points: size }) : t('staff.ranking.lenient', { points: size });
}

function headers(keys) {
  return h('thead', {}, h('tr', {}, keys.map((key) => h('th', { scope: 'col', text: t(key) }))));
}

/** Raw and calibrated side by side: one row per application in calibrated order, with its raw rank beside it. */
function rankingTable(ranking) {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'attempts ranking' },
    h('caption', { text: t('staff.ranking.caption') }),
    headers(['staff.ranking.col.calibrated-rank', 'staff.ranking.col.startup', 'staff.ranking.col.calibrated',
      'staff.ranking.col.raw-rank', 'staff.ranking.col.raw', 'staff.ranking.col.movement', 'staff.ranking.col.reviews',
      'staff.ranking.col.disagreement']),
    h('tbody', {}, ranking.applications.map((line) => h('tr', { 'data-application': line.applicationId },
      h('td', { text: String(line.calibratedRank) }),
      h('th', { scope: 'row', text: line.startupName }),
      h('td', {}, calibrated(line), line.interval ? h('span', { class: 'meta', text: ` ${t('staff.ranking.interval',
        { low: points(line.interval.low), high: points(line.interval.high) })}` }) : null),
      h('td', { text: String(line.rawRank) }),
      h('td', { text: points(line.rawMean) }),
      h('td', { text: movement(line) }),
      h('td', { text: t('staff.ranking.reviews', { n: line.reviews, k: line.expectedReviews }) }),
      h('td', { class: line.disagreement ? 'ko' : null, text: line.disagreement
        ? t('staff.ranking.disagreement', { spread: points(line.spread) }) : t('staff.ranking.agreement') }))))));
}

function jurorsTable(ranking) {
  return h('section', { class: 'panel', 'aria-labelledby': 'ranking-jurors' },
    h('h2', { id: 'ranking-jurors', text: t('staff.ranking.jurors') }),
    h('table', { class: 'attempts' },
      h('caption', { class: 'visually-hidden', text: t('staff.ranking.jurors.caption') }),
      headers(['staff.ranking.col.juror', 'staff.ranking.col.reviews', 'staff.ranking.col.effect']),
      h('tbody', {}, ranking.jurors.map((juror) => h('tr', {},
        h('th', { scope: 'row', text: juror.displayName }),
        h('td', { text: String(juror.reviews) }),
        h('td', { text: effect(juror) }))))));
}

function unscoredList(ranking) {
  if (!ranking.unscored.length) {
    return null;
  }
  return h('section', { class: 'panel', 'aria-labelledby': 'ranking-unscored' },
    h('h2', { id: 'ranking-unscored', text: t('staff.ranking.unscored') }),
    h('ul', {}, ranking.unscored.map((waiting) => h('li', {
      text: t('staff.ranking.unscored.item', { startup: waiting.startupName, k: waiting.expectedReviews }) }))));
}

/** The ranking of a call for its staff: raw beside calibrated, uncertainty, disagreements, and the exports. */
export function render(main, { params, signal }) {
  const path = `/api/calls/${encodeURIComponent(params.id)}/ranking`;
  const content = h('div', {}, loading());
  const status = liveStatus();
  add(main, heading(t('staff.ranking.title')), status, content,
    h('p', { class: 'actions' }, h('a', { href: `/staff/calls/${encodeURIComponent(params.id)}`, text: t('staff.ranking.back') }),
      h('a', { href: `/staff/calls/${encodeURIComponent(params.id)}/decisions`, text: t('staff.ranking.decisions') })));

  function exports() {
    // a form, so that a refused download shows in it as on every form of the portal
    const form = h('form', { class: 'actions', novalidate: true });
    [['csv', 'staff.ranking.download-csv'], ['xlsx', 'staff.ranking.download-xlsx']].forEach(([extension, key]) => {
      const button = h('button', { type: 'button', class: 'button button-secondary', text: t(key) });
      button.addEventListener('click', async () => {
        clearProblem(form);
        try {
          await whileBusy(button, t('staff.ranking.downloading'), () => downloadFile(`${path}.${extension}`,
            `${t('staff.ranking.file')}-${params.id}.${extension}`, { signal }));
          setStatus(status, t('staff.ranking.downloaded'), 'success');
        } catch (problem) {
          showProblem(form, problem);
        }
      });
      add(form, button);
    });
    return [form, h('p', { class: 'hint-text', text: t('staff.ranking.exports.hint') })];
  }

  function show(ranking) {
    const method = ranking.method;
    const about = [h('p', { class: 'meta', text: localized(ranking.title) }), h('p', { class: 'intro', text: t('staff.ranking.intro',
      { threshold: formatNumber(method.disagreementThreshold) }) })];
    if (!ranking.applications.length) {
      fill(content, about, emptyState(t('staff.ranking.empty')), unscoredList(ranking));
      return;
    }
    if (method.residualSd !== null && method.residualSd !== undefined) {
      about.push(h('p', { class: 'meta', text: t('staff.ranking.noise', { sd: points(method.residualSd) }) }));
    }
    if (method.jurorGroups > 1) {
      about.push(h('p', { class: 'meta', text: t('staff.ranking.groups', { groups: method.jurorGroups }) }));
    }
    fill(content, about, exports(), rankingTable(ranking), unscoredList(ranking), jurorsTable(ranking));
  }

  async function load() {
    try {
      const { data } = await api(path, { signal });
      show(data);
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
