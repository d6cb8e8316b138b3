/**
 * The style and script the html report inlines: one self-contained file, no network, no fonts
 * to fetch. The script holds no words and no data: labels come from the page (the message
 * catalogue wrote them), so it never needs escaping for a notice's text.
 */

export const REPORT_CSS = `
:root { color-scheme: light; --border: #8a8a8a; --muted: #4a4a4a; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; padding: 1.5rem; color: #1a1a1a; background: #fff; line-height: 1.45; }
main { max-width: 100%; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 1px solid #d0d0d0; padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; word-break: break-all; }
h4 { font-size: .95rem; margin: 1rem 0 .3rem; }
[hidden] { display: none !important; }
.summary { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0; padding: 0; }
.summary div { border: 1px solid var(--border); border-radius: 6px; padding: .4rem .8rem; min-width: 9rem; }
.summary dt { font-size: .85rem; color: var(--muted); }
.summary dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; }
.filters label { display: block; font-size: .9rem; font-weight: 600; }
.filters select { font: inherit; padding: .25rem .4rem; min-width: 10rem; }
.filters select:focus-visible, a:focus-visible, .scroll:focus-visible { outline: 3px solid #1a56c4; outline-offset: 2px; }
#filter-status { margin: .5rem 0 0; }
.scroll { overflow: auto; max-height: 80vh; border: 1px solid var(--border); }
table { border-collapse: collapse; }
caption { text-align: left; padding: .5rem; font-size: .9rem; color: var(--muted); caption-side: top; }
.matrix th, .matrix td { border: 1px solid #c4c4c4; padding: .3rem .4rem; vertical-align: top; font-size: .8rem; }
.matrix thead th { position: sticky; top: 0; background: #f2f2f2; z-index: 2; text-align: left; }
.matrix thead th[data-element] { min-width: 6.5rem; }
.matrix thead th .article { display: block; font-weight: normal; color: var(--muted); }
.matrix tbody th { position: sticky; left: 0; background: #fff; z-index: 1; text-align: left; font-weight: 600; min-width: 15rem; max-width: 22rem; overflow-wrap: anywhere; }
.matrix thead th:first-child { left: 0; z-index: 3; }
.cell .requirement, .cell .line, .cell .rules { display: block; }
.cell .rules { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: .75rem; }
.status-present { background: #e3f4e7; color: #0c3d1b; }
.status-defective { background: #fff0c2; color: #4d3200; }
.status-suppressed { background: #e7e7f5; color: #25255a; }
.status-missing.req-required { background: #fbdcdb; color: #6b0d0d; font-weight: 600; }
.status-missing.req-recommended { background: #fde7d3; color: #5a2a00; }
.status-missing.req-optional { background: #f4f4f4; color: #4a4a4a; }
.status-missing.req-optional.owed { background: #fde7d3; color: #5a2a00; }
.not-checked { background: #f4f4f4; color: #4a4a4a; font-style: italic; }
.legend th, .legend td { border: 1px solid #c4c4c4; padding: .25rem .5rem; text-align: left; font-size: .85rem; }
.findings { list-style: none; padding: 0; margin: 0; }
.finding { border-left: 4px solid #c4c4c4; padding: .3rem .6rem; margin: .35rem 0; }
.finding.sev-error { border-left-color: #b3261e; }
.finding.sev-warning { border-left-color: #a15c00; }
.finding.suppressed { border-left-style: dashed; }
.severity { font-weight: 700; text-transform: uppercase; font-size: .75rem; }
.sev-error .severity { color: #8c1d18; }
.sev-warning .severity { color: #6e3f00; }
.location, .rule { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: .8rem; }
.quote { display: block; margin: .2rem 0 0; padding: .2rem .5rem; background: #f6f6f6; border-radius: 4px; font-style: italic; overflow-wrap: anywhere; }
.note { display: block; color: var(--muted); font-size: .85rem; }
@media print {
  body { padding: 0; font-size: 9pt; }
  #filters-section { display: none !important; }
  .scroll { overflow: visible; max-height: none; border: none; }
  .matrix { width: 100%; table-layout: fixed; }
  .matrix th, .matrix td { font-size: 6.5pt; padding: 1pt 2pt; min-width: 0; word-break: break-word; }
  .matrix thead th, .matrix tbody th { position: static; }
  .matrix tr, .finding { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .status-present, .status-defective, .status-suppressed, .status-missing { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * Filters by rule, severity and language. Without script the page shows everything and no
 * filters (their section is hidden); with it, a change hides the matrix rows and notices that
 * do not match, hides the findings that do not, and says how many notices are shown.
 */
export const REPORT_SCRIPT = `
(function () {
  var section = document.getElementById('filters-section');
  var form = document.getElementById('filters');
  if (!section || !form) return;
  var rule = document.getElementById('filter-rule');
  var severity = document.getElementById('filter-severity');
  var language = document.getElementById('filter-language');
  var status = document.getElementById('filter-status');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-notice]'));
  var findings = Array.prototype.slice.call(document.querySelectorAll('li[data-rule]'));
  function listed(element, name, value) {
    return value === '' || (element.getAttribute(name) || '').split(' ').indexOf(value) >= 0;
  }
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = listed(row, 'data-language', language.value) && listed(row, 'data-rules', rule.value) && listed(row, 'data-severities', severity.value);
      row.hidden = !visible;
      var notice = document.getElementById(row.getAttribute('data-notice'));
      if (notice) notice.hidden = !visible;
      if (visible) shown += 1;
    });
    findings.forEach(function (item) {
      item.hidden = !(listed(item, 'data-rule', rule.value) && listed(item, 'data-severity', severity.value));
    });
    status.textContent = status.getAttribute('data-template').replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  section.hidden = false;
  apply();
})();
`;
