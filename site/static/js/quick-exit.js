/* Quick exit, enhanced. Without JavaScript the button is a plain link to a neutral site.
   With it: the current page is replaced in history (Back does not return here), a blank
   overlay hides the page at once, and pressing Shift three times within five seconds exits. */
(function () {
  "use strict";
  var root = document.querySelector("[data-quick-exit]");
  if (!root) return;
  var link = root.querySelector("[data-quick-exit-link]");
  var progress = root.querySelector("[data-quick-exit-progress]");
  var messages = document.querySelector("[data-quick-exit-messages]");
  var text = function (name) { return messages ? messages.getAttribute("data-" + name) || "" : ""; };

  function leave(event) {
    if (event) event.preventDefault();
    var overlay = document.createElement("div");
    overlay.className = "quick-exit-overlay";
    overlay.setAttribute("aria-hidden", "true");
    document.body.appendChild(overlay);
    document.title = text("leaving") || document.title;
    window.location.replace(link.href);
  }

  link.addEventListener("click", leave);

  var presses = [];
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 5000; });
    presses.push(now);
    if (progress) {
      progress.hidden = false;
      progress.textContent = text("progress").replace("{count}", String(presses.length));
    }
    if (presses.length >= 3) leave();
  });
})();
