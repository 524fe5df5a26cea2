'use strict';

(function () {
  const LANGUAGE_KEY = 'pepiniere.language';
  const TOKEN_KEY = 'pepiniere.token';
  const LANGUAGES = ['fr', 'en'];

  const ROLE_NAMES = {
    FOUNDER: { fr: 'porteur ou porteuse de projet', en: 'founder' },
    JUROR: { fr: 'membre du jury', en: 'juror' },
    MENTOR: { fr: 'mentor', en: 'mentor' },
    STAFF: { fr: "équipe de l'incubateur", en: 'incubator staff' },
    BANK: { fr: 'banque partenaire', en: 'partner bank' }
  };

  const MESSAGES = {
    loggingIn: { fr: 'Connexion en cours…', en: 'Logging in…' },
    wrongCredentials: { fr: 'Adresse e-mail ou mot de passe incorrect.', en: 'Wrong email address or password.' },
    invalid: { fr: 'Indiquez une adresse e-mail et un mot de passe.', en: 'Enter an email address and a password.' },
    unavailable: { fr: 'Le service est momentanément indisponible. Réessayez dans un instant.', en: 'The service is unavailable at the moment. Try again shortly.' },
    network: { fr: 'Impossible de joindre Pépinière. Vérifiez votre connexion.', en: 'Pépinière cannot be reached. Check your connection.' },
    loggedOut: { fr: 'Session fermée.', en: 'You are logged out.' }
  };

  function storedLanguage() {
    try {
      const stored = window.localStorage.getItem(LANGUAGE_KEY);
      return LANGUAGES.includes(stored) ? stored : 'fr';
    } catch (e) {
      return 'fr';
    }
  }

  function applyLanguage(language) {
    const root = document.documentElement;
    root.lang = language;
    const title = document.querySelector('title');
    document.title = title.dataset['title' + (language === 'fr' ? 'Fr' : 'En')];
    document.querySelectorAll('[data-aria-label-en]').forEach(function (element) {
      if (!element.dataset.ariaLabelFr) {
        element.dataset.ariaLabelFr = element.getAttribute('aria-label');
      }
      element.setAttribute('aria-label', language === 'en' ? element.dataset.ariaLabelEn : element.dataset.ariaLabelFr);
    });
  }

  function switchLanguage() {
    const next = document.documentElement.lang === 'fr' ? 'en' : 'fr';
    try {
      window.localStorage.setItem(LANGUAGE_KEY, next);
    } catch (e) {
      // private browsing may refuse storage: the switch still works for this page
    }
    applyLanguage(next);
  }

  /** Both languages of a text, as two spans: CSS shows the one of the page. */
  function bilingual(text) {
    const fragment = document.createDocumentFragment();
    LANGUAGES.forEach(function (language) {
      const span = document.createElement('span');
      span.dataset.lang = language;
      if (language !== 'fr') {
        span.lang = language;
      }
      span.textContent = text[language];
      fragment.appendChild(span);
    });
    return fragment;
  }

  function showStatus(message, isError) {
    const status = document.getElementById('login-status');
    status.classList.toggle('error', Boolean(isError));
    status.replaceChildren(message ? bilingual(message) : '');
  }

  function claimsOf(token) {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = payload + '='.repeat((4 - payload.length % 4) % 4);
    const bytes = Uint8Array.from(window.atob(padded), function (c) { return c.charCodeAt(0); });
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  function currentToken() {
    try {
      const token = window.sessionStorage.getItem(TOKEN_KEY);
      if (token && claimsOf(token).exp * 1000 > Date.now()) {
        return token;
      }
    } catch (e) {
      // an unreadable token is no session
    }
    return null;
  }

  function showSession(token) {
    const session = document.getElementById('session');
    const form = document.getElementById('login-form');
    if (!token) {
      session.hidden = true;
      form.hidden = false;
      return;
    }
    const claims = claimsOf(token);
    const roles = (claims.roles || []).map(function (role) { return ROLE_NAMES[role] || { fr: role, en: role }; });
    const who = claims.name + ' (' + claims.email + ')';
    const summary = {
      fr: 'Session ouverte pour ' + who + ' — ' + roles.map(function (r) { return r.fr; }).join(', ') + ', incubateur ' + claims.incubatorId + '.',
      en: 'Logged in as ' + who + ' — ' + roles.map(function (r) { return r.en; }).join(', ') + ', incubator ' + claims.incubatorId + '.'
    };
    document.getElementById('session-summary').replaceChildren(bilingual(summary));
    form.hidden = true;
    session.hidden = false;
  }

  async function logIn(event) {
    event.preventDefault();
    const form = event.target;
    const email = form.email.value.trim();
    const password = form.password.value;
    if (!email || !password) {
      showStatus(MESSAGES.invalid, true);
      return;
    }
    showStatus(MESSAGES.loggingIn, false);
    let response;
    try {
      response = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
        body: JSON.stringify({ email: email, password: password })
      });
    } catch (e) {
      showStatus(MESSAGES.network, true);
      return;
    }
    if (response.ok) {
      const body = await response.json();
      try {
        window.sessionStorage.setItem(TOKEN_KEY, body.accessToken);
      } catch (e) {
        // the session then lasts as long as the page
      }
      form.password.value = '';
      showStatus(null, false);
      showSession(body.accessToken);
      document.getElementById('logout').focus();
      return;
    }
    if (response.status === 401) {
      showStatus(MESSAGES.wrongCredentials, true);
    } else if (response.status === 400) {
      showStatus(MESSAGES.invalid, true);
    } else {
      showStatus(MESSAGES.unavailable, true);
    }
  }

  function logOut() {
    try {
      window.sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) {
      // nothing stored
    }
    showSession(null);
    showStatus(MESSAGES.loggedOut, false);
    document.getElementById('email').focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    applyLanguage(storedLanguage());
    document.getElementById('language-switch').addEventListener('click', switchLanguage);
    document.getElementById('login-form').addEventListener('submit', logIn);
    document.getElementById('logout').addEventListener('click', logOut);
    showSession(currentToken());
  });
}());
