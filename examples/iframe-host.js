// The ten-line host snippet from the README: size Chronocarte iframes to their content.
window.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "chronocarte:height" || typeof data.height !== "number") return;
  for (const frame of document.querySelectorAll("iframe[data-chronocarte-iframe]")) {
    if (frame.contentWindow === event.source) {
      frame.style.height = Math.max(200, Math.min(data.height, 4000)) + "px";
      frame.dataset.reportedHeight = String(data.height);
    }
  }
});
