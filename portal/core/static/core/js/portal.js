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
  // A form came back with errors: move focus to its summary, so that it is read out and in view.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) { summary.focus(); }
})();
