// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  // Move focus to <main> when the skip link is used, for browsers that do not do it themselves.
  var skip = document.querySelector(".skip-link");
  if (skip) {
    skip.addEventListener("click", function () {
      var main = document.getElementById("main");
      if (main) { main.focus(); }
    });
  }
  // Folding parts (the menu, the filters) are open on wide screens, where they are not shown as buttons; browsers
  // that style ::details-content show them without this.
  var folding = document.querySelectorAll("details[data-open-wide]");
  folding.forEach(function (details) {
    var wide = window.matchMedia(details.getAttribute("data-open-wide") || "(min-width: 48rem)");
    var sync = function () { if (wide.matches) { details.open = true; } };
    sync();
    if (wide.addEventListener) { wide.addEventListener("change", sync); }
    details.addEventListener("toggle", sync);
  });
  // "Copy the link" in the share links: shown only where the clipboard can be written.
  if (navigator.clipboard) {
    document.querySelectorAll("[data-copy-link]").forEach(function (button) {
      var status = button.parentNode.querySelector(".copy-status");
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(function () {
          if (status) { status.textContent = button.getAttribute("data-copied"); }
        });
      });
    });
  }
  // A form came back with errors: move focus to its summary, so that it is read out and in view.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) { summary.focus(); }
})();
