import { add, h } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { heading } from '../../core/router.js';

/** The area of a role whose pages come with the next version. */
export function comingSoon(main, area) {
  add(main, heading(t(`${area}.title`)),
    h('p', { class: 'notice', text: t('coming-soon.text') }),
    h('p', { text: t(`${area}.text`) }),
    h('p', {}, h('a', { href: '/notifications', text: t('coming-soon.notifications') })));
}
