import { h, uniqueId } from '../../core/dom.js';
import { t } from '../../core/i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 220;
// room on the left for an axis label such as « 150 000,00 € »
const MARGIN = { top: 12, right: 12, bottom: 36, left: 104 };
const WIDEST_BAR = 40;

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') {
      element.textContent = value;
    } else {
      element.setAttribute(name, String(value));
    }
  }
  children.forEach((child) => element.append(child));
  return element;
}

/**
 * A grouped bar chart over months, drawn as SVG with presentation attributes only (the CSP allows no inline style).
 * Its figure has a caption, the SVG is named by it, and the same numbers follow in a table, so that the chart reads
 * without sight: series is [{ label, className, values }], one value per month, format turns a value into text.
 */
export function barChart({ title, months, series, format }) {
  const captionId = uniqueId('chart');
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(1, months.length);
  const bar = Math.min(WIDEST_BAR, Math.max(2, (slot * 0.8) / series.length));
  const y = (value) => MARGIN.top + plotHeight - (value / max) * plotHeight;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': captionId, class: 'chart' },
    svg('line', { x1: MARGIN.left, y1: y(0), x2: WIDTH - MARGIN.right, y2: y(0), class: 'chart-axis' }),
    svg('text', { x: MARGIN.left - 6, y: y(max) + 4, 'text-anchor': 'end', class: 'chart-label', text: format(max) }),
    svg('text', { x: MARGIN.left - 6, y: y(0), 'text-anchor': 'end', class: 'chart-label', text: format(0) }));
  months.forEach((month, i) => {
    const x0 = MARGIN.left + i * slot + (slot - bar * series.length) / 2;
    series.forEach((s, j) => {
      const value = s.values[i];
      const rect = svg('rect', { x: x0 + j * bar, y: y(value), width: bar - 1, height: Math.max(0, y(0) - y(value)),
        class: `chart-bar ${s.className}` }, svg('title', { text: `${s.label}, ${month} : ${format(value)}` }));
      chart.append(rect);
    });
    if (months.length <= 12 || i % Math.ceil(months.length / 12) === 0) {
      chart.append(svg('text', { x: x0 + (bar * series.length) / 2, y: HEIGHT - MARGIN.bottom + 16, 'text-anchor': 'middle',
        class: 'chart-label', text: month }));
    }
  });
  const legend = h('ul', { class: 'chart-legend' },
    series.map((s) => h('li', {}, h('span', { class: `chart-swatch ${s.className}`, 'aria-hidden': 'true' }), s.label)));
  const table = h('table', { class: 'data-table' },
    h('caption', { text: t('charts.data', { title }) }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('charts.month') }),
      series.map((s) => h('th', { scope: 'col', text: s.label })))),
    h('tbody', {}, months.map((month, i) => h('tr', {}, h('th', { scope: 'row', text: month }),
      series.map((s) => h('td', { text: format(s.values[i]) }))))));
  return h('figure', { class: 'chart-figure' }, h('figcaption', { id: captionId, text: title }), chart, legend,
    h('details', {}, h('summary', { text: t('charts.show-data') }), table));
}
