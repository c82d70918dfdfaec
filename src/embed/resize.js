/*! Cột Mốc: sizes embedded chart iframes to their content. Optional: without it, each iframe keeps the height written in its code. */
(function () {
  var me = document.currentScript;
  // Two embeds on one page load this twice; one listener is enough.
  if (!me || window.cotMocNhung) return;
  window.cotMocNhung = 1;
  // Our site is where this file came from: "https://host/base/" and its origin.
  var base = me.src.replace(/[^/]*$/, "");
  var origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]+/i.exec(base);
  if (!origin) return;
  origin = origin[0];

  // A frame under sandbox without allow-same-origin has an opaque origin, and its messages
  // arrive with origin "null". Any sandboxed document may say "null", so it is accepted only
  // from the window of an iframe that we manage and that is sandboxed that way.
  function opaque(frame) {
    var s = frame.getAttribute("sandbox");
    return s !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(s);
  }

  function ours(frame) {
    return frame.src.indexOf(base + "bieu-do/") === 0;
  }

  window.addEventListener("message", function (e) {
    var d = e.data;
    // The only message understood: a finite height, in a sane range, for a chart id.
    if (!e.source || !d || typeof d !== "object" || d.cotMoc !== "height") return;
    if (typeof d.id !== "string" || !/^[a-z0-9-]+$/.test(d.id) || typeof d.height !== "number") return;
    var height = Math.round(d.height);
    if (!(height >= 50 && height <= 10000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      // The sender must be this iframe's own window (not the host, a sibling, or a popup)...
      if (f.contentWindow !== e.source) continue;
      // ...the iframe must show that chart's embed page from our site...
      if (f.src.indexOf(base + "bieu-do/" + d.id + "/nhung/") !== 0) return;
      // ...and the document in it must still be ours: a frame navigated elsewhere is not.
      if (e.origin !== origin && !(e.origin === "null" && opaque(f))) return;
      // The one thing ever written: a height in pixels. No navigation, no markup, no eval.
      f.style.height = height + "px";
      return;
    }
  });

  // Frames that loaded before this script ran have told their height to no one: ask them again.
  // The question carries nothing, so it may go to "*" (a sandboxed frame has no origin to name).
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (ours(frames[i]) && frames[i].contentWindow) frames[i].contentWindow.postMessage({ cotMoc: "ask" }, "*");
  }
})();
