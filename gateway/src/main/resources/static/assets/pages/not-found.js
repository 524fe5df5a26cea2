import { add, h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { heading } from '../core/router.js';

export function render(main) {
  add(main, heading(t('not-found.title')), h('p', { text: t('not-found.text') }),
    h('p', {}, h('a', { href: '/', text: t('common.back-home') })));
}
