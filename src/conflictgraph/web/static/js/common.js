/* What the pages' scripts share: colours read from the stylesheet, JSON loading, and DOM built from text.
   Stored strings only ever become text nodes or attribute values here, never HTML. */
"use strict";
window.cg = (function () {
  const css = getComputedStyle(document.documentElement);
  const colour = (type) => css.getPropertyValue("--t-" + type).trim() || "#777";
  const kindColour = (kind) => css.getPropertyValue("--k-" + kind).trim() || "#64748b";

  // Only the app's own paths become links: a stored value can never make a javascript: or off-site URL.
  const safeHref = (url) => (typeof url === "string" && url.startsWith("/") && !url.startsWith("//") ? url : "#");

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "class") node.className = value;
      else if (key === "href") node.setAttribute("href", safeHref(value));
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then((response) => {
      if (!response.ok) throw new Error(url + ": HTTP " + response.status);
      return response.json();
    });
  }

  const plural = (n, word) => n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s");
  const supportText = (s) => plural(s.documents, "document") + ", " + plural(s.sources, "independent source");
  const truncate = (text, n) => (text.length > n ? text.slice(0, n - 1).trimEnd() + "…" : text);
  const badge = (type) => el("span", { class: "badge t-" + type }, type);
  const actorLink = (ref) => (ref ? el("a", { class: "actor", href: ref.url }, ref.name) : el("span", { class: "muted" }, "?"));

  function legend(node, counts) {
    node.replaceChildren(...Object.entries(counts).map(([type, n]) => {
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = colour(type);
      return el("span", { class: "legend-item", "data-type": type }, swatch, type + " " + n);
    }));
  }

  return { colour, kindColour, el, getJSON, plural, supportText, truncate, badge, actorLink, legend, safeHref };
})();
