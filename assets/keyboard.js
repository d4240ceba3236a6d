// Keyboard support for the source-passage dialog: Escape closes it; opening it moves focus into it.
(function () {
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") { return; }
    var layer = document.getElementById("passage-modal");
    if (layer && layer.classList.contains("open")) {
      var close = document.getElementById("passage-close");
      if (close) { close.click(); }
    }
  });
  var lastFocus = null;
  var observer = new MutationObserver(function () {
    var layer = document.getElementById("passage-modal");
    if (!layer) { return; }
    var open = layer.classList.contains("open");
    if (open && layer.dataset.wasOpen !== "1") {
      lastFocus = document.activeElement;
      layer.dataset.wasOpen = "1";
      var panel = document.getElementById("passage-panel");
      if (panel) { panel.focus(); }
    } else if (!open && layer.dataset.wasOpen === "1") {
      layer.dataset.wasOpen = "0";
      if (lastFocus && lastFocus.focus) { lastFocus.focus(); }
    }
  });
  function start() {
    var layer = document.getElementById("passage-modal");
    if (layer) {
      observer.observe(layer, { attributes: true, attributeFilter: ["class"] });
      // phones: filters folded under their heading so the chart is on the first screen
      var details = document.getElementById("controls-details");
      if (details && window.matchMedia("(max-width: 700px)").matches) { details.removeAttribute("open"); }
    } else { setTimeout(start, 200); }
  }
  start();
})();
