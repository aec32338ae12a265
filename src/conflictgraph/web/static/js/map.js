/* The map: Natural Earth country shapes (vendored, no tile server) and located events coloured by type. */
"use strict";
(function () {
  const node = document.getElementById("map");
  if (!node) return;
  const map = L.map(node, { worldCopyJump: true, minZoom: 2, maxZoom: 11, zoomSnap: 0.5 }).setView([31, 42], 4.5);
  // Countries, then their names, under the event markers (which stay in Leaflet's overlay pane).
  map.createPane("countries").style.zIndex = 350;
  map.createPane("labels").style.zIndex = 380;
  map.getPane("labels").style.pointerEvents = "none";
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Country shapes: Natural Earth");
  const { el } = cg;

  function popup(event) {
    const place = event.location;
    const toll = [];
    if (event.fatalities !== null) toll.push((event.fatalities || "none") + " killed");
    if (event.injuries !== null) toll.push((event.injuries || "none") + " injured");
    return el("div", { class: "popup", "data-event": event.id },
      el("h4", {}, cg.badge(event.type), event.mode ? " " + event.mode : "", " · ", event.date || "undated"),
      el("div", {}, cg.actorLink(event.source), " → ", cg.actorLink(event.target)),
      el("div", { class: "facts muted" }, place.name + (place.country ? " (" + place.country + ")" : "")
        + (place.approximate ? " · somewhere in this " + place.level : ""),
        toll.length ? " · " + toll.join(", ") : ""),
      el("div", { class: "support-line" }, cg.supportText(event.support)),
      el("ol", { class: "evidence" }, event.evidence.map((e) =>
        el("li", {}, el("a", { href: e.url, class: "evidence-link" }, cg.truncate(e.text, 220))))));
  }

  // A country's name at the middle of its largest piece, shown once the map is zoomed in far enough to read it.
  function labelCountries(countries) {
    for (const feature of countries.features) {
      const geometry = feature.geometry;
      if (!geometry || !feature.properties.name) continue;
      const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
      let best = null, bestArea = 0;
      for (const polygon of polygons) {
        const bounds = L.latLngBounds(polygon[0].map(([x, y]) => [y, x]));
        const area = (bounds.getEast() - bounds.getWest()) * (bounds.getNorth() - bounds.getSouth());
        if (area > bestArea) { best = bounds; bestArea = area; }
      }
      if (!best || bestArea < 4) continue;
      L.tooltip({ permanent: true, direction: "center", className: "country-label", interactive: false, pane: "labels" })
        .setLatLng(best.getCenter()).setContent(el("span", {}, feature.properties.name)).addTo(map);
    }
    const toggle = () => node.classList.toggle("no-labels", map.getZoom() < 4);
    map.on("zoomend", toggle);
    toggle();
  }

  Promise.all([cg.getJSON(node.dataset.countries), cg.getJSON(node.dataset.src)]).then(([world, events]) => {
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, {
      pane: "countries", interactive: false, style: { color: "#a3adb8", weight: 0.7, fillColor: "#f4f2ec", fillOpacity: 1 },
    }).addTo(map);
    labelCountries(countries);
    const layer = L.featureGroup().addTo(map);
    const seen = {};
    const counts = {};
    const stacked = [];
    for (const feature of events.features) {
      const event = feature.properties;
      const [lon, lat] = feature.geometry.coordinates;
      const key = lat.toFixed(4) + "," + lon.toFixed(4);
      const k = (seen[key] = (seen[key] || 0) + 1) - 1;
      const radius = 5 + Math.min(7, Math.sqrt(event.fatalities || 0));
      // A country's or a region's centroid is not where the event happened: a hollow, dashed ring, not a dot.
      const approximate = event.location.approximate;
      const marker = L.circleMarker([lat, lon], approximate ? {
        radius: radius + 3, color: cg.colour(event.type), weight: 2, dashArray: "3 3", fillOpacity: 0.12,
        fillColor: cg.colour(event.type), className: "event-marker approximate",
      } : {
        radius, color: "#fff", weight: 1.2, fillColor: cg.colour(event.type), fillOpacity: 0.9,
        className: "event-marker",
      }).bindPopup(() => popup(event), { maxWidth: 380 }).bindTooltip(el("span", {}, event.type + " · " + (event.date || "undated") + " · " + event.location.name)).addTo(layer);
      if (k) stacked.push({ marker, at: L.latLng(lat, lon), k });
      counts[event.type] = (counts[event.type] || 0) + 1;
    }
    if (events.features.length) map.fitBounds(layer.getBounds().pad(0.6), { maxZoom: 5.5, animate: false });
    // Events at the same point are spread on a spiral a few pixels wide, at every zoom, so each can be clicked.
    const spread = () => {
      for (const { marker, at, k } of stacked) {
        const angle = k * 2.4, r = 8 * Math.sqrt(k);
        marker.setLatLng(map.unproject(map.project(at).add([r * Math.cos(angle), r * Math.sin(angle)])));
      }
    };
    map.on("zoomend", spread);
    spread();
    document.getElementById("map-count").textContent = cg.plural(events.features.length, "located event")
      + (events.truncated ? " (the newest)" : "");
    cg.legend(document.getElementById("map-legend"), counts);
    node.dataset.ready = "1";
  }).catch((error) => {
    document.getElementById("map-count").textContent = "The map could not be loaded (" + error.message + ").";
  });
})();
