// UPSTREAM WORKAROUND: wagtail-localize's translation editor writes two texts in English whatever the
// admin language: "Français to Deutsch translation" and "More actions" are not passed through its
// catalogue. This script sends them through Wagtail's JavaScript catalogue (Vigilant's
// locale/*/LC_MESSAGES/djangojs.po). Delete it when wagtail-localize translates them itself.
(function () {
  "use strict";
  const editor = document.querySelector(".js-translation-editor");
  if (!editor || typeof window.gettext !== "function" || typeof window.interpolate !== "function") {
    return;
  }
  const heading = /^(.+) to (.+) translation$/;
  // Only a changed text is written back: writing the same text again is a mutation too, and the
  // observer below would answer it for ever (an English admin froze the editor).
  function replace(node, text) {
    if (node.nodeValue !== text) {
      node.nodeValue = text;
    }
  }
  function translate(node) {
    const text = node.nodeValue;
    if (text === "More actions") {
      replace(node, window.gettext("More actions"));
      return;
    }
    const match = heading.exec(text);
    if (match) {
      replace(
        node,
        window.interpolate(
          window.gettext("%(source)s to %(target)s translation"),
          { source: match[1], target: match[2] },
          true,
        ),
      );
    }
  }
  function walk(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      translate(walker.currentNode);
    }
  }
  walk(editor);
  new MutationObserver(function (mutations) {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          translate(node);
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          walk(node);
        }
      }
      if (mutation.type === "characterData") {
        translate(mutation.target);
      }
    }
  }).observe(editor, { childList: true, subtree: true, characterData: true });
})();
