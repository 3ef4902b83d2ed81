// Maps of the directory and of an organisation page. Nothing comes from the tile server before the visitor clicks
// the button that names it: until then the box shows that button and the page's list or address serves instead.
// Leaflet and marker clustering are this site's own static files, loaded after the click too.
(function () {
  "use strict";

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  // Properties are raw text (the data is for any program): the popup is built from nodes, each text set as
  // textContent, so nothing an editor typed is ever read as markup.
  function popup(p) {
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = p.url;
    link.textContent = p.name;
    box.appendChild(link);
    [p.type_label, [p.city, p.country_label].filter(Boolean).join(", ")].forEach(function (line) {
      box.appendChild(document.createElement("br"));
      box.appendChild(document.createTextNode(line));
    });
    return box;
  }

  function marker(L, latlng, name, interactive) {
    // The name is the marker's title and alt text: a screen reader says it. On the directory map Tab reaches each
    // marker and Enter opens its link; the one marker of an organisation's page does nothing, so takes no focus.
    return L.marker(latlng, { title: name, alt: name, keyboard: interactive, interactive: interactive });
  }

  function clusterGroup(L, box) {
    var ClusterIcon = L.DivIcon.extend({
      createIcon: function (old) {
        var icon = L.DivIcon.prototype.createIcon.call(this, old);
        icon.setAttribute("aria-label", this.options.label);
        return icon;
      }
    });
    var group = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 50,
      iconCreateFunction: function (cluster) {
        var count = cluster.getChildCount();
        var number = document.createElement("span");
        number.textContent = String(count);
        return new ClusterIcon({
          html: number,
          className: "map-cluster",
          iconSize: L.point(40, 40),
          label: box.getAttribute("data-cluster-label").replace("{count}", count)
        });
      }
    });
    // Enter on a focused group zooms in (the library does it, as for a click); the group's marker then goes away,
    // so focus goes to the map, from which Tab reaches the markers now shown.
    group.on("clusterkeypress", function (event) {
      if (event.originalEvent.keyCode === 13) { box.focus(); }
    });
    return group;
  }

  function draw(box) {
    var L = window.L;
    var point = box.getAttribute("data-point");
    var map = L.map(box, { scrollWheelZoom: false, zoomControl: false });
    L.control.zoom({
      zoomInTitle: box.getAttribute("data-zoom-in"),
      zoomOutTitle: box.getAttribute("data-zoom-out")
    }).addTo(map);
    L.tileLayer(box.getAttribute("data-tiles"), {
      maxZoom: 18, attribution: box.getAttribute("data-attribution")
    }).addTo(map);
    if (point) {
      var latlng = point.split(",").map(Number);
      map.setView(latlng, Number(box.getAttribute("data-zoom") || 14));
      marker(L, latlng, box.getAttribute("data-name"), false).addTo(map);
      return;
    }
    map.setView([40.5, 15], 4);
    fetch(box.getAttribute("data-geojson"), { headers: { Accept: "application/geo+json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var group = clusterGroup(L, box);
        data.features.forEach(function (feature) {
          var c = feature.geometry.coordinates;
          var item = marker(L, [c[1], c[0]], feature.properties.name, true);
          group.addLayer(item.bindPopup(popup(feature.properties)));
        });
        map.addLayer(group);
        if (data.features.length) { map.fitBounds(group.getBounds(), { maxZoom: 10, padding: [20, 20] }); }
      });
  }

  function open(box) {
    var scripts = [box.getAttribute("data-leaflet")];
    if (box.getAttribute("data-cluster")) { scripts.push(box.getAttribute("data-cluster")); }
    box.setAttribute("aria-busy", "true");
    // One after the other: clustering extends Leaflet, which must be there first.
    scripts.reduce(function (chain, src) {
      return chain.then(function () { return window.L && src === scripts[0] ? null : loadScript(src); });
    }, Promise.resolve()).then(function () {
      var consent = box.querySelector(".map-consent");
      if (consent) { consent.remove(); }
      box.removeAttribute("aria-busy");
      draw(box);
    }).catch(function () {
      // Leaflet did not load (offline, blocked): the consent button stays, to try again; the list below remains.
      box.removeAttribute("aria-busy");
    });
  }

  // The choice holds for this tab's session and this tile server only.
  function remembered(box) {
    try { return window.sessionStorage.getItem("map-tiles") === box.getAttribute("data-tiles"); } catch (e) { return false; }
  }

  function remember(box) {
    try { window.sessionStorage.setItem("map-tiles", box.getAttribute("data-tiles")); } catch (e) { /* private mode */ }
  }

  document.querySelectorAll("[data-map]").forEach(function (box) {
    var fallback = box.querySelector(".map-fallback");
    var consent = box.querySelector(".map-consent");
    if (fallback) { fallback.remove(); }
    if (!consent) { return; }
    if (remembered(box)) { open(box); return; }
    consent.hidden = false;
    consent.querySelector("button").addEventListener("click", function () { remember(box); open(box); });
  });
})();
