// Draw every chart the server placed in the page, and those of the fragments HTMX swaps in
// (zopaDrawCharts comes from the report's _charts.js.j2, inlined by base.html).
(function () {
  function showRanges(root) {
    root.querySelectorAll("input[type=range][data-show]").forEach(function (el) {
      var out = document.getElementById(el.getAttribute("data-show"));
      if (out) { out.textContent = el.value; }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    window.zopaDrawCharts(document);
    showRanges(document);
  });
  document.addEventListener("htmx:afterSettle", function (e) {
    window.zopaDrawCharts(document);
    showRanges(e.target);
  });
  document.addEventListener("input", function (e) {
    var el = e.target;
    // A what-if slider posts its value only once the analyst has moved it.
    if (el.matches && el.matches("input[type=range][data-name]") && !el.name) {
      el.name = el.getAttribute("data-name");
    }
    if (el.matches && el.matches("input[type=range][data-show]")) {
      var out = document.getElementById(el.getAttribute("data-show"));
      if (out) { out.textContent = el.value; }
    }
  });
  // Show a 4xx fragment (validation errors) instead of ignoring it.
  document.addEventListener("htmx:beforeSwap", function (e) {
    if (e.detail.xhr.status === 422) { e.detail.shouldSwap = true; e.detail.isError = false; }
  });
})();
