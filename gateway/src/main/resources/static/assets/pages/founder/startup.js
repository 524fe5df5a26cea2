import { api } from '../../core/api.js';
import { add, fill, h } from '../../core/dom.js';
import { clearProblem, field, liveStatus, setStatus, showProblem, whileBusy } from '../../core/forms.js';
import { formatMoney, formatNumber, localized, t } from '../../core/i18n.js';
import { heading, loading } from '../../core/router.js';
import { emptyState, loadFailed } from '../shared/states.js';

function control(form, name) {
  return Array.from(form.elements).find((element) => element.name === name);
}

/** Euros as typed ("1 500,50" or "1500.5") into cents; null when it is not an amount, which the API then refuses. */
function cents(text) {
  const cleaned = text.replace(/\s/g, '').replace(',', '.');
  if (cleaned === '' || !/^-?\d+(\.\d{1,2})?$/.test(cleaned)) {
    return null;
  }
  return Math.round(Number(cleaned) * 100);
}

function thisMonth() {
  return new Date().toISOString().slice(0, 7);
}

function pastReports(kpis) {
  if (!kpis.length) {
    return emptyState(t('founder.startup.no-reports'));
  }
  return h('table', { class: 'data-table' },
    h('caption', { text: t('founder.startup.reports') }),
    h('thead', {}, h('tr', {}, ['kpi.period', 'kpi.jobs', 'kpi.raised', 'kpi.revenue']
      .map((key) => h('th', { scope: 'col', text: t(key) })))),
    h('tbody', {}, kpis.map((k) => h('tr', {}, h('th', { scope: 'row', text: k.period }),
      h('td', { text: formatNumber(k.jobsCreated) }), h('td', { text: formatMoney(k.moneyRaisedCents, k.currency) }),
      h('td', { text: formatMoney(k.revenueCents, k.currency) })))));
}

function startupPanel(startup, signal) {
  const reports = h('div', { class: 'reports' }, pastReports(startup.kpis));
  const status = liveStatus();
  const submit = h('button', { class: 'button', type: 'submit', text: t('founder.startup.report') });
  const form = h('form', { class: 'form', novalidate: true },
    field({ name: 'period', label: t('kpi.period'), type: 'month', value: thisMonth(), required: true, hint: t('kpi.period.hint') }),
    field({ name: 'jobsCreated', label: t('kpi.jobs'), type: 'number', value: '0', required: true }),
    field({ name: 'moneyRaisedCents', label: t('kpi.raised-euros'), value: '0', inputmode: 'decimal', required: true }),
    field({ name: 'revenueCents', label: t('kpi.revenue-euros'), value: '0', inputmode: 'decimal', required: true }),
    h('p', { class: 'actions' }, submit), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    setStatus(status, '');
    const period = control(form, 'period').value;
    const body = { jobsCreated: control(form, 'jobsCreated').value === '' ? null : Number(control(form, 'jobsCreated').value),
      moneyRaisedCents: cents(control(form, 'moneyRaisedCents').value), revenueCents: cents(control(form, 'revenueCents').value),
      currency: 'EUR' };
    try {
      await whileBusy(submit, t('common.saving'), () => api(
        `/api/startups/${encodeURIComponent(startup.startupReference)}/kpis/${encodeURIComponent(period || 'none')}`,
        { method: 'PUT', body, signal }));
      setStatus(status, t('founder.startup.reported', { period }), 'success');
      const { data } = await api('/api/startups/mine', { signal });
      const fresh = data.find((s) => s.startupReference === startup.startupReference);
      fill(reports, pastReports(fresh ? fresh.kpis : []));
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return h('section', { class: 'panel startup', 'aria-label': startup.name },
    h('h2', { text: startup.name }),
    h('p', { class: 'meta', text: startup.cohortName ? t('founder.startup.cohort', { cohort: localized(startup.cohortName) }) : '' }),
    h('h3', { text: t('founder.startup.report-title') }), form, reports);
}

/** The founder's admitted start-ups: report KPIs month by month, read the past reports. */
export function render(main, { signal }) {
  const content = h('div', {}, loading());
  add(main, heading(t('founder.startup.title')), h('p', { class: 'intro', text: t('founder.startup.intro') }), content);

  async function load() {
    try {
      const { data } = await api('/api/startups/mine', { signal });
      fill(content, data.length ? data.map((startup) => startupPanel(startup, signal))
        : emptyState(t('founder.startup.none')));
    } catch (problem) {
      loadFailed(content, problem, load);
    }
  }
  load();
}
