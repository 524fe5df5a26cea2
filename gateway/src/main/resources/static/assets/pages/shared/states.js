import { Aborted } from '../../core/api.js';
import { fill, h } from '../../core/dom.js';
import { t } from '../../core/i18n.js';

/** Replaces a page's loading status with an explanation when its data could not be read. */
export function loadFailed(container, problem, retry) {
  if (problem instanceof Aborted) {
    return;
  }
  fill(container, h('div', { class: 'problem-summary', role: 'alert' },
    h('p', { text: problem.explanation ? problem.explanation() : t('error.unexpected') }),
    retry ? h('button', { type: 'button', class: 'button button-secondary', on: { click: retry }, text: t('common.retry') })
      : null));
}

export function emptyState(text, ...actions) {
  return h('div', { class: 'empty' }, h('p', { text }), actions);
}
