// The Insights page's only script (loaded with the page's nonce): shows a region's people on hover or focus, sends
// clicks on people to the extension, and swaps the body in place on updates (no reload, no flicker).
(() => {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('insights');
  const show = (name) => {
    for (const m of root.querySelectorAll('.members')) m.hidden = m.dataset.region !== name;
    for (const r of root.querySelectorAll('.region')) r.classList.toggle('active', r.dataset.region === name);
  };
  const regionOf = (target) => target instanceof Element ? target.closest('.region') : null;
  root.addEventListener('mouseover', (e) => { const r = regionOf(e.target); if (r) show(r.dataset.region); });
  root.addEventListener('focusin', (e) => { const r = regionOf(e.target); if (r) show(r.dataset.region); });
  root.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const person = target && target.closest('button.person');
    if (person) { vscode.postMessage({ type: 'openPerson', index: Number(person.dataset.index) }); return; }
    const r = regionOf(target);
    if (r) show(r.dataset.region);
  });
  root.addEventListener('keydown', (e) => {
    const r = regionOf(e.target);
    if (!r || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    show(r.dataset.region);
    const first = root.querySelector('#members-' + r.dataset.region + ' button.person');
    if (first) first.focus();
  });
  window.addEventListener('message', (e) => {
    const message = e.data;
    if (!message || message.type !== 'update' || typeof message.body !== 'string') return;
    const active = root.querySelector('.region.active');
    const open = Array.from(root.querySelectorAll('details'), (d) => d.open);
    root.innerHTML = message.body;
    root.querySelectorAll('details').forEach((d, i) => { d.open = !!open[i]; });
    if (active) show(active.dataset.region);
  });
})();
