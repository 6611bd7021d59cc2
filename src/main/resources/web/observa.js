// Small enhancements only: every page works without JavaScript.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Changing the order applies it at once (without JS, the "Aplicar" button does).
  document.querySelectorAll("select.auto-enviar").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  // "/" puts the cursor in the search box, as in most search tools.
  var box = document.getElementById("q");
  if (box) {
    document.addEventListener("keydown", function (e) {
      var tag = (document.activeElement && document.activeElement.tagName) || "";
      if (e.key === "/" && tag !== "INPUT" && tag !== "TEXTAREA" && tag !== "SELECT") {
        e.preventDefault();
        box.focus();
        box.select();
      }
    });
  }
});
