import { h, uniqueId } from '../../core/dom.js';
import { formatDateTime, localized, t } from '../../core/i18n.js';
import { programmeText } from '../calls/call-summary.js';

/** The calls a founder may apply to now, closing first first (the API lists open calls; some may not have begun). */
export function acceptingCalls(calls) {
  return calls.filter((call) => call.acceptingApplications)
    .sort((a, b) => Date.parse(a.closesAt) - Date.parse(b.closesAt));
}

function option(value, label, details, checked) {
  const id = uniqueId('call');
  const detailsId = details ? `${id}-details` : null;
  return h('div', { class: 'field-check call-option' },
    h('input', { type: 'radio', id, name: 'callId', value, checked, 'aria-describedby': detailsId }),
    h('div', {}, h('label', { for: id, text: label }),
      details ? h('p', { class: 'meta', id: detailsId, text: details }) : null));
}

/**
 * One radio per open call, each with its programme and its closing date in Paris time, and a last one for the
 * incubator's rolling intake. The call named in the URL is chosen when it is open, else the one closing first.
 */
export function callPicker(calls, wanted) {
  const open = acceptingCalls(calls);
  const chosen = open.some((call) => call.id === wanted) ? wanted : (open[0] ? open[0].id : '');
  const notice = wanted && wanted !== chosen
    ? h('p', { class: 'notice', role: 'status', text: t('call-picker.wanted-not-open') }) : null;
  // named like the API's field and focusable, so that a refusal of callId is shown beside the whole group
  return h('fieldset', { class: 'call-picker', name: 'callId', tabindex: '-1' },
    h('legend', { text: t('call-picker.legend') }),
    notice,
    open.length ? null : h('p', { class: 'hint-text', text: t('call-picker.none-open') }),
    open.map((call) => option(call.id, localized(call.title),
      t('call-picker.details', { programme: programmeText(call.programme), date: formatDateTime(call.closesAt) }),
      call.id === chosen)),
    option('', t('call-picker.no-call'), t('call-picker.no-call-hint'), chosen === ''));
}

/** The chosen call's id, or null for the rolling intake. */
export function chosenCall(form) {
  const checked = form.querySelector('input[name="callId"]:checked');
  return checked && checked.value ? checked.value : null;
}
