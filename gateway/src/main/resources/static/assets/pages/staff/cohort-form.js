import { h } from '../../core/dom.js';
import { field } from '../../core/forms.js';
import { t } from '../../core/i18n.js';

const KINDS = ['INCUBATION', 'ACCELERATION'];

function control(form, name) {
  return Array.from(form.elements).find((element) => element.name === name);
}

/**
 * A cohort's fields, named as the API names them (name.fr, programme.track, endsOn...) so that each refused field's
 * reason shows beside it.
 */
export function cohortForm(cohort) {
  const elements = [
    field({ name: 'name.fr', label: `${t('cohort.name')} (${t('call-form.in-french')})`, value: cohort ? cohort.name.fr : '',
      required: true, maxlength: 120 }),
    field({ name: 'name.en', label: `${t('cohort.name')} (${t('call-form.in-english')})`, value: cohort ? cohort.name.en : '',
      required: true, maxlength: 120 }),
    field({ name: 'programme.kind', label: t('call.programme'), value: cohort ? cohort.programme.kind : 'INCUBATION',
      options: KINDS.map((kind) => ({ value: kind, label: t(`call.programme.${kind}`) })) }),
    field({ name: 'programme.track', label: t('cohort.track'), value: cohort ? cohort.programme.track : '', maxlength: 120,
      hint: t('cohort.track.hint') }),
    field({ name: 'startsOn', label: t('cohort.starts-on'), type: 'date', value: cohort ? cohort.startsOn : '', required: true }),
    field({ name: 'endsOn', label: t('cohort.ends-on'), type: 'date', value: cohort ? cohort.endsOn : '', required: true }),
    field({ name: 'capacity', label: t('cohort.capacity'), type: 'number', value: cohort ? cohort.capacity : '',
      hint: t('cohort.capacity.hint') })
  ];
  return {
    elements: h('div', {}, elements),
    values(form) {
      const value = (name) => control(form, name).value.trim();
      return {
        name: { fr: value('name.fr'), en: value('name.en') },
        programme: { kind: value('programme.kind'), track: value('programme.track') || null },
        startsOn: value('startsOn') || null,
        endsOn: value('endsOn') || null,
        capacity: value('capacity') === '' ? null : Number(value('capacity'))
      };
    }
  };
}
