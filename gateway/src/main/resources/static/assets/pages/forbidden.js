import { add, h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { heading } from '../core/router.js';
import { homeOf } from '../core/session.js';

export function render(main, { role, user }) {
  add(main, heading(t('forbidden.title')), h('p', { text: t('forbidden.text', { role: t(`role.${role}`) }) }),
    h('p', {}, h('a', { href: homeOf(user), text: t('common.back-my-space') })));
}
