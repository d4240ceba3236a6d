// Review view keys (a reviewer does hundreds): A accept, R reject, J / K next / previous figure in the queue.
// Only when focus is not in a field, so typing a correction or a note never triggers them.
(function () {
  function typing(target) {
    if (!target) { return false; }
    var tag = (target.tagName || "").toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }
  function press(id) {
    var button = document.getElementById(id);
    if (button && !button.disabled) { button.click(); return true; }
    return false;
  }
  function move(step) {
    var items = Array.prototype.slice.call(document.querySelectorAll(".review-item"));
    if (!items.length) { return false; }
    var current = items.findIndex(function (item) { return item.getAttribute("aria-current") === "true"; });
    var next = items[Math.max(0, Math.min(items.length - 1, current + step))];
    if (current === -1) { next = items[0]; }
    next.focus();
    next.click();
    return true;
  }
  document.addEventListener("keydown", function (e) {
    if (!document.querySelector(".review-view") || typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    var key = (e.key || "").toLowerCase();
    var done = key === "a" ? press("review-accept") : key === "r" ? press("review-reject")
      : key === "j" ? move(1) : key === "k" ? move(-1) : false;
    if (done) { e.preventDefault(); }
  });
})();
