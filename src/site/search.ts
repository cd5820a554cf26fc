// **search** — the index page's offline search: a small prebuilt JSON index (name, other names, kind,
// page) and a small script that shows the search box and filters the index as the reader types.
// Without script the box stays hidden and the lists of entities remain.

/** One entry: [page path, name, kind, other names joined by " · "]. Arrays keep the file small. */
export type SearchEntry = [string, string, string, string];

export const searchIndexJson = (entries: SearchEntry[]): string => `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;

export const SEARCH_JS = `// Offline search over search-index.json: no request leaves the site.
'use strict';
(function () {
  var form = document.querySelector('form.search');
  var box = document.getElementById('search-box');
  var list = document.getElementById('search-results');
  if (!form || !box || !list || !window.fetch) return;
  form.hidden = false;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  var entries = null;
  var fold = function (s) { return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); };
  function show() {
    var q = fold(box.value.trim());
    list.textContent = '';
    if (!q || !entries) return;
    var shown = 0;
    for (var i = 0; i < entries.length && shown < 50; i++) {
      var e = entries[i];
      if (fold(e[1] + ' ' + e[3]).indexOf(q) < 0) continue;
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = e[0];
      a.textContent = e[1];
      li.appendChild(a);
      li.appendChild(document.createTextNode(' (' + e[2] + ')'));
      list.appendChild(li);
      shown++;
    }
    if (!shown) list.textContent = 'Nothing found.';
  }
  box.addEventListener('input', function () {
    if (entries) return show();
    fetch('search-index.json').then(function (r) { return r.json(); }).then(function (data) { entries = data; show(); });
  });
})();
`;
