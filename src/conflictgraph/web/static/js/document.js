/* The document page: bring the sentence an evidence link points at into the middle of the view. */
"use strict";
(function () {
  function focusTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    const node = id && document.getElementById(id);
    if (!node || !node.classList.contains("ev")) return;
    document.querySelectorAll(".ev.marked").forEach((other) => other.classList.remove("marked"));
    node.classList.add("marked");
    node.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", focusTarget);
  // After the browser's own jump to the anchor, which would leave the sentence under the top bar.
  window.addEventListener("load", () => requestAnimationFrame(focusTarget));
})();
