// Autocomplete for search boxes (progressive enhancement; the forms work without it).
// ARIA 1.2 combobox with a listbox popup: arrow keys move through the suggestions, Enter opens one,
// Escape closes the list; suggestions come from /api/search/suggest/.
(function () {
  "use strict";
  if (!window.fetch || !document.querySelectorAll) { return; }
  var counter = 0;

  function enhance(input) {
    var url = input.getAttribute("data-suggest");
    var lang = input.getAttribute("data-lang") || document.documentElement.lang || "en";
    if (!url || input.getAttribute("role") === "combobox") { return; }
    counter += 1;
    var listId = "search-suggestions-" + counter;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    // The words come translated from the template (search/includes/autocomplete_labels.html); English if missing.
    var fallbackLabel = input.getAttribute("data-suggestions-label") || "Suggestions";
    var announceOne = input.getAttribute("data-announce-one") || "{count} suggestion, use the arrow keys";
    var announceOther = input.getAttribute("data-announce-other") || "{count} suggestions, use the arrow keys";
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent.trim() : fallbackLabel);
    list.hidden = true;
    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    var wrapper = input.parentNode;
    wrapper.classList.add("has-suggestions");
    wrapper.appendChild(list);
    wrapper.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var items = [];
    var active = -1;
    var timer = null;
    var lastQuery = "";
    var controller = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(index) {
      var options = list.querySelectorAll("[role=option]");
      for (var i = 0; i < options.length; i += 1) {
        options[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({block: "nearest"});
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function announce(count) {
      if (!count) { return ""; }
      return (count === 1 ? announceOne : announceOther).split("{count}").join(String(count));
    }

    function render(suggestions) {
      items = suggestions;
      list.textContent = "";
      suggestions.forEach(function (item, i) {
        var li = document.createElement("li");
        li.id = listId + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        // A suggestion in another language than the page's: its title in its own language (lang), then that
        // language's name, translated, as part of the option's text. Without a locale, or an unknown one: nothing.
        var language = item.locale && item.locale !== lang ? input.getAttribute("data-language-" + item.locale) : "";
        if (language) {
          var title = document.createElement("span");
          title.setAttribute("lang", item.locale);
          title.textContent = item.title;
          var name = document.createElement("span");
          name.className = "search-suggestion-language";
          name.textContent = " (" + language + ")";
          li.appendChild(title);
          li.appendChild(name);
        } else {
          li.textContent = item.title;
        }
        li.addEventListener("mousedown", function (event) { event.preventDefault(); });
        li.addEventListener("click", function () { window.location.assign(item.url); });
        list.appendChild(li);
      });
      active = -1;
      if (suggestions.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
      status.textContent = announce(suggestions.length);
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === lastQuery) { return; }
      lastQuery = q;
      if (q.length < 2) { render([]); return; }
      if (controller && controller.abort) { controller.abort(); }
      controller = window.AbortController ? new AbortController() : null;
      var target = url + "?q=" + encodeURIComponent(q) + "&lang=" + encodeURIComponent(lang);
      fetch(target, {headers: {"Accept": "application/json"}, signal: controller ? controller.signal : undefined})
        .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
        .then(function (data) { if (input.value.trim() === q) { render(data.suggestions || []); } })
        .catch(function () { /* offline or aborted: the form still works */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        if (list.hidden && items.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
        if (items.length) { event.preventDefault(); setActive((active + 1) % items.length); }
      } else if (event.key === "ArrowUp") {
        if (items.length) { event.preventDefault(); setActive(active <= 0 ? items.length - 1 : active - 1); }
      } else if (event.key === "Enter") {
        if (!list.hidden && active >= 0 && items[active]) {
          event.preventDefault();
          window.location.assign(items[active].url);
        }
      } else if (event.key === "Escape") {
        if (!list.hidden) { event.preventDefault(); close(); }
      }
    });
    input.addEventListener("blur", function () { window.setTimeout(close, 100); });
  }

  function init() {
    var inputs = document.querySelectorAll("input[data-suggest]");
    for (var i = 0; i < inputs.length; i += 1) { enhance(inputs[i]); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
