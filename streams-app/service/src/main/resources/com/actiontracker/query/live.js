// Keeps the live ledger current without reloading it: every few seconds the page asks for itself again and, when
// the ledger part differs, swaps it in place. A reload would close an open section, lose the scroll position and
// drop what a person is typing into a form; this keeps all three. Without script the page's <noscript> refresh
// takes over. Same origin only (the Content-Security-Policy allows script and fetch from 'self' alone).
(function () {
  'use strict';
  var ledger = document.getElementById('ledger');
  var status = document.getElementById('live-status');
  if (!ledger || !status) {
    return;
  }
  var every = 1000 * (parseInt(ledger.getAttribute('data-refresh-seconds'), 10) || 15);
  // What the server last sent, as the browser's own parser serialises it: comparing against the live DOM instead
  // would count an opened section or a typed value as a change.
  var shown = ledger.innerHTML;
  var timer = null;
  var asking = false;

  function say(text) {
    status.textContent = text;
  }

  function busy() {
    // Never swap the form a person is filling in.
    var active = document.activeElement;
    return active && ledger.contains(active) && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName);
  }

  function openSections(root) {
    var open = [];
    root.querySelectorAll('details').forEach(function (details, index) {
      if (details.open) {
        open.push(details.id || '#' + index);
      }
    });
    return open;
  }

  function reopen(root, open) {
    root.querySelectorAll('details').forEach(function (details, index) {
      if (open.indexOf(details.id || '#' + index) >= 0) {
        details.open = true;
      }
    });
  }

  function swap(fresh) {
    var open = openSections(ledger);
    ledger.replaceWith(fresh);
    ledger = fresh;
    reopen(ledger, open);
  }

  function tick() {
    timer = null;
    if (document.visibilityState === 'hidden') {
      return; // resumes on visibilitychange
    }
    asking = true;
    fetch(location.pathname + location.search, {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'text/html' }
    }).then(function (response) {
      if (response.status === 401) {
        say('Signed out: reload the page to sign in again.');
        return null;
      }
      if (!response.ok) {
        throw new Error('the server answered ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      asking = false;
      if (html === null) {
        return;
      }
      var page = new DOMParser().parseFromString(html, 'text/html');
      var fresh = page.getElementById('ledger');
      if (!fresh) {
        throw new Error('the answer is not the ledger');
      }
      if (fresh.innerHTML !== shown && !busy()) {
        shown = fresh.innerHTML;
        swap(document.importNode(fresh, true));
        document.title = page.title;
      }
      say('Updated ' + new Date().toLocaleTimeString() + '; checks every ' + every / 1000 + ' s.');
      schedule();
    }).catch(function (error) {
      asking = false;
      say('Could not update (' + error.message + '); trying again.');
      schedule();
    });
  }

  function schedule() {
    if (timer === null) {
      timer = setTimeout(tick, every);
    }
  }

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && timer === null && !asking) {
      tick();
    }
  });
  schedule();
})();
