/* The actor network (cytoscape): relations and event dyads as weighted edges; click an actor to open it. */
"use strict";
(function () {
  document.querySelectorAll(".network[data-src]").forEach((node) => {
    const count = document.getElementById("network-count");
    cg.getJSON(node.dataset.src).then((data) => {
      if (!data.nodes.length) {
        node.replaceChildren(cg.el("p", { class: "muted empty-note" }, "No relation or event links two actors here."));
        return;
      }
      const focus = node.dataset.focus;
      const elements = data.nodes.map((n) => ({ data: {
        id: n.id, name: n.name, url: n.url, colour: cg.kindColour(n.kind),
        size: Math.min(70, 16 + 7 * Math.sqrt(n.weight)), focus: n.id === focus ? 1 : 0 } }))
        .concat(data.edges.map((e, i) => ({ data: {
          id: "e" + i, source: e.source, target: e.target, label: e.label.replace(/_/g, " ") + " (" + e.weight + ")",
          kind: e.kind, width: Math.min(9, 1 + 1.6 * Math.log2(1 + e.weight)),
          colour: e.kind === "event" ? cg.colour(e.label) : "#64748b" } })));
      const cy = cytoscape({
        container: node, elements, minZoom: 0.2, maxZoom: 3,
        style: [
          { selector: "node", style: { "background-color": "data(colour)", width: "data(size)", height: "data(size)",
            label: "data(name)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, color: "#1f2328",
            "text-outline-color": "#fff", "text-outline-width": 2, "border-width": 1.5, "border-color": "#fff" } },
          { selector: "node[focus = 1]", style: { "border-width": 4, "border-color": "#111827", "font-weight": "bold" } },
          { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
            "target-arrow-shape": "triangle", "arrow-scale": 0.8, "curve-style": "bezier", opacity: 0.7 } },
          { selector: "edge[kind = 'event']", style: { "line-style": "dashed" } },
          { selector: "edge.hover", style: { label: "data(label)", "font-size": 10, "text-rotation": "autorotate",
            "text-background-color": "#fff", "text-background-opacity": 0.9, opacity: 1 } },
          { selector: "node.hover", style: { "border-color": "#111827" } },
        ],
        layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90,
          componentSpacing: 60, padding: 20 },
      });
      cy.on("mouseover", "edge, node", (e) => { e.target.addClass("hover"); node.style.cursor = e.target.isNode() ? "pointer" : ""; });
      cy.on("mouseout", "edge, node", (e) => { e.target.removeClass("hover"); node.style.cursor = ""; });
      cy.on("tap", "node", (e) => { location.href = cg.safeHref(e.target.data("url")); });
      node.cy = cy;
      node.dataset.ready = "1";
      if (count) count.textContent = cg.plural(data.nodes.length, "actor") + ", " + cg.plural(data.edges.length, "edge")
        + (data.truncated ? " (the heaviest)" : "");
    }).catch((error) => { node.replaceChildren(cg.el("p", { class: "muted" }, "The network could not be loaded (" + error.message + ").")); });
  });
})();
