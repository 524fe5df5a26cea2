import { Aborted, callerHeaders, noticeRefusedToken, Problem } from './api.js';

function problemBody(xhr) {
  if (!(xhr.getResponseHeader('Content-Type') || '').includes('json')) {
    return null;
  }
  try {
    return JSON.parse(xhr.responseText);
  } catch (e) {
    return null;
  }
}

/**
 * Sends a file as the raw body of a PUT, telling onProgress (0 to 1) as it goes: fetch() has no upload
 * progress, XMLHttpRequest does. Resolves to { status, data } for a 2xx answer, rejects with a Problem.
 */
export function uploadFile(path, file, { onProgress, signal } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const headers = callerHeaders();
    xhr.open('PUT', path);
    Object.entries(headers).forEach(([name, value]) => xhr.setRequestHeader(name, value));
    // the service judges the bytes, not this type
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && onProgress) {
        onProgress(event.loaded / event.total);
      }
    });
    xhr.addEventListener('load', () => {
      const body = problemBody(xhr);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve({ status: xhr.status, data: body });
        return;
      }
      noticeRefusedToken(xhr.status, headers);
      reject(new Problem(xhr.status, body));
    });
    xhr.addEventListener('error', () => reject(new Problem(0, null)));
    xhr.addEventListener('abort', () => reject(new Aborted()));
    if (signal) {
      signal.addEventListener('abort', () => xhr.abort());
    }
    xhr.send(file);
  });
}

/**
 * Downloads a file that needs the caller's token, so a plain link cannot fetch it: the bytes come as a
 * blob, saved under filename through a short-lived object URL.
 */
export async function downloadFile(path, filename, { signal } = {}) {
  const headers = callerHeaders('application/pdf, application/problem+json');
  let response;
  try {
    response = await fetch(path, { headers, signal });
  } catch (e) {
    throw signal && signal.aborted ? new Aborted() : new Problem(0, null);
  }
  if (!response.ok) {
    noticeRefusedToken(response.status, headers);
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    throw new Problem(response.status, body);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the browser has taken the blob by the next turn; a minute leaves room for a slow disk
  window.setTimeout(() => URL.revokeObjectURL(url), 60000);
}
