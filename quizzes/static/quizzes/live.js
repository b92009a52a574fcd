// Live class quiz: follow the session without reloading by hand.
// The page works without this file (every page has a "Refresh" link); with it, the page polls a
// small same-origin JSON state, updates counters in place and reloads when the session moves on.
(function () {
  "use strict";
  var root = document.querySelector("[data-live-poll]");
  if (!root || !window.fetch) {
    return;
  }
  var url = root.getAttribute("data-live-poll");
  var version = root.getAttribute("data-live-version");
  var interval = parseInt(root.getAttribute("data-live-interval"), 10) || 1500;
  var busy = false;

  function update(state) {
    if (state.gone || String(state.version) !== version) {
      window.location.reload();
      return;
    }
    ["joined", "answered"].forEach(function (name) {
      var target = root.querySelector('[data-live-count="' + name + '"]');
      if (target && typeof state[name] === "number" && target.textContent !== String(state[name])) {
        target.textContent = String(state[name]);
      }
    });
  }

  function poll() {
    if (busy || document.hidden) {
      return;
    }
    busy = true;
    fetch(url, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json();
      })
      .then(update)
      .catch(function () {})
      .then(function () {
        busy = false;
      });
  }

  window.setInterval(poll, interval);
  document.addEventListener("visibilitychange", poll);
})();
