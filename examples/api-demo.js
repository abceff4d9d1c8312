// The JavaScript API, as a host page uses it (README, "JavaScript API"): the page mounts a
// widget, drives its filters from its own buttons, and follows what the reader does.
import { mount } from "../chronocarte.js";

const el = document.getElementById("api-demo");
const status = document.getElementById("api-status");
const handle = mount(el, { lang: "fr", height: 640 });

const show = ({ filters, count, total }) => {
  const set = Object.entries(filters).filter(([, v]) => v && v.length).map(([k, v]) => `${k} = ${[].concat(v).join(", ")}`);
  status.textContent = `${count} événement(s) sur ${total}` + (set.length ? ` — ${set.join(" ; ")}` : " — aucun filtre");
};
handle.on("change", show);
// No filter at mount: every event is shown.
const total = handle.events().length;
show({ filters: handle.getFilters(), count: total, total });

for (const button of document.querySelectorAll("[data-api-filters]")) {
  button.addEventListener("click", () => {
    const ignored = handle.setFilters(JSON.parse(button.dataset.apiFilters));
    if (ignored.length) console.warn("not in this story:", ignored);
  });
}
document.getElementById("api-export").addEventListener("click", () => {
  const [first] = handle.events();
  const quote = first ? first.reports.find((r) => r.headline).report_quote : "aucun événement";
  status.textContent = `Premier événement (${first ? first.start : "—"}) : « ${quote} »`;
});
