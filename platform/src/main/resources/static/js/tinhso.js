// Tỉnh Số pages: htmx sends the CSRF token; file inputs marked data-upload send the file at once with a progress bar.
(function () {
  var meta = function (name) { var m = document.querySelector('meta[name="' + name + '"]'); return m && m.content; };
  document.addEventListener('htmx:configRequest', function (e) {
    e.detail.headers[meta('_csrf_header')] = meta('_csrf');
  });
  document.addEventListener('change', function (e) {
    var input = e.target;
    if (!input.matches || !input.matches('input[type=file][data-upload]') || !input.files.length) { return; }
    var box = input.closest('.upload');
    var bar = box.querySelector('progress');
    var status = box.querySelector('.upload-status');
    var idField = box.querySelector('input[data-file-id]');
    var nameField = box.querySelector('input[data-file-name]');
    var file = input.files[0];
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/tep-tin?ten=' + encodeURIComponent(file.name));
    xhr.setRequestHeader(meta('_csrf_header'), meta('_csrf'));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    bar.hidden = false; bar.value = 0;
    status.textContent = box.dataset.sending;
    xhr.upload.onprogress = function (p) { if (p.lengthComputable) { bar.value = Math.round(p.loaded * 100 / p.total); } };
    xhr.onload = function () {
      var answer = {};
      try { answer = JSON.parse(xhr.responseText); } catch (ignored) { }
      if (xhr.status === 201) {
        bar.value = 100; idField.value = answer.fileId; if (nameField) { nameField.value = answer.name; }
        status.textContent = box.dataset.done + ' ' + answer.name;
        box.setAttribute('data-uploaded', answer.fileId);
      } else {
        idField.value = ''; status.textContent = answer.error || box.dataset.failed;
      }
    };
    xhr.onerror = function () { idField.value = ''; status.textContent = box.dataset.failed; };
    xhr.send(file);
  });
})();
