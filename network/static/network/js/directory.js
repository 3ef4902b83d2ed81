// Directory enhancements: "use my location", asked only on a click. The map is map.js.
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
})();
