import { api } from '../../core/api.js';

const QUIET_MS = 800;

/**
 * Saves a draft as its founder types: after QUIET_MS without a keystroke, one PUT at a time with
 * If-Match, the next one waiting for the ETag of the last. A refused save stops nothing but that save;
 * a stale version (412) or a submitted application (409) stops saving until the page is reloaded.
 *
 * bodyOf() gives the body, or null when the form holds something that cannot be sent yet.
 * report(state, detail) is told: saving, saved, pending, invalid (a Problem), failed (a Problem), stale, submitted.
 */
export function autosave({ path, etag, bodyOf, report }) {
  let version = etag;
  let timer = null;
  let running = null;
  let dirty = false;
  let stopped = false;

  async function saveNow() {
    window.clearTimeout(timer);
    if (stopped || !dirty) {
      return;
    }
    if (running) {
      await running;
      return saveNow();
    }
    const body = bodyOf();
    if (body === null) {
      dirty = false;
      return;
    }
    dirty = false;
    report('saving');
    running = api(path, { method: 'PUT', body, ifMatch: version })
      .then(({ data, etag: next }) => {
        version = next || `"${data.version}"`;
        report(dirty ? 'pending' : 'saved', data);
      })
      .catch((problem) => {
        if (problem.status === 412 || problem.status === 409) {
          stopped = true;
          report(problem.status === 412 ? 'stale' : 'submitted', problem);
        } else {
          report(problem.status === 400 ? 'invalid' : 'failed', problem);
        }
      })
      .finally(() => { running = null; });
    await running;
    if (dirty) {
      schedule();
    }
  }

  function schedule() {
    if (stopped) {
      return;
    }
    dirty = true;
    report('pending');
    window.clearTimeout(timer);
    timer = window.setTimeout(saveNow, QUIET_MS);
  }

  return {
    changed: schedule,
    /** Saves what is waiting now; resolves once nothing is left to save. */
    async flush() {
      await saveNow();
      if (running) {
        await running;
      }
    },
    version: () => version,
    stopped: () => stopped
  };
}
