import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { liveStatus } from '../../core/forms.js';
import { formatMoney, formatNumber, localized, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { programmeText } from '../calls/call-summary.js';
import { emptyState, loadFailed } from '../shared/states.js';
import { barChart } from './charts.js';
import { cohortEditSection } from './cohort-edit.js';

/** Amounts kept per currency ({ EUR: cents }); none is a zero in euros. */
function money(amounts) {
  const entries = Object.entries(amounts || {});
  return entries.length ? entries.map(([currency, cents]) => formatMoney(cents, currency)).join(' + ') : formatMoney(0, 'EUR');
}

function hours(value) {
  return t('dashboard.hours', { hours: formatNumber(value) });
}

function facts(cohort) {
  const entry = (label, value) => [h('dt', { text: label }), h('dd', { text: value })];
  return h('dl', { class: 'facts' },
    entry(t('call.programme'), programmeText(cohort.programme)),
    entry(t('cohort.starts-on'), cohort.startsOn),
    entry(t('cohort.ends-on'), cohort.endsOn),
    entry(t('cohort.capacity'), cohort.capacity ? formatNumber(cohort.capacity) : t('cohort.no-capacity')),
    entry(t('cohort.seats'), seatsText(cohort)));
}

/** Seats taken by admitted start-ups still in the cohort, and what is left when the cohort has a limit. */
function seatsText(cohort) {
  const taken = cohort.seatsTaken ?? 0;
  return cohort.seatsFree === null || cohort.seatsFree === undefined
    ? t('cohort.seats-taken', { taken: formatNumber(taken) })
    : t('cohort.seats-taken-free', { taken: formatNumber(taken), free: formatNumber(cohort.seatsFree) });
}

function kpiText(kpis) {
  if (!kpis) {
    return t('dashboard.no-kpis');
  }
  return t('dashboard.kpis-line', { period: kpis.period, jobs: formatNumber(kpis.jobsCreated),
    raised: formatMoney(kpis.moneyRaisedCents, kpis.currency), revenue: formatMoney(kpis.revenueCents, kpis.currency) });
}

function startupsTable(dashboard) {
  const row = (cells) => h('tr', {}, cells.map((cell, i) => h(i === 0 ? 'th' : 'td',
    i === 0 ? { scope: 'row', text: cell } : { text: cell })));
  const totals = dashboard.totals;
  // a wide table scrolls inside its own region, which the keyboard can reach, rather than the page sideways
  return h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': t('dashboard.table') }, h('table', { class: 'data-table' },
    h('caption', { text: t('dashboard.table') }),
    h('thead', {}, h('tr', {}, ['dashboard.startup', 'dashboard.mentoring', 'dashboard.granted', 'dashboard.released',
      'dashboard.latest-kpis'].map((key) => h('th', { scope: 'col', text: t(key) })))),
    h('tbody', {}, dashboard.startups.map((line) => row([line.name, hours(line.figures.mentoringHours),
      money(line.figures.granted), money(line.figures.released), kpiText(line.latestKpis)]))),
    h('tfoot', {}, row([t('dashboard.totals'), hours(totals.mentoringHours), money(totals.granted), money(totals.released),
      t('dashboard.totals-kpis', { jobs: formatNumber(totals.jobsCreated), raised: money(totals.moneyRaised),
        revenue: money(totals.revenue) })]))));
}

/** The charts draw the euros; other currencies, rare, are read in the table. */
function charts(dashboard) {
  if (!dashboard.series.length) {
    return emptyState(t('dashboard.no-series'));
  }
  const months = dashboard.series.map((point) => point.month);
  const euros = (key) => dashboard.series.map((point) => (point.figures[key] && point.figures[key].EUR) || 0);
  return h('div', { class: 'charts' },
    barChart({ title: t('dashboard.chart.mentoring'), months, format: (v) => hours(v),
      series: [{ label: t('dashboard.mentoring'), className: 'series-1', values: dashboard.series.map((p) => p.figures.mentoringHours) }] }),
    barChart({ title: t('dashboard.chart.funding'), months, format: (v) => formatMoney(v, 'EUR'),
      series: [{ label: t('dashboard.granted'), className: 'series-1', values: euros('granted') },
        { label: t('dashboard.released'), className: 'series-2', values: euros('released') }] }),
    barChart({ title: t('dashboard.chart.kpis'), months, format: (v) => formatNumber(v),
      series: [{ label: t('dashboard.jobs'), className: 'series-3', values: dashboard.series.map((p) => p.figures.jobsCreated) }] }));
}

/** A cohort, its start-ups and its dashboard: a table with the cohort's totals, and charts over the months. */
export function render(main, { params, signal }) {
  const title = heading(t('staff.cohort.title'));
  const content = h('div', {}, loading());
  const status = liveStatus();
  add(main, title, status, content, h('p', {}, h('a', { href: '/staff/cohorts', text: t('staff.cohort.back') })));

  async function load() {
    try {
      const id = encodeURIComponent(params.id);
      const [{ data: cohort, etag }, { data: dashboard }] = await Promise.all([
        api(`/api/cohorts/${id}`, { signal }), api(`/api/cohorts/${id}/dashboard`, { signal })]);
      title.textContent = localized(cohort.name);
      document.title = `${title.textContent} — Pépinière`;
      fill(content,
        h('section', { class: 'panel', 'aria-labelledby': 'cohort-facts' }, h('h2', { id: 'cohort-facts', text: t('staff.cohort.facts') }),
          facts(cohort)),
        cohortEditSection(cohort, etag, { signal, status, reload: load }),
        h('section', { class: 'panel', 'aria-labelledby': 'cohort-dashboard' },
          h('h2', { id: 'cohort-dashboard', text: t('dashboard.title') }),
          dashboard.startups.length ? null : emptyState(t('dashboard.no-startups')),
          startupsTable(dashboard)),
        h('section', { class: 'panel', 'aria-labelledby': 'cohort-charts' },
          h('h2', { id: 'cohort-charts', text: t('dashboard.charts') }), charts(dashboard)));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
