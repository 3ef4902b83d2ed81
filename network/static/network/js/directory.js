// Directory enhancements: "use my location" (asked only on a click) and the map (loaded only in the map view).
(function () {
  "use strict";
  var nearMe = document.querySelector(".near-me");
  if (nearMe && "geolocation" in navigator) {
    nearMe.hidden = false;
    nearMe.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        var params = new URLSearchParams(window.location.search);
        params.delete("town"); params.delete("page");
        params.set("lat", position.coords.latitude.toFixed(4));
        params.set("lon", position.coords.longitude.toFixed(4));
        window.location.search = params.toString();
      }, function () {
        nearMe.insertAdjacentText("afterend", " " + nearMe.getAttribute("data-error"));
      }, { timeout: 10000, maximumAge: 600000 });
    });
  }

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

  var mapBox = document.getElementById("directory-map");
  if (!mapBox) { return; }
  var script = document.createElement("script");
  script.src = mapBox.getAttribute("data-leaflet");
  script.onload = function () {
    var fallback = mapBox.querySelector(".map-fallback");
    if (fallback) { fallback.remove(); }
    var map = window.L.map(mapBox, { scrollWheelZoom: false }).setView([40.5, 15], 4);
    window.L.tileLayer(mapBox.getAttribute("data-tiles"), {
      maxZoom: 18, attribution: mapBox.getAttribute("data-attribution")
    }).addTo(map);
    fetch(mapBox.getAttribute("data-geojson"), { headers: { Accept: "application/geo+json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        // Properties are raw text (the data is for any program): the popup is built from nodes, each text set as
        // textContent, so nothing an editor typed is ever read as markup.
        var layer = window.L.geoJSON(data, {
          onEachFeature: function (feature, marker) {
            marker.bindPopup(popup(feature.properties));
          }
        }).addTo(map);
        if (data.features.length) { map.fitBounds(layer.getBounds(), { maxZoom: 10, padding: [20, 20] }); }
      });
  };
  document.head.appendChild(script);
})();
