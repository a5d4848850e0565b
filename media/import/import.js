// The import preview's only script (loaded with the page's nonce). The page holds the choices while the user makes
// them and tells the extension each change, so a redrawn page (a new column choice, the plan edited meanwhile)
// keeps them; the extension checks every message it receives.
(function () {
  const vscode = acquireVsCodeApi();
  const form = document.getElementById('import');
  const button = document.getElementById('import-button');
  if (!form || !button) return;
  const boxes = () => Array.from(form.querySelectorAll('input[type=checkbox][data-line]'));
  const lines = (checked) => boxes().filter((box) => box.checked === checked).map((box) => box.dataset.line).join(',');
  const lists = () => Array.from(form.querySelectorAll('input[name=list]:checked')).map((box) => box.value).join(',');

  function updateButton() {
    const count = boxes().filter((box) => box.checked).length;
    button.disabled = count === 0;
    button.textContent = count === 0 ? button.dataset.none : count === 1 ? button.dataset.one : button.dataset.many.replace('{0}', count.toLocaleString(document.documentElement.lang || undefined));
  }

  function tell() {
    updateButton();
    vscode.postMessage({ type: 'selection', unchecked: lines(false), lists: lists() });
  }

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.dataset.field) {
      vscode.postMessage({ type: 'mapping', field: target.dataset.field, column: target.value });
    } else if (target instanceof HTMLInputElement) {
      tell();
    }
  });
  form.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target) return;
    if (target.dataset.select) {
      for (const box of boxes()) box.checked = target.dataset.select === 'all';
      tell();
    } else if (target.dataset.action === 'cancel') {
      vscode.postMessage({ type: 'cancel' });
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    button.disabled = true;
    vscode.postMessage({ type: 'import', selected: lines(true), lists: lists() });
  });
})();
