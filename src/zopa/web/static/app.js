// Draw every figure the server placed in the page (and in fragments HTMX swaps in).
(function () {
  function draw(root) {
    root.querySelectorAll("div.plot[data-figure]").forEach(function (el) {
      var fig = JSON.parse(el.getAttribute("data-figure"));
      el.removeAttribute("data-figure");
      Plotly.newPlot(el, fig.data, fig.layout, {responsive: true, displaylogo: false});
      el.classList.add("drawn");
    });
    root.querySelectorAll("input[type=range][data-show]").forEach(function (el) {
      var out = document.getElementById(el.getAttribute("data-show"));
      if (out) { out.textContent = el.value; }
    });
  }
  document.addEventListener("DOMContentLoaded", function () { draw(document); });
  document.addEventListener("htmx:afterSettle", function (e) { draw(e.target); });
  document.addEventListener("input", function (e) {
    var el = e.target;
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
