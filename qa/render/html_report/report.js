// newsqa HTML report: details on hover, focus or click; filters; keyboard.
// The report's data is the page itself (escaped markup): nothing here turns
// text into markup, so scraped content stays inert.
(function () {
  "use strict";
  var pop = document.getElementById("pop");
  var pinned = null;

  function detailsOf(mark) {
    return document.getElementById(mark.getAttribute("aria-describedby"));
  }

  function show(mark) {
    var item = detailsOf(mark);
    if (!item || mark.classList.contains("off")) return;
    pop.replaceChildren.apply(pop, Array.prototype.map.call(item.childNodes, function (n) {
      return n.cloneNode(true);
    }));
    pop.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8);
    pop.style.left = Math.max(4, left) + "px";
    pop.style.top = (window.scrollY + box.bottom + 6) + "px";
    document.querySelectorAll("li.finding.current").forEach(function (li) { li.classList.remove("current"); });
    item.classList.add("current");
  }

  function hide(force) {
    if (pinned && !force) return;
    pinned = null;
    pop.hidden = true;
  }

  function markOf(node) {
    return node && node.closest ? node.closest("mark.f") : null;
  }

  document.addEventListener("mouseover", function (e) {
    var mark = markOf(e.target);
    if (mark && !pinned) show(mark);
  });
  document.addEventListener("mouseout", function (e) {
    var mark = markOf(e.target);
    if (mark && !markOf(e.relatedTarget) && document.activeElement !== mark) hide(false);
  });
  document.addEventListener("focusin", function (e) {
    var mark = markOf(e.target);
    if (mark) { pinned = null; show(mark); }
  });
  document.addEventListener("focusout", function (e) {
    if (markOf(e.target) && !markOf(e.relatedTarget)) hide(false);
  });
  document.addEventListener("click", function (e) {
    var mark = markOf(e.target);
    if (mark && !mark.classList.contains("off")) {
      if (pinned === mark) { hide(true); return; }
      show(mark);
      pinned = mark;
    } else if (!pop.contains(e.target)) {
      hide(true);
    }
  });

  function visibleMarks() {
    return Array.prototype.filter.call(document.querySelectorAll("mark.f"), function (m) {
      return !m.classList.contains("off") && !m.closest("[hidden]");
    });
  }

  document.addEventListener("keydown", function (e) {
    var mark = markOf(e.target);
    if (e.key === "Escape") { hide(true); return; }
    if (mark && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      if (pinned === mark) { hide(true); } else { show(mark); pinned = mark; }
      return;
    }
    if (e.target.closest && e.target.closest("input, select, textarea")) return;
    if (e.key === "j" || e.key === "k") {
      var marks = visibleMarks();
      if (!marks.length) return;
      var at = marks.indexOf(mark);
      var next = e.key === "j" ? (at + 1) % marks.length : (at <= 0 ? marks.length - 1 : at - 1);
      marks[next].focus();
      marks[next].scrollIntoView({block: "center"});
    }
  });

  // Filters: a finding shows when its severity, category and rule are all ticked.
  var inputs = document.querySelectorAll("input[data-filter]");

  function allowed() {
    var sets = {severity: new Set(), category: new Set(), rule: new Set()};
    inputs.forEach(function (box) { if (box.checked) sets[box.dataset.filter].add(box.value); });
    return sets;
  }

  function apply() {
    var sets = allowed();
    var shown = 0;
    document.querySelectorAll("[data-rule]").forEach(function (el) {
      var ok = sets.severity.has(el.dataset.severity) && sets.category.has(el.dataset.category) &&
        sets.rule.has(el.dataset.rule);
      if (el.tagName === "MARK") {
        el.classList.toggle("off", !ok);
        if (ok) { el.setAttribute("tabindex", "0"); } else { el.removeAttribute("tabindex"); }
      } else {
        el.hidden = !ok;
        if (ok) shown += 1;
      }
    });
    document.querySelectorAll("article.doc").forEach(function (doc) {
      var count = doc.querySelectorAll("li.finding:not([hidden])").length;
      var out = doc.querySelector(".shown");
      if (out) out.textContent = String(count);
    });
    document.getElementById("shown-total").textContent = String(shown);
    hide(true);
  }

  inputs.forEach(function (box) { box.addEventListener("change", apply); });
  document.querySelectorAll("button[data-all]").forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.dataset.all === "on";
      document.querySelectorAll("input[data-filter='" + button.dataset.group + "']").forEach(function (box) {
        box.checked = on;
      });
      apply();
    });
  });
  document.documentElement.classList.add("js");
  apply();
})();
