// Scorecard on a narrow screen: the grid scrolls sideways inside its .scroll-x box; its row labels (the heatmap's
// y axis) stay in view over a plain band, as a table's sticky first column would, while the cells and their column
// headers scroll under it.
(function () {
  var SVG = "http://www.w3.org/2000/svg";
  function pin(box) {
    var gd = box.querySelector(".js-plotly-plot");
    var labels = box.querySelector(".yaxislayer-above");
    if (!gd || !labels || !gd._fullLayout) { return; }
    var band = labels.querySelector("rect.sticky-band");
    if (!band) {
      band = document.createElementNS(SVG, "rect");
      band.setAttribute("class", "sticky-band");
      band.setAttribute("fill", "#ffffff");
      band.setAttribute("pointer-events", "none");
      labels.insertBefore(band, labels.firstChild);
    }
    band.setAttribute("x", 0);
    band.setAttribute("y", 0);
    band.setAttribute("width", gd._fullLayout._size.l);
    band.setAttribute("height", gd._fullLayout.height);
    labels.setAttribute("transform", "translate(" + box.scrollLeft + ",0)");
  }
  function boxes() { return document.querySelectorAll(".view-scorecard .scroll-x"); }
  document.addEventListener("scroll", function (e) {
    var box = e.target;
    if (box && box.classList && box.classList.contains("scroll-x") && box.closest(".view-scorecard")) { pin(box); }
  }, true);
  // a redrawn grid (new filter, resize) keeps the box's scroll position: pin its new labels too
  var queued = false;
  new MutationObserver(function () {
    if (queued) { return; }
    queued = true;
    window.requestAnimationFrame(function () {
      queued = false;
      boxes().forEach(function (box) {
        var labels = box.querySelector(".yaxislayer-above");
        var want = "translate(" + box.scrollLeft + ",0)";
        if (box.scrollLeft > 0 && labels && labels.getAttribute("transform") !== want) { pin(box); }
      });
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
