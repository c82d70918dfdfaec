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
    // "*": a sandboxed frame cannot name its host's origin; the receiver checks who sent it.
    window.parent.postMessage({ cotMoc: "height", id: id, height: height }, "*");
  }
  // The host's script asks when it starts after this page has already told its height; a height
  // is all anyone can get by asking.
  window.addEventListener("message", function (e) {
    if (e.source === window.parent && e.data && e.data.cotMoc === "ask") {
      last = 0;
      post();
    }
  });
  if (window.ResizeObserver) new ResizeObserver(post).observe(root);
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
})();
