// Live class pages (the live quiz, the question box): the page follows the session without reloading.
// Without this file every page still works (Refresh links, plain forms). With it:
// - [data-live-panel] with [data-live-etag]: the pupil's panel is polled with If-None-Match and
//   replaced in place when it changes (304 Not Modified the rest of the time);
// - [data-live-state]: the teacher's screens poll a small JSON state; counts change in place and
//   the panel is fetched again when the version moves;
// - forms marked [data-live-submit] are sent in the background; the answer comes back as the new
//   panel (pupils) or as 204 and a fresh poll (teachers).
// A phone that loses its connection keeps polling, more slowly, and carries on when it is back.
(function () {
  "use strict";
  var root = document.querySelector("[data-live-panel]");
  if (!root || !window.fetch || !window.FormData) {
    return;
  }
  var panelUrl = root.getAttribute("data-live-panel");
  var stateUrl = root.getAttribute("data-live-state");
  var etag = root.getAttribute("data-live-etag");
  var version = root.getAttribute("data-live-version");
  var interval = parseInt(root.getAttribute("data-live-interval"), 10) || 1000;
  var offline = document.querySelector("[data-live-offline]");
  var announce = document.querySelector("[data-live-announce]");
  var failures = 0;
  var timer = null;
  var busy = false;
  window.vigilantLive = { panelsReplaced: 0 };

  function headers(extra) {
    var result = { "X-Live-Panel": "1" };
    for (var name in extra) {
      result[name] = extra[name];
    }
    return result;
  }

  function setOffline(isOffline) {
    if (offline) {
      offline.hidden = !isOffline;
    }
  }

  function replacePanel(html, newEtag) {
    var focusInside = root.contains(document.activeElement) || document.activeElement === document.body;
    var open = [];
    root.querySelectorAll("details[open][id]").forEach(function (details) {
      open.push(details.id);
    });
    root.innerHTML = html;
    open.forEach(function (id) {
      var details = document.getElementById(id);
      if (details) {
        details.open = true;
      }
    });
    if (newEtag) {
      etag = newEtag;
    }
    window.vigilantLive.panelsReplaced += 1;
    var heading = root.querySelector("[data-live-heading]");
    if (heading && announce) {
      announce.textContent = heading.textContent.trim();
    }
    if (heading && focusInside) {
      heading.focus();
    }
  }

  function updateCounts(state) {
    ["joined", "answered"].forEach(function (name) {
      root.querySelectorAll('[data-live-count="' + name + '"]').forEach(function (target) {
        if (typeof state[name] === "number" && target.textContent !== String(state[name])) {
          target.textContent = String(state[name]);
        }
      });
    });
  }

  // Every request of this page: a 304 (nothing changed) leaves the page as it is and a 404 (the
  // session is gone) reloads it; any other answer goes to onAnswer.
  function send(url, options, onAnswer) {
    var init = { credentials: "same-origin", cache: "no-store" };
    for (var name in options) {
      init[name] = options[name];
    }
    return fetch(url, init).then(function (response) {
      if (response.status === 304) {
        return;
      }
      if (response.status === 404) {
        window.location.reload();
        return;
      }
      return onAnswer(response);
    });
  }

  function showPanel(response) {
    return response.text().then(function (html) {
      replacePanel(html, response.headers.get("ETag"));
    });
  }

  // The pupil's panel; ``conditional``: only if it changed since the one on screen.
  function fetchPanel(conditional) {
    var extra = conditional && etag ? { "If-None-Match": etag } : {};
    return send(panelUrl, { headers: headers(extra) }, showPanel);
  }

  function pollState() {
    var extra = etag ? { "If-None-Match": etag } : {};
    return send(stateUrl, { headers: headers(extra) }, function (response) {
      etag = response.headers.get("ETag");
      return response.json().then(function (state) {
        if (String(state.version) !== String(version)) {
          version = String(state.version);
          return fetchPanel(false);
        }
        updateCounts(state);
      });
    });
  }

  function schedule(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(poll, delay);
  }

  function poll() {
    if (busy) {
      return;
    }
    if (document.hidden) {
      schedule(interval);
      return;
    }
    busy = true;
    (stateUrl ? pollState() : fetchPanel(true))
      .then(function () {
        failures = 0;
        setOffline(false);
      })
      .catch(function () {
        failures += 1;
        setOffline(failures > 1);
      })
      .then(function () {
        busy = false;
        // Back off while the connection is gone (up to 8 s); a little jitter spreads the phones out.
        var delay = interval * Math.min(8, Math.pow(2, Math.min(failures, 3)));
        schedule(delay * (0.9 + Math.random() * 0.2));
      });
  }

  root.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-live-submit")) {
      return;
    }
    event.preventDefault();
    var button = form.querySelector("[type=submit]");
    if (button) {
      button.disabled = true;
    }
    send(form.action, { method: "POST", body: new FormData(form), headers: headers({}) }, function (response) {
      return response.status === 204 ? pollNow() : showPanel(response);
    })
      .catch(function () {
        setOffline(true);
        if (button) {
          button.disabled = false;
        }
      });
  });

  function pollNow() {
    version = stateUrl ? "" : version;
    schedule(0);
  }

  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) {
      schedule(0);
    }
  });
  window.addEventListener("online", function () {
    schedule(0);
  });
  schedule(interval);
})();
