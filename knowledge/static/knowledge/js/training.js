// Training modules: progress kept in this browser, video embeds loaded on request, a printable certificate.
// Progressive enhancement: without this file the units stay readable and the tools stay hidden.
// Every visible text comes from the server-rendered HTML (translated there); this file holds no UI text.
(function () {
  "use strict";

  // --- progress, kept in localStorage as a JSON list of completed unit ids ------------------------------------

  function readDone(key) {
    try {
      var parsed = JSON.parse(window.localStorage.getItem(key) || "[]");
      return Array.isArray(parsed) ? parsed.filter(function (id) { return typeof id === "string"; }) : [];
    } catch (error) {
      return []; // storage disabled, or a value this script did not write
    }
  }

  function writeDone(key, ids) {
    try {
      if (ids.length) {
        window.localStorage.setItem(key, JSON.stringify(ids));
      } else {
        window.localStorage.removeItem(key);
      }
    } catch (error) {
      // Storage full or disabled: progress lasts as long as the page.
    }
  }

  function unitIds(element) {
    return (element.getAttribute("data-units") || "").split(/\s+/).filter(Boolean);
  }

  // Stored ids that are no longer units of this module (a unit was removed) are ignored.
  function completed(key, units) {
    var stored = readDone(key);
    return units.filter(function (id) { return stored.indexOf(id) !== -1; });
  }

  function progressText(template, done, total) {
    return (template || "").replace(/%\((\w+)\)s/g, function (match, name) {
      if (name === "done") { return String(done); }
      if (name === "total") { return String(total); }
      return match;
    });
  }

  function showProgress(line, done, total) {
    if (!line) { return; }
    var text = progressText(line.getAttribute("data-progress-template"), done, total);
    if (line.textContent !== text) { line.textContent = text; }
    line.hidden = false;
  }

  // --- video units: nothing is requested from the video host before the click ---------------------------------

  function embedUrl(address) {
    var url;
    try {
      url = new URL(address);
    } catch (error) {
      return null;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") { return null; }
    var host = url.hostname.toLowerCase().replace(/^(www\.|m\.)/, "");
    var parts = url.pathname.split("/").filter(Boolean);
    var id = null;
    if (host === "youtube.com" || host === "youtube-nocookie.com") {
      if (parts[0] === "watch") {
        id = url.searchParams.get("v");
      } else if (parts[0] === "embed" || parts[0] === "shorts" || parts[0] === "live") {
        id = parts[1];
      }
      return id && /^[A-Za-z0-9_-]{6,20}$/.test(id) ? "https://www.youtube-nocookie.com/embed/" + id : null;
    }
    if (host === "youtu.be") {
      id = parts[0];
      return id && /^[A-Za-z0-9_-]{6,20}$/.test(id) ? "https://www.youtube-nocookie.com/embed/" + id : null;
    }
    if (host === "vimeo.com" || host === "player.vimeo.com") {
      id = host === "player.vimeo.com" && parts[0] === "video" ? parts[1] : parts[0];
      return id && /^[0-9]{1,12}$/.test(id) ? "https://player.vimeo.com/video/" + id : null;
    }
    return null;
  }

  function setUpVideo(container) {
    var button = container.querySelector(".video-load");
    var src = embedUrl(container.getAttribute("data-video-url") || "");
    if (!button || !src) { return; } // unknown host: only the link to the host's page stays
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = src;
      frame.title = container.getAttribute("data-video-title") || button.textContent.trim();
      frame.setAttribute("allow", "fullscreen; picture-in-picture; encrypted-media");
      // The site sends no referrer by default; the players refuse to play without the site's origin.
      frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      var notice = container.querySelector(".video-notice");
      if (notice) { notice.parentNode.removeChild(notice); }
      container.insertBefore(frame, container.firstChild);
      button.parentNode.removeChild(button);
      container.classList.add("is-loaded");
      frame.focus(); // the button the visitor pressed is gone: keep their place
    });
  }

  // --- certificate: the name never leaves the page -------------------------------------------------------------

  function setUpCertificate(module) {
    var tool = module.querySelector(".certificate-tool");
    var input = tool && tool.querySelector("#certificate-name");
    var button = tool && tool.querySelector(".certificate-print");
    if (!tool || !input || !button) { return; }
    function update() { button.disabled = input.value.trim() === ""; }
    input.addEventListener("input", update);
    update();
    button.addEventListener("click", function () {
      var name = input.value.trim();
      if (!name) { return; }
      var nameSlot = module.querySelector(".certificate-name");
      var dateSlot = module.querySelector(".certificate-date");
      if (nameSlot) { nameSlot.textContent = name; }
      if (dateSlot) {
        var lang = document.documentElement.lang || undefined;
        var format;
        try {
          format = new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", day: "numeric" });
        } catch (error) {
          format = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "long", day: "numeric" });
        }
        dateSlot.textContent = format.format(new Date());
      }
      document.body.classList.add("printing-certificate");
      window.print();
    });
    window.addEventListener("afterprint", function () {
      document.body.classList.remove("printing-certificate");
    });
  }

  // --- a module page --------------------------------------------------------------------------------------------

  function setUpModule(module) {
    var key = module.getAttribute("data-progress-key");
    var units = unitIds(module);
    if (!key || !units.length) { return; }
    var line = module.querySelector(".progress-summary");
    var tool = module.querySelector(".certificate-tool");
    var toggles = Array.prototype.slice.call(module.querySelectorAll("input.unit-done-toggle[data-unit]"));

    function render() {
      var done = completed(key, units);
      toggles.forEach(function (toggle) {
        var id = toggle.getAttribute("data-unit");
        var isDone = done.indexOf(id) !== -1;
        toggle.checked = isDone;
        var unit = toggle.closest(".unit");
        if (unit) { unit.classList.toggle("is-done", isDone); }
      });
      showProgress(line, done.length, units.length);
      if (tool) { tool.hidden = done.length !== units.length; }
    }

    toggles.forEach(function (toggle) {
      var wrapper = toggle.closest(".unit-done");
      if (wrapper) { wrapper.hidden = false; }
      toggle.addEventListener("change", function () {
        var id = toggle.getAttribute("data-unit");
        var done = completed(key, units).filter(function (other) { return other !== id; });
        if (toggle.checked) { done.push(id); }
        // Keep the module's order, so the stored list reads the same whichever order units were ticked in.
        writeDone(key, units.filter(function (unit) { return done.indexOf(unit) !== -1; }));
        render();
      });
    });
    // Another tab of the same module (in any language) changed the progress.
    window.addEventListener("storage", function (event) {
      if (event.key === key || event.key === null) { render(); }
    });
    render();
    setUpCertificate(module);
  }

  // --- a card in the training listing ---------------------------------------------------------------------------

  function setUpCard(card) {
    var key = card.getAttribute("data-progress-key");
    var units = unitIds(card);
    var line = card.querySelector(".progress-summary");
    if (!key || !units.length || !line) { return; }
    var done = completed(key, units);
    if (done.length) {
      showProgress(line, done.length, units.length);
      card.classList.toggle("is-complete", done.length === units.length);
    }
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".training-module[data-progress-key]"), setUpModule);
    Array.prototype.forEach.call(document.querySelectorAll(".training-card[data-progress-key]"), setUpCard);
    Array.prototype.forEach.call(document.querySelectorAll(".video-embed[data-video-url]"), setUpVideo);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
