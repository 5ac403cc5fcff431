// The page of `somelint serve`: checks the draft as it is typed (debounced) through the
// server's own API, underlines the findings in the text and lists them. No outside resources.
"use strict";

// Every text of the page: [Finnish, English].
const PAIRS = {
  title: ["Somejulkaisun tarkistus", "Check a social media post"],
  switch: ["In English", "Suomeksi"],
  token: ["Palvelun tunnus", "Service token"],
  platform: ["Kanava", "Channel"],
  any: ["Mikä tahansa", "Any"],
  draft: ["Luonnos", "Draft"],
  hint: ["Kirjoita tai liitä julkaisun teksti. Tarkistus tehdään kirjoittaessasi.",
    "Type or paste the post. It is checked as you type."],
  results: ["Huomautukset", "Findings"],
  privacy: ["Luonnosta ei tallenneta eikä kirjata lokiin.", "Drafts are neither stored nor logged."],
  checking: ["Tarkistetaan…", "Checking…"],
  empty: ["Kirjoita luonnos, niin se tarkistetaan.", "Type a draft to have it checked."],
  none: ["Ei huomautettavaa.", "No problems found."],
  severity: { error: ["virhe", "error"], warning: ["varoitus", "warning"], suggestion: ["ehdotus", "suggestion"] },
  plural: { error: ["virhettä", "errors"], warning: ["varoitusta", "warnings"], suggestion: ["ehdotusta", "suggestions"] },
  guideline: ["Ohjeen kohta", "Guideline"],
  fix: ["Korjausehdotus", "Suggested fix"],
  applySafe: ["Korjaa", "Fix"],
  applyUnsafe: ["Käytä ehdotusta", "Use the suggestion"],
  remove: ["poista kohta", "remove it"],
  length: ["Pituus", "Length"],
  over: ["yli rajan", "over the limit"],
  reloadFailed: ["Sääntöjen päivitys epäonnistui, vanhat säännöt ovat käytössä:",
    "Reloading the rules failed; the old rules are in use:"],
  needToken: ["Anna palvelun tunnus.", "Enter the service token."],
  failed: ["Tarkistus epäonnistui", "The check failed"],
};

function pick(node, i) {
  return Array.isArray(node) ? node[i] : Object.fromEntries(Object.entries(node).map(([k, v]) => [k, pick(v, i)]));
}

const TEXTS = { fi: pick(PAIRS, 0), en: pick(PAIRS, 1) };

const PLATFORMS = {
  x: "X", bluesky: "Bluesky", mastodon: "Mastodon", threads: "Threads",
  instagram: "Instagram", facebook: "Facebook", linkedin: "LinkedIn", tiktok: "TikTok",
};

const $ = (id) => document.getElementById(id);
const state = { lang: new URLSearchParams(location.search).get("lang") === "en" ? "en" : "fi", seq: 0, timer: 0 };
const t = () => TEXTS[state.lang];

function headers() {
  const h = { "Content-Type": "application/json" };
  const token = $("token").value.trim();
  if (token) h.Authorization = "Bearer " + token;
  return h;
}

async function api(path, body) {
  const init = body === undefined ? { headers: headers() } : { method: "POST", headers: headers(), body: JSON.stringify(body) };
  const response = await fetch(path, init);
  if (response.status === 401) {
    $("token-box").hidden = false;
    throw new Error(t().needToken);
  }
  const data = await response.json();
  if (!response.ok) throw new Error(data.error ? data.error.message : String(response.status));
  return data;
}

function translate() {
  document.documentElement.lang = state.lang;
  document.title = "somelint – " + t().title;
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t()[el.dataset.t];
  $("lang").lang = state.lang === "fi" ? "en" : "fi";
}

