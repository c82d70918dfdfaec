/* Cột Mốc embed page: applies ?theme= and tells the host page its height (resize.js listens). */
(function () {
  var root = document.documentElement;
  var theme = /[?&]theme=(light|dark)(?:&|$)/.exec(location.search);
  if (theme) root.setAttribute("data-theme", theme[1]);
  // Opened on its own, there is no host to tell.
  if (window.parent === window) return;
  var id = root.getAttribute("data-chart");
  var last = 0;
  function post() {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The host's script put a secret in this page's fragment (resize.js); echoing it proves this is our page.
    var nonce = /[#&]cm=([0-9a-f]{32})(?:&|$)/.exec(location.hash);
    // "*": a sandboxed frame cannot name its host's origin; the receiver checks who sent it.
    window.parent.postMessage({ cotMoc: "height", id: id, height: height, nonce: nonce ? nonce[1] : "" }, "*");
  }
  // The host's script asks when it starts after this page has already told its height (a height is
  // all anyone can get by asking), and answers a height with a secret in the fragment: tell it again.
  function again() {
    last = 0;
    post();
  }
  window.addEventListener("message", function (e) {
    if (e.source === window.parent && e.data && e.data.cotMoc === "ask") again();
  });
  window.addEventListener("hashchange", again);
  if (window.ResizeObserver) new ResizeObserver(post).observe(root);
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
})();
