// Puts Vigilant's workflow action (submit to the moderators, or "in review") first in the
// translation editor's footer, which wagtail-localize's React code renders after page load.
// See editorial/localize_editor.py.
(function () {
    "use strict";
    function place() {
        var action = document.querySelector("[data-vigilant-translation-workflow]");
        var footer = document.querySelector(".js-translation-editor footer.footer");
        if (!action || !footer) {
            return false;
        }
        if (action.parentNode !== footer) {
            footer.insertBefore(action, footer.firstChild);
            action.classList.add("vigilant-translation-workflow--in-footer");
        }
        return true;
    }
    function start() {
        if (place()) {
            return;
        }
        var editor = document.querySelector(".js-translation-editor");
        if (!editor) {
            return;
        }
        var observer = new MutationObserver(function () {
            if (place()) {
                observer.disconnect();
            }
        });
        observer.observe(editor, { childList: true, subtree: true });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
