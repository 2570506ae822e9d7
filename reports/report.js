/* notice-lint report: filters (level, rule, category) driven by the form and by the URL hash,
   e.g. #level=error,warning&rule=FIG002&category=figures&only=1. No external resources. */
(function () {
  "use strict";
  var dataEl = document.getElementById("report-data");
  if (!dataEl) { return; }
  var data = JSON.parse(dataEl.textContent);
  var byId = {};
  data.findings.forEach(function (f) { byId[f.id] = f; });
  var form = document.getElementById("filters");
  var KEYS = ["level", "rule", "category"];

  function ids(el, attr) {
    var v = el.getAttribute(attr);
    return v ? v.split(" ").filter(Boolean) : [];
  }
  function boxes(name) {
    return form ? Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]')) : [];
  }
  function state() {
    var s = {};
    KEYS.forEach(function (k) {
      var all = boxes(k), on = all.filter(function (b) { return b.checked; });
      s[k] = on.length === all.length ? null : on.map(function (b) { return b.value; });
    });
    s.only = boxes("only").some(function (b) { return b.checked; });
    return s;
  }
  function active(f, s) {
    return KEYS.every(function (k) { return s[k] === null || s[k].indexOf(f[k]) >= 0; });
  }
  function apply() {
    var s = state(), shown = 0;
    data.findings.forEach(function (f) { f.on = active(f, s); if (f.on) { shown += 1; } });
    document.querySelectorAll(".finding[data-f]").forEach(function (el) {
      var f = byId[el.getAttribute("data-f")];
      el.classList.toggle("filtered", !(f && f.on));
    });
    document.querySelectorAll("mark.hl[data-f]").forEach(function (el) {
      el.classList.toggle("off", !ids(el, "data-f").some(function (i) { return byId[i] && byId[i].on; }));
    });
    document.querySelectorAll("mark.rel[data-r]").forEach(function (el) {
      el.classList.toggle("off", !ids(el, "data-r").some(function (i) { return byId[i] && byId[i].on; }));
    });
    document.querySelectorAll("tr.pair, tr.notes").forEach(function (tr) {
      var any = ids(tr, "data-f").some(function (i) { return byId[i] && byId[i].on; });
      tr.classList.toggle("filtered", s.only && !any);
      if (tr.classList.contains("notes")) { tr.classList.toggle("filtered", !any); }
    });
    document.querySelectorAll("tr.sec").forEach(function (tr) { tr.classList.toggle("filtered", s.only); });
    var out = document.getElementById("shown");
    if (out) { out.textContent = shown + " of " + data.findings.length + " findings shown"; }
    document.body.setAttribute("data-shown", String(shown));
    document.body.classList.toggle("show-ws", boxes("ws").some(function (b) { return b.checked; }));
    document.body.classList.toggle("no-terms", !boxes("terms").some(function (b) { return b.checked; }));
    var all = boxes("allterms").some(function (b) { return b.checked; });
    if (document.body.classList.contains("all-terms") !== all) {
      document.body.classList.toggle("all-terms", all);
      // ordinary glossary words get their tooltip only when they are shown
      document.querySelectorAll(".term.minor[data-tip]").forEach(function (el) {
        if (all) { el.setAttribute("title", el.getAttribute("data-tip")); } else { el.removeAttribute("title"); }
      });
    }
    document.body.classList.toggle("show-mk", boxes("mk").some(function (b) { return b.checked; }));
    return s;
  }
  function toHash(s) {
    var parts = [];
    KEYS.forEach(function (k) { if (s[k] !== null) { parts.push(k + "=" + s[k].map(encodeURIComponent).join(",")); } });
    if (s.only) { parts.push("only=1"); }
    return parts.join("&");
  }
  function fromHash() {
    var h = decodeURIComponent(location.hash.replace(/^#/, ""));
    if (!/^(level|rule|category|only)=/.test(h)) { return false; }
    var want = {};
    h.split("&").forEach(function (p) {
      var kv = p.split("=");
      if (kv.length === 2) { want[kv[0]] = kv[1].split(","); }
    });
    KEYS.forEach(function (k) {
      boxes(k).forEach(function (b) { b.checked = !want[k] || want[k].indexOf(b.value) >= 0; });
    });
    boxes("only").forEach(function (b) { b.checked = !!want.only; });
    return true;
  }
  function flash(id) {
    var f = byId[id];
    document.querySelectorAll('[data-f~="' + id + '"], [data-r~="' + id + '"]').forEach(function (el) {
      if (el.tagName === "TR") { return; }
      el.classList.add("flash");
      setTimeout(function () { el.classList.remove("flash"); }, 1600);
    });
    return f;
  }
  if (form) {
    form.addEventListener("change", function () {
      var s = apply(), h = toHash(s);
      try { history.replaceState(null, "", h ? "#" + h : location.pathname + location.search); } catch (e) { /* file:// */ }
    });
    var reset = document.getElementById("reset");
    if (reset) {
      reset.addEventListener("click", function () {
        form.querySelectorAll('input[type="checkbox"]').forEach(function (b) {
          b.checked = ["only", "ws", "allterms", "mk"].indexOf(b.name) < 0;
        });
        form.dispatchEvent(new Event("change"));
      });
    }
  }
  window.addEventListener("hashchange", function () {
    if (fromHash()) { apply(); return; }
    var m = /^#f-(\d+)$/.exec(location.hash);
    if (m) {
      var f = byId[m[1]];
      if (f && !f.on) { KEYS.forEach(function (k) { boxes(k).forEach(function (b) { b.checked = true; }); }); apply(); }
      flash(m[1]);
    }
  });
  document.addEventListener("click", function (ev) {
    var mark = ev.target.closest && ev.target.closest("mark.hl[data-f], mark.rel[data-r]");
    if (!mark) { return; }
    ids(mark, mark.hasAttribute("data-f") ? "data-f" : "data-r").forEach(flash);
  });
  // j / k (or n / p): next / previous visible finding in the text
  var cursor = -1;
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || /^(INPUT|SELECT|TEXTAREA)$/.test(ev.target.tagName)) { return; }
    var step = { j: 1, n: 1, k: -1, p: -1 }[ev.key];
    if (!step) { return; }
    var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl[id^='f-']")).filter(function (m) {
      return !m.classList.contains("off");
    });
    if (!marks.length) { return; }
    cursor = (cursor + step + marks.length) % marks.length;
    var m = marks[cursor];
    m.scrollIntoView({ block: "center" });
    ids(m, "data-f").forEach(flash);
    ev.preventDefault();
  });
  fromHash();
  apply();
  window.noticeLintReport = { apply: apply, state: state };
}());
