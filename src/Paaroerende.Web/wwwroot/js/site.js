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
