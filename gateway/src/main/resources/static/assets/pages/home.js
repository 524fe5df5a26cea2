import { add, h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { heading } from '../core/router.js';
import { homeOf } from '../core/session.js';

const AUDIENCES = ['founder', 'juror', 'mentor', 'staff', 'bank'];

function actions(user) {
  if (user) {
    return [h('a', { class: 'button', href: homeOf(user), text: t('home.my-space') })];
  }
  return [h('a', { class: 'button', href: '/login', text: t('home.login') }),
    h('a', { class: 'button button-secondary', href: '/register', text: t('home.register') })];
}

export function render(main, { user }) {
  const hero = h('section', { class: 'hero' },
    heading(t('home.title')),
    h('p', { class: 'lead', text: t('home.lead') }),
    h('p', { class: 'actions' }, actions(user)));
  const audiences = h('section', { class: 'section', 'aria-labelledby': 'who-title' },
    h('h2', { id: 'who-title', text: t('home.who') }),
    h('ul', { class: 'cards' }, AUDIENCES.map((audience) => h('li', { class: 'card' },
      h('h3', { text: t(`home.${audience}.title`) }),
      h('p', { text: t(`home.${audience}.text`) })))));
  const apiDocs = h('section', { class: 'section', 'aria-labelledby': 'api-title' },
    h('h2', { id: 'api-title', text: t('home.api.title') }),
    h('p', { text: t('home.api.text') }),
    h('ul', { class: 'links' },
      h('li', {}, h('a', { href: '/swagger-ui.html', text: t('home.api.swagger') })),
      h('li', {}, h('a', { href: '/v3/api-docs', text: t('home.api.openapi') }))));
  add(main, hero, audiences, apiDocs);
}
