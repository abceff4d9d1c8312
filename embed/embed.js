// Iframe mode: the page inside the iframe reports its height to the parent, as
// Datawrapper and Flourish embeds do, so the host can size the iframe to fit.
// Message: { type: "chronocarte:height", height: <CSS px> }.
import "./chronocarte.js";

let last = 0;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: "chronocarte:height", height }, "*");
  }
}
new ResizeObserver(report).observe(document.documentElement);
report();
