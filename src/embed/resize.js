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

  // A secret per iframe, made here at run time and handed to the embed page in its URL's fragment
  // (never sent to a server, unreadable across origins): a document that is not our chart page,
  // such as one a hostile framer navigated the iframe to, cannot know it, so cannot set a height.
  // It is given at the first message, once the page is loaded: setting src to the same page with a
  // new fragment then only changes the fragment (no reload), which the embed page answers with its
  // height; a frame navigated away loads our page again.
  var crypto = window.crypto;
  function secure(frame) {
    if (!crypto || !crypto.getRandomValues) return;
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    var nonce = "";
    for (var i = 0; i < bytes.length; i++) nonce += (bytes[i] + 256).toString(16).slice(1);
    frame.cotMocNonce = nonce;
    frame.src = frame.src.replace(/#.*$/, "") + "#cm=" + nonce;
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
      // ...and the document in it must still be ours: a frame navigated elsewhere is not. Its
      // origin says so unless it is sandboxed ("null"); the secret says so in every case.
      if (e.origin !== origin && !(e.origin === "null" && opaque(f))) return;
      // A frame of ours that has no secret yet gets one, and answers again with it.
      if (!f.cotMocNonce) return secure(f);
      if (d.nonce !== f.cotMocNonce) return;
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
