// The /query editor: runs the query, renders the results table, keeps the download links current.
// No inline script on the page (the Content-Security-Policy forbids it): its settings come from
// data- attributes of #query-app. Only http(s) IRIs and local pages become links.
(function () {
  var app = document.getElementById('query-app');
  var BASE = app.dataset.base, PAGES = app.dataset.pages, ENDPOINT = app.dataset.endpoint;
  var examples = JSON.parse(document.getElementById('examples-data').textContent);
  var prefixes = JSON.parse(document.getElementById('prefixes-data').textContent);
  var editor = CodeMirror.fromTextArea(document.getElementById('query'),
    {mode: 'application/sparql-query', lineNumbers: true, matchBrackets: true, indentUnit: 2});
  var status = document.getElementById('status'), results = document.getElementById('results');
  var truncated = document.getElementById('truncated'), errorBox = document.getElementById('error');
  var marked = null;

  // The query as sent: the prefixes it uses but does not declare, declared on one line in front.
  function prologue(text) {
    var missing = Object.keys(prefixes).filter(function (p) {
      return new RegExp('(^|[^\\w:?$])' + p + ':').test(text) && !new RegExp('PREFIX\\s+' + p + ':', 'i').test(text);
    });
    return missing.map(function (p) { return 'PREFIX ' + p + ': <' + prefixes[p] + '>'; }).join(' ');
  }
  function sent() {
    var text = editor.getValue(), head = prologue(text);
    return {text: head ? head + '\n' + text : text, shift: head ? 1 : 0};
  }
  function downloadLink(format) {
    return ENDPOINT + '?format=' + format + '&query=' + encodeURIComponent(sent().text);
  }
  function refreshLinks() {
    ['json', 'csv', 'tsv'].forEach(function (f) { document.getElementById('dl-' + f).href = downloadLink(f); });
  }
  editor.on('change', refreshLinks);
  refreshLinks();

  document.querySelectorAll('[data-example]').forEach(function (button) {
    button.addEventListener('click', function () {
      editor.setValue(examples[Number(button.dataset.example)].query);
      run();
    });
  });

  function curie(iri) {
    for (var p in prefixes) {
      var ns = prefixes[p], local = iri.slice(ns.length);
      if (iri.indexOf(ns) === 0 && /^[\w-]+$/.test(local)) return p + ':' + local;
    }
    return null;
  }
  function href(iri) {
    return iri.indexOf(BASE) === 0 ? PAGES + iri.slice(BASE.length) : (/^https?:\/\//i.test(iri) ? iri : null);
  }
  function cell(term) {
    var td = document.createElement('td');
    if (!term) return td;
    if (term.type === 'uri') {
      var link = href(term.value), shown = curie(term.value) || (term.value.indexOf(BASE) === 0 ? term.value.slice(BASE.length) : term.value);
      var node = document.createElement(link ? 'a' : 'span');
      if (link) node.href = link;
      node.textContent = shown;
      node.title = term.value;
      td.appendChild(node);
    } else {
      td.textContent = term.type === 'bnode' ? '_:' + term.value : term.value;
      if (term['xml:lang']) td.title = '@' + term['xml:lang'];
      else if (term.datatype) td.title = curie(term.datatype) || term.datatype;
    }
    return td;
  }
  function render(data) {
    results.textContent = '';
    if ('boolean' in data) { results.textContent = data.boolean ? 'true' : 'false'; status.textContent = ''; return; }
    var vars = data.head.vars, rows = data.results.bindings;
    var table = document.createElement('table'), head = table.createTHead().insertRow();
    vars.forEach(function (v) { var th = document.createElement('th'); th.textContent = v; head.appendChild(th); });
    var body = table.createTBody();
    rows.forEach(function (row) {
      var tr = body.insertRow();
      vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
    });
    results.appendChild(table);
    status.textContent = rows.length + (rows.length === 1 ? ' row' : ' rows');
  }
  function showError(message, shift) {
    var text = message.replace(/^syntax error: /, '').replace(/\bline (\d+)/, function (_, n) { return 'line ' + (Number(n) - shift); });
    errorBox.textContent = text;
    errorBox.hidden = false;
    var at = /line (\d+), column (\d+)/.exec(text);
    if (at) {
      marked = editor.addLineClass(Number(at[1]) - 1, 'background', 'error-line');
      editor.setCursor({line: Number(at[1]) - 1, ch: Number(at[2]) - 1});
    }
  }
  function run() {
    status.className = ''; status.textContent = 'Running…'; truncated.hidden = true; errorBox.hidden = true;
    if (marked !== null) { editor.removeLineClass(marked, 'background', 'error-line'); marked = null; }
    var query = sent(), started = performance.now();
    fetch(ENDPOINT, {
      method: 'POST',
      headers: {'Content-Type': 'application/sparql-query',
                'Accept': 'application/sparql-results+json, text/turtle;q=0.9'},
      body: query.text
    }).then(function (response) {
      truncated.hidden = !response.headers.get('X-Quotegraph-Truncated');
      var type = response.headers.get('Content-Type') || '';
      return response.text().then(function (text) {
        if (!response.ok) {
          var message = text;
          try { message = JSON.parse(text).message; } catch (e) { /* plain text */ }
          status.textContent = ''; results.textContent = '';
          showError(response.status + ': ' + message, query.shift);
          return;
        }
        if (type.indexOf('json') >= 0) { render(JSON.parse(text)); }
        else { var pre = document.createElement('pre'); pre.textContent = text; results.textContent = ''; results.appendChild(pre); status.textContent = ''; }
        status.textContent += ' · ' + Math.round(performance.now() - started) + ' ms';
      });
    }).catch(function (error) {
      status.textContent = ''; showError(error.message, 0);
    });
  }
  document.getElementById('form').addEventListener('submit', function (event) { event.preventDefault(); run(); });
  if (app.dataset.runNow === 'true') run();
})();
