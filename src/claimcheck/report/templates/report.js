(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var queue = document.getElementById("queue");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var panel = document.querySelector(".panel");

  function marks(id) {
    return document.querySelectorAll('.text [data-card="' + id + '"], .unplaced [data-card="' + id + '"]');
  }

  function clearActive() {
    document.querySelectorAll(".claim.active").forEach(function (el) { el.classList.remove("active"); });
  }

  function open(id, fromArticle) {
    var card = document.getElementById(id);
    if (!card || !card.classList.contains("card")) { return false; }
    cards.forEach(function (c) { c.classList.toggle("open", c === card); });
    queue.classList.add("hidden");
    clearActive();
    var found = marks(id);
    found.forEach(function (el) { el.classList.add("active"); });
    if (!fromArticle && found.length) {
      found[0].scrollIntoView({ block: "center", behavior: "smooth" });
    }
    panel.scrollTop = 0;
    if (history.replaceState) { history.replaceState(null, "", "#" + id); }
    card.focus({ preventScroll: true });
    return true;
  }

  function close() {
    cards.forEach(function (c) { c.classList.remove("open"); });
    queue.classList.remove("hidden");
    clearActive();
    if (history.replaceState) { history.replaceState(null, "", location.pathname + location.search); }
  }

  function step(delta) {
    var current = cards.findIndex(function (c) { return c.classList.contains("open"); });
    if (current < 0) { return; }
    var next = cards[(current + delta + cards.length) % cards.length];
    open(next.id, false);
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-card], [data-back], [data-step]");
    if (!target) { return; }
    event.preventDefault();
    if (target.hasAttribute("data-back")) { close(); return; }
    if (target.hasAttribute("data-step")) { step(Number(target.getAttribute("data-step"))); return; }
    open(target.getAttribute("data-card"), target.classList.contains("claim") && !!target.closest(".text"));
  });

  document.addEventListener("keydown", function (event) {
    if (event.target.closest && event.target.closest("input, textarea")) { return; }
    if (event.key === "Escape") { close(); }
    else if (event.key === "j" || event.key === "ArrowDown" && event.altKey) { step(1); }
    else if (event.key === "k" || event.key === "ArrowUp" && event.altKey) { step(-1); }
  });

  document.querySelectorAll("[data-filter]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-filter"), !box.checked);
    });
  });

  if (location.hash.length > 1) { open(location.hash.slice(1), false); }
})();