// Byte offsets of UTF-8 (the API's spans) to indices of the page's UTF-16 text.
function byteIndex(text) {
  const map = new Map();
  let b = 0, i = 0;
  for (const ch of text) {
    map.set(b, i);
    const c = ch.codePointAt(0);
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  map.set(b, i);
  return (offset) => map.get(offset) ?? i;
}

const RANK = { error: 3, warning: 2, suggestion: 1 };

function underline(text, found) {
  const backdrop = $("backdrop");
  backdrop.textContent = "";
  const cuts = new Set([0, text.length]);
  for (const f of found) { cuts.add(f.from); cuts.add(f.to); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const over = found.filter((f) => f.from <= a && f.to >= b && f.to > f.from);
    const piece = text.slice(a, b);
    if (over.length === 0) { backdrop.append(piece); continue; }
    const worst = over.reduce((x, y) => (RANK[y.severity] > RANK[x.severity] ? y : x));
    const mark = document.createElement("mark");
    mark.className = worst.severity;
    mark.dataset.rules = over.map((f) => f.rule).join(" ");
    mark.textContent = piece;
    backdrop.append(mark);
  }
  backdrop.append("\n"); // a last empty line keeps the same height as the text area
  backdrop.scrollTop = $("draft").scrollTop;
}

function summaryLine(found) {
  const n = { error: 0, warning: 0, suggestion: 0 };
  for (const f of found) n[f.severity] += 1;
  const parts = Object.keys(n).filter((k) => n[k] > 0)
    .map((k) => `${n[k]} ${n[k] === 1 ? t().severity[k] : t().plural[k]}`);
  return parts.length ? parts.join(", ") : t().none;
}

function apply(text, f) {
  const area = $("draft");
  if (area.value !== text) return; // changed meanwhile: the next check brings new findings
  area.value = text.slice(0, f.from) + f.fix.replacement + text.slice(f.to);
  area.focus();
  area.setSelectionRange(f.from + f.fix.replacement.length, f.from + f.fix.replacement.length);
  changed(0);
}

function list(text, found) {
  const ol = $("findings");
  ol.textContent = "";
  for (const f of found) {
    const li = document.createElement("li");
    li.className = f.severity;
    li.dataset.rule = f.rule;
    const head = document.createElement("p");
    const sev = document.createElement("span");
    sev.className = "sev";
    sev.textContent = t().severity[f.severity] + " ";
    head.append(sev, f.message, " ");
    const code = document.createElement("code");
    code.textContent = f.rule;
    head.append(code);
    li.append(head);
    for (const [label, value] of [[null, f.help], [t().guideline, f.source]]) {
      if (!value) continue;
      const p = document.createElement("p");
      p.className = "meta";
      p.textContent = label ? `${label}: ${value}` : value;
      li.append(p);
    }
    if (f.fix) {
      const p = document.createElement("p");
      p.className = "meta";
      p.textContent = `${t().fix}: ${f.fix.replacement ? "”" + f.fix.replacement + "”" : t().remove} `;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "apply";
      button.textContent = f.fix.safe ? t().applySafe : t().applyUnsafe;
      button.addEventListener("click", () => apply(text, f));
      p.append(button);
      li.append(p);
    }
    ol.append(li);
  }
}

async function check() {
  const text = $("draft").value;
  const seq = ++state.seq;
  if (text.trim() === "") {
    underline(text, []);
    $("findings").textContent = "";
    $("summary").textContent = t().empty;
  } else {
    $("summary").textContent = t().checking;
  }
  const platform = $("platform").value || undefined;
  try {
    const [doc, sizes] = await Promise.all([
      text.trim() === "" ? null : api("/v1/check", { text, platform, lang: state.lang }),
      api("/v1/measure", { text }),
    ]);
    if (seq !== state.seq) return; // a newer check is under way
    counts(sizes.lengths);
    if (!doc) return;
    const at = byteIndex(text);
    const found = doc.files.flatMap((file) => file.diagnostics).map((d) => ({
      ...d, from: at(d.span.start), to: at(d.span.end),
    }));
    underline(text, found);
    list(text, found);
    $("summary").textContent = summaryLine(found);
  } catch (e) {
    if (seq === state.seq) $("summary").textContent = `${t().failed}: ${e.message}`;
  }
}

function counts(lengths) {
  const box = $("counts");
  box.textContent = `${t().length}: `;
  const chosen = $("platform").value;
  lengths.forEach((l, k) => {
    const span = document.createElement("span");
    span.dataset.platform = l.platform;
    span.textContent = `${PLATFORMS[l.platform] || l.platform} ${l.length}/${l.limit}`;
    if (l.length > l.limit) { span.className = "over"; span.textContent += ` (${t().over})`; }
    if (l.platform === chosen) span.classList.add("current");
    box.append(span, k + 1 < lengths.length ? " · " : "");
  });
}

function changed(delay) {
  // The text is mirrored at once so that the underlines never drift from it.
  const area = $("draft");
  if ($("backdrop").textContent !== area.value + "\n") underline(area.value, []);
  clearTimeout(state.timer);
  state.timer = setTimeout(check, delay);
}

async function start() {
  translate();
  const select = $("platform");
  for (const [value, name] of Object.entries(PLATFORMS)) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = name;
    select.append(option);
  }
  $("draft").addEventListener("input", () => changed(300));
  $("draft").addEventListener("scroll", () => { $("backdrop").scrollTop = $("draft").scrollTop; });
  select.addEventListener("change", () => changed(0));
  $("token").addEventListener("change", () => { status(); changed(0); });
  $("lang").addEventListener("click", () => {
    state.lang = state.lang === "fi" ? "en" : "fi";
    translate();
    changed(0);
  });
  await status();
  changed(0);
}

// Shows why the last reload of the rules failed, if it did.
async function status() {
  try {
    const rules = await api("/v1/rules");
    const banner = $("reload-error");
    banner.hidden = !rules.reload_error;
    banner.textContent = rules.reload_error ? `${t().reloadFailed}\n${rules.reload_error}` : "";
  } catch (e) {
    $("summary").textContent = e.message;
  }
}

document.addEventListener("DOMContentLoaded", start);
