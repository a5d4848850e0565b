// The brief page's only script (loaded with the page's nonce): activating a button sends its action to the extension.
// Buttons are native, so Tab, Enter and Space work as everywhere; the extension checks every message it receives.
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!button) return;
    const message = { type: button.dataset.action };
    if (button.dataset.offset !== undefined) message.offset = button.dataset.offset;
    vscode.postMessage(message);
  });
})();
