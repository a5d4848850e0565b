import assert from 'node:assert/strict';
import { escapeHtml, makeNonce } from '../../../src/insights/pageShell';
import { isOpenPersonMessage } from '../../../src/insights/messages';

describe('webview shell', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('makes a fresh alphanumeric nonce each time', () => {
    const a = makeNonce();
    assert.match(a, /^[A-Za-z0-9]{24}$/);
    assert.notEqual(a, makeNonce());
  });

  it('accepts only well-formed openPerson messages', () => {
    assert.equal(isOpenPersonMessage({ type: 'openPerson', index: 3 }), true);
    for (const bad of [null, 'openPerson', { type: 'openPerson' }, { type: 'openPerson', index: -1 }, { type: 'openPerson', index: 1.5 }, { type: 'x', index: 1 }]) {
      assert.equal(isOpenPersonMessage(bad), false, JSON.stringify(bad));
    }
  });
});
