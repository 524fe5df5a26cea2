import { currentLanguage, t } from './i18n.js';
import { signOut, token } from './session.js';

/** An API refusal as RFC 9457 problem details; status 0 when Pépinière could not be reached. */
export class Problem extends Error {
  constructor(status, body) {
    super((body && body.detail) || `HTTP ${status}`);
    this.status = status;
    this.type = (body && body.type) || 'about:blank';
    this.title = (body && body.title) || '';
    this.detail = (body && body.detail) || '';
    this.errors = (body && Array.isArray(body.errors)) ? body.errors : [];
    this.slug = this.type.split('/').pop();
    // the problem's own members beyond RFC 9457's, e.g. the obstacles of an infeasible jury assignment
    this.body = body || {};
  }

  /** What a person reads: the service's own sentence (already in their language) or ours for the status. */
  explanation() {
    if (this.detail) {
      return this.detail;
    }
    if (this.status === 0) {
      return t('error.network');
    }
    return t('error.status', { status: this.status });
  }
}

export class Aborted extends Error {}

async function bodyOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (response.status === 204 || !type.includes('json')) {
    return null;
  }
  try {
    return await response.json();
  } catch (e) {
    return null;
  }
}

/**
 * Calls the API with the caller's token and language. Resolves to { status, data, etag } for a 2xx answer,
 * rejects with a Problem otherwise. A 401 with a token means the session ended: it is forgotten and the
 * portal is told (event 'pepiniere:session-expired').
 */
/** What every call to the API sends: what it accepts, the caller's language and token. */
export function callerHeaders(accept = 'application/json, application/problem+json') {
  const headers = { Accept: accept, 'Accept-Language': currentLanguage() };
  const bearer = token();
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  return headers;
}

/** A 401 to a call that carried a token: the session ended, so it is forgotten and the portal told. */
export function noticeRefusedToken(status, headers) {
  if (status === 401 && headers.Authorization) {
    signOut();
    window.dispatchEvent(new CustomEvent('pepiniere:session-expired'));
  }
}

export async function api(path, { method = 'GET', body, ifMatch, signal } = {}) {
  const headers = callerHeaders();
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (ifMatch) {
    headers['If-Match'] = ifMatch;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
  } catch (e) {
    if (signal && signal.aborted) {
      throw new Aborted();
    }
    throw new Problem(0, null);
  }
  const data = await bodyOf(response);
  if (signal && signal.aborted) {
    throw new Aborted();
  }
  if (response.ok) {
    return { status: response.status, data, etag: response.headers.get('ETag') };
  }
  noticeRefusedToken(response.status, headers);
  throw new Problem(response.status, data);
}
