// Warns two minutes before the idle timeout and lets the user stay signed in (WCAG 2.2.1 Timing Adjustable).
(function () {
  "use strict";
  var body = document.body;
  var timeoutSeconds = parseInt(body.getAttribute("data-session-timeout-seconds") || "", 10);
  var dialog = document.getElementById("session-timeout");
  if (!timeoutSeconds || !dialog || typeof dialog.showModal !== "function") { return; }

  var warnBeforeSeconds = 120;
  var deadline, warnTimer, tickTimer;
  var countdown = dialog.querySelector("[data-session-countdown]");
  var keepAliveForm = dialog.querySelector("[data-keep-alive-form]");

  function format(seconds) {
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function tick() {
    var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    countdown.textContent = format(left);
    if (left === 0) {
      // Once: a tick that fired again while the sign-in page loads would start a second navigation and abort the first.
      clearInterval(tickTimer);
      window.location.href = "/Account/Login?udloebet=1&ReturnUrl=" + encodeURIComponent(window.location.pathname + window.location.search);
    }
  }

  function start() {
    clearTimeout(warnTimer);
    clearInterval(tickTimer);
    deadline = Date.now() + timeoutSeconds * 1000;
    warnTimer = setTimeout(function () {
      tick();
      dialog.showModal();
      tickTimer = setInterval(tick, 1000);
    }, Math.max(0, (timeoutSeconds - warnBeforeSeconds) * 1000));
  }

  keepAliveForm.addEventListener("submit", function (event) {
    event.preventDefault();
    fetch(keepAliveForm.action, { method: "POST", body: new FormData(keepAliveForm), credentials: "same-origin" })
      .then(function (response) {
        if (response.ok) { dialog.close(); start(); } else { window.location.reload(); }
      })
      .catch(function () { window.location.reload(); });
  });

  start();
})();

// Live character counters on the text areas the form tag helper marks with .form-limit (DKFDS's own component; the
// server writes the starting text, so without script the counter still says the limit).
(function () {
  "use strict";
  if (!window.DKFDS || !window.DKFDS.CharacterLimit) { return; }
  var english = document.documentElement.lang === "en";
  var texts = english
    ? { character_remaining: "You have {value} character left", characters_remaining: "You have {value} characters left",
        character_too_many: "You have {value} character too many", characters_too_many: "You have {value} characters too many" }
    : { character_remaining: "Du har {value} tegn tilbage", characters_remaining: "Du har {value} tegn tilbage",
        character_too_many: "Du har {value} tegn for meget", characters_too_many: "Du har {value} tegn for meget" };
  document.querySelectorAll(".form-limit").forEach(function (container) {
    new window.DKFDS.CharacterLimit(container, texts).init();
  });
}());

// Print buttons (the personal-data pages and receipts). A listener here rather than an onclick attribute: the
// Content-Security-Policy allows no inline script, handlers included (docs/adr/0013).
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
}());

// A form's button pressed twice within a few seconds (a double tap on a slow phone, a double click) sends the form
// once: the second message, update or answer would otherwise be stored too. Only for a few seconds, so a form whose
// answer is a download (a receipt, a data export), which leaves the page as it is, can be sent again. The server does
// not rely on this (docs/security.md: a row stored twice at once is refused whole).
(function () {
  "use strict";
  var seconds = 4;
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "post") { return; }
    var sentAt = Number(form.getAttribute("data-sent-at") || 0);
    if (Date.now() - sentAt < seconds * 1000) {
      event.preventDefault();
      return;
    }
    form.setAttribute("data-sent-at", String(Date.now()));
  });
}());
