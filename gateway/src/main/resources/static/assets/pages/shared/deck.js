import { api } from '../../core/api.js';
import { downloadFile, uploadFile } from '../../core/files.js';
import { fill, h, uniqueId } from '../../core/dom.js';
import { liveStatus, setStatus, whileBusy } from '../../core/forms.js';
import { formatDateTime, formatNumber, t } from '../../core/i18n.js';

/** The service refuses more; checking here first spares the founder a 20 MB upload bound to fail. */
const MAX_BYTES = 20 * 1024 * 1024;

function size(bytes) {
  return bytes >= 1024 * 1024
    ? t('deck.size-mb', { size: formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10) })
    : t('deck.size-kb', { size: formatNumber(Math.max(1, Math.round(bytes / 1024))) });
}

function explanation(problem) {
  return problem && problem.explanation ? problem.explanation() : t('error.unexpected');
}

/**
 * The pitch deck of an application: what it is and a download button for everyone who may read it; for
 * its founder while it is a draft, a file input that uploads with a progress bar, and a remove button.
 */
export function deckPanel(applicationId, { editable = false, signal } = {}) {
  const path = `/api/applications/${encodeURIComponent(applicationId)}/deck`;
  const current = h('div', { class: 'deck-current' });
  const status = liveStatus();
  const panel = h('section', { class: 'panel deck', 'aria-labelledby': 'deck-title' },
    h('h2', { id: 'deck-title', text: t('deck.title') }), current);

  async function showCurrent() {
    try {
      const { data } = await api(`${path}/info`, { signal });
      const name = data.filename || t('deck.default-name');
      const download = h('button', { type: 'button', class: 'button button-secondary', text: t('deck.download') });
      download.addEventListener('click', () => whileBusy(download, t('deck.downloading'),
        () => downloadFile(path, name, { signal }).catch((problem) => setStatus(status, explanation(problem), 'error'))));
      const remove = editable ? h('button', { type: 'button', class: 'button button-secondary', text: t('deck.remove') }) : null;
      if (remove) {
        remove.addEventListener('click', () => whileBusy(remove, t('deck.removing'), async () => {
          try {
            await api(path, { method: 'DELETE', signal });
            setStatus(status, t('deck.removed'), 'success');
            await showCurrent();
          } catch (problem) {
            setStatus(status, explanation(problem), 'error');
          }
        }));
      }
      fill(current,
        h('p', { class: 'deck-file', text: t('deck.current', { name, size: size(data.size), date: formatDateTime(data.uploadedAt) }) }),
        h('div', { class: 'actions' }, download, remove));
    } catch (problem) {
      fill(current, h('p', { text: problem.slug === 'no-deck' ? t('deck.none') : explanation(problem) }));
    }
  }

  if (editable) {
    const inputId = uniqueId('deck');
    const hintId = `${inputId}-hint`;
    const errorId = `${inputId}-error`;
    const input = h('input', { id: inputId, type: 'file', name: 'deck', accept: 'application/pdf,.pdf', 'aria-describedby': hintId });
    const error = h('p', { class: 'field-error', id: errorId, hidden: true });
    const progress = h('progress', { max: 100, value: 0, hidden: true, 'aria-label': t('deck.progress') });

    function refuse(text) {
      error.textContent = text;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `${hintId} ${errorId}`);
      setStatus(status, '');
    }

    function clear() {
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', hintId);
    }

    input.addEventListener('change', async () => {
      const file = input.files[0];
      clear();
      if (!file) {
        return;
      }
      if (file.size > MAX_BYTES) {
        refuse(t('deck.too-large', { size: size(file.size) }));
        return;
      }
      if (file.size === 0) {
        refuse(t('deck.empty'));
        return;
      }
      input.disabled = true;
      progress.hidden = false;
      progress.value = 0;
      setStatus(status, t('deck.sending', { percent: 0 }));
      try {
        await uploadFile(`${path}?filename=${encodeURIComponent(file.name)}`, file, {
          signal,
          onProgress: (done) => {
            progress.value = Math.round(done * 100);
            setStatus(status, t('deck.sending', { percent: progress.value }));
          }
        });
        setStatus(status, t('deck.saved'), 'success');
        input.value = '';
        await showCurrent();
      } catch (problem) {
        refuse(explanation(problem));
      } finally {
        input.disabled = false;
        progress.hidden = true;
      }
    });
    panel.append(h('div', { class: 'field' },
      h('label', { for: inputId, text: t('deck.label') }),
      h('p', { class: 'hint-text', id: hintId, text: t('deck.hint') }),
      input, error, progress));
  }
  panel.append(status);
  showCurrent();
  return panel;
}
