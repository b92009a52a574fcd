/* Decision trees: with JavaScript, the next step replaces the current one in place.
   Every step keeps its own address (history.pushState), so Back, Forward, reloading and
   sharing behave exactly as without JavaScript. Nothing is stored. */
(function () {
  "use strict";
  var main = document.getElementById("main");
  if (!main || !window.fetch || !window.DOMParser || !window.history.pushState) {
    return;
  }

  function show(html, url, push) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var next = doc.getElementById("main");
    if (!next) {
      window.location.assign(url);
      return;
    }
    main.innerHTML = next.innerHTML;
    document.title = doc.title;
    if (push) {
      window.history.pushState({ decisionTree: true }, "", url);
    }
    // Like a page load: the new step starts at the top (a long question left the page scrolled,
    // with the next step's first lines under the sticky header), and its heading takes the focus.
    window.scrollTo(0, 0);
    var heading = main.querySelector("h1");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    }
  }

  function load(url, push) {
    fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        if (response.status >= 500 || response.redirected) {
          throw new Error("full page load");
        }
        return response.text();
      })
      .then(function (html) {
        show(html, url, push);
      })
      .catch(function () {
        window.location.assign(url);
      });
  }

  main.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-tree-step]") : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    load(link.href, true);
  });

  window.history.replaceState({ decisionTree: true }, "", window.location.href);
  window.addEventListener("popstate", function (event) {
    if (event.state && event.state.decisionTree) {
      load(window.location.href, false);
    }
  });
})();
