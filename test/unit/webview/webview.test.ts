import assert from 'node:assert/strict';
import { escapeHtml } from '../../../src/webview/escapeHtml';
import { contentSecurityPolicy, htmlShell } from '../../../src/webview/htmlShell';
import { messageOf, oneOf } from '../../../src/webview/messages';

describe('webview foundation', () => {
  it('escapes markup, entities and quotes so that user text shows as text', () => {
    assert.equal(escapeHtml(`<script>alert("x")</script> & 'y'`), '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;');
    assert.equal(escapeHtml('[x](command:workbench.action.quit)'), '[x](command:workbench.action.quit)');
  });

  it('builds a page whose policy allows nothing by default, styles from the extension and only nonced scripts', () => {
    const csp = contentSecurityPolicy('https://ext.example', 'abc');
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /style-src https:\/\/ext\.example(;|$)/);
    assert.match(csp, /script-src 'nonce-abc'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    const html = htmlShell({ cspSource: 'https://ext.example', nonce: 'abc', title: '<T>', styles: ['https://ext.example/a.css'], scripts: ['https://ext.example/b.js'], body: '<main></main>' });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    assert.match(html, /<title>&#60;T&#62;<\/title>/);
    assert.match(html, /<script nonce="abc" src="https:\/\/ext\.example\/b\.js"><\/script>/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });

  it('accepts only messages of the declared shape', () => {
    type Open = { type: 'open'; offset: string };
    type Act = { type: 'act'; action: string; note?: string };
    const isMessage = oneOf<Open | Act>(messageOf<Open>('open', ['offset']), messageOf<Act>('act', ['action'], ['note']));
    assert.equal(isMessage({ type: 'open', offset: '12' }), true);
    assert.equal(isMessage({ type: 'act', action: 'log' }), true);
    assert.equal(isMessage({ type: 'act', action: 'log', note: 'n' }), true);
    for (const bad of [null, 'open', [], { type: 'open' }, { type: 'open', offset: 12 }, { type: 'open', offset: '1', extra: 'x' }, { type: 'act', action: 'log', note: 3 }, { type: 'other' }]) {
      assert.equal(isMessage(bad), false, JSON.stringify(bad));
    }
  });
});
