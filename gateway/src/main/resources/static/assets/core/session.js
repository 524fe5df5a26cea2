// The token lives in sessionStorage only (gone with the tab, never in localStorage); logging out forgets it.
const TOKEN_KEY = 'pepiniere.token';

const HOMES = [
  ['FOUNDER', '/founder/applications'],
  ['STAFF', '/staff/applications'],
  ['BANK', '/bank/endpoints'],
  ['JUROR', '/juror'],
  ['MENTOR', '/mentor']
];

function claimsOf(token) {
  const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const padded = payload + '='.repeat((4 - (payload.length % 4)) % 4);
  const bytes = Uint8Array.from(window.atob(padded), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

export function token() {
  try {
    const stored = window.sessionStorage.getItem(TOKEN_KEY);
    if (stored && claimsOf(stored).exp * 1000 > Date.now()) {
      return stored;
    }
  } catch (e) {
    // an unreadable token is no session
  }
  return null;
}

/** Who is logged in, read from the token's claims; null when nobody is. */
export function currentUser() {
  const current = token();
  if (!current) {
    return null;
  }
  const claims = claimsOf(current);
  return {
    id: claims.sub,
    name: claims.name,
    email: claims.email,
    roles: claims.roles || [],
    incubatorId: claims.incubatorId,
    language: claims.lang
  };
}

export function hasRole(user, role) {
  return Boolean(user) && user.roles.includes(role);
}

export function signIn(accessToken) {
  try {
    window.sessionStorage.setItem(TOKEN_KEY, accessToken);
  } catch (e) {
    // storage refused: nothing to keep the session in
  }
}

export function signOut() {
  try {
    window.sessionStorage.removeItem(TOKEN_KEY);
  } catch (e) {
    // nothing stored
  }
}

/** The page a user lands on after logging in. */
export function homeOf(user) {
  const home = HOMES.find(([role]) => hasRole(user, role));
  return home ? home[1] : '/';
}
