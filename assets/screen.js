// Tells the server whether this screen is a phone's, before Dash asks for the first page: the charts are laid out
// for it (callbacks/page.py SCREEN_COOKIE; the width is its PHONE_MAX_WIDTH). Kept up to date when the window is
// resized or the phone turned: the next view drawn follows.
(function () {
  var query = window.matchMedia("(max-width: 700px)");
  function remember() {
    document.cookie = "nq_screen=" + (query.matches ? "phone" : "wide") + "; path=/; max-age=31536000; SameSite=Lax";
  }
  remember();
  if (query.addEventListener) { query.addEventListener("change", remember); }
})();
