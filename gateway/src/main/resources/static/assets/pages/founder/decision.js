import { api } from '../../core/api.js';
import { fill, h } from '../../core/dom.js';
import { currentLanguage, formatDateTime, t } from '../../core/i18n.js';

/** The decision on the founder's application and its reasons in their language; nothing while it is undecided (204). */
export function decisionSection(applicationId, { signal }) {
  const section = h('section', { class: 'panel decision', 'aria-labelledby': 'decision-title', hidden: true });

  async function load() {
    try {
      const { data } = await api(`/api/applications/${encodeURIComponent(applicationId)}/decision`, { signal });
      if (!data) {
        return;
      }
      section.hidden = false;
      fill(section, h('h2', { id: 'decision-title', text: t('decision.title') }),
        h('p', {}, h('span', { class: `badge badge-${data.decision.toLowerCase()}`, 'data-decision': data.decision,
          text: t(`decision.${data.decision}`) }), h('span', { class: 'meta', text: ` ${formatDateTime(data.decidedAt)}` })),
        h('h3', { text: t('decision.reasons') }),
        h('p', { class: 'reasons', text: currentLanguage() === 'en' ? data.reasonsEn : data.reasonsFr }));
    } catch (problem) {
      // unreachable: the rest of the page stands without it
    }
  }
  load();
  return section;
}
