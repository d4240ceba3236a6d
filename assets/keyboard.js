// Keyboard support: Escape closes the source-passage dialog and opening it moves focus into it; the "Copy link"
// button works the copy icon.
(function () {
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") { return; }
    var layer = document.getElementById("passage-modal");
    if (layer && layer.classList.contains("open")) {
      var close = document.getElementById("passage-close");
      if (close) { close.click(); }
    }
  });
  // "Copy link": dcc.Clipboard is a bare <div>; its button (a real <button>: Tab, Enter and Space work) clicks it
  document.addEventListener("click", function (e) {
    var button = e.target && e.target.closest && e.target.closest("#copy-link-button");
    var icon = document.getElementById("copy-link");
    if (button && icon) { icon.click(); }
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
    } else { setTimeout(start, 200); }
  }
  start();
})();
