/* The events page's timeline: events per day, week or month, stacked by PLOVER type (uPlot). */
"use strict";
(function () {
  const node = document.getElementById("timeline");
  if (!node) return;
  const note = document.getElementById("timeline-note");
  cg.getJSON(node.dataset.src).then((data) => {
    const types = Object.keys(data.series);
    if (!data.buckets.length) {
      node.replaceChildren(cg.el("p", { class: "muted" }, "No dated event to chart."));
      node.classList.add("empty");
      return;
    }
    const xs = data.buckets.map((day) => Date.parse(day + "T00:00:00Z") / 1000);
    // Stack: series k is the sum of types 0..k; drawing the tallest first leaves each type's band visible.
    const stacked = [];
    let running = xs.map(() => 0);
    for (const type of types) {
      running = running.map((v, i) => v + data.series[type][i]);
      stacked.push(running);
    }
    const order = types.map((_, k) => k).reverse();
    const bars = uPlot.paths.bars({ size: [0.8, 36], align: 0 });
    const series = [{}].concat(order.map((k) => ({
      label: types[k], stroke: cg.colour(types[k]), fill: cg.colour(types[k]), width: 0, paths: bars, points: { show: false },
    })));
    const values = [xs].concat(order.map((k) => stacked[k]));
    const what = { day: "day", week: "week", month: "month" }[data.by];
    const base = "per " + what + (data.undated ? " · " + cg.plural(data.undated, "event") + " not charted (undated, or dated too coarsely)" : "")
      + (data.truncated ? " · newest events only" : "");
    note.textContent = base;
    // Half a bucket of room at either end, so that the first and last bars are drawn whole.
    const pad = 0.6 * 86400 * { day: 1, week: 7, month: 30 }[data.by];
    const opts = {
      width: node.clientWidth, height: 240, legend: { show: false },
      cursor: { points: { show: false }, drag: { x: false, y: false } },
      scales: { x: { time: true, range: (u, min, max) => [min - pad, max + pad] }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
      axes: [{ grid: { show: false } }, { grid: { stroke: "#eef0f3" }, size: 40 }],
      series,
      hooks: {
        setCursor: [(u) => {
          const i = u.cursor.idx;
          if (i === null || i === undefined) { note.textContent = base; return; }
          const parts = types.filter((t) => data.series[t][i]).map((t) => t + " " + data.series[t][i]);
          note.textContent = data.buckets[i] + ": " + (parts.join(", ") || "no events");
        }],
      },
    };
    const chart = new uPlot(opts, values, node);
    window.addEventListener("resize", () => chart.setSize({ width: node.clientWidth, height: 240 }));
    const totals = {};
    for (const type of types) totals[type] = data.series[type].reduce((a, b) => a + b, 0);
    cg.legend(document.getElementById("timeline-legend"), totals);
  }).catch((error) => { note.textContent = "The timeline could not be loaded (" + error.message + ")."; });
})();
