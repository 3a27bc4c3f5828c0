// Draws a BPMN process with bpmn-js (viewer only) and highlights the open steps listed in data-current.
(function () {
  ['diagram-js.css', 'bpmn-js.css'].forEach(function (name) {
    var link = document.createElement('link');
    link.rel = 'stylesheet'; link.href = '/vendor/bpmn-js-17.11.1/' + name;
    document.head.appendChild(link);
  });
  document.querySelectorAll('.diagram[data-src]').forEach(function (box) {
    var viewer = new BpmnJS({ container: box });
    fetch(box.dataset.src, { credentials: 'same-origin' }).then(function (r) { return r.text(); })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var canvas = viewer.get('canvas');
        canvas.zoom('fit-viewport');
        (box.dataset.current || '').split(',').filter(Boolean).forEach(function (id) {
          try { canvas.addMarker(id, 'current'); } catch (ignored) { }
        });
        box.setAttribute('data-rendered', 'true');
      })
      .catch(function () { box.textContent = box.dataset.failed || 'Không vẽ được sơ đồ quy trình.'; });
  });
})();
