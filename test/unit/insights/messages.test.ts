import assert from 'node:assert/strict';
import { isOpenPersonMessage } from '../../../src/insights/messages';

describe('insights panel messages', () => {
  it('accepts only well-formed openPerson messages', () => {
    assert.equal(isOpenPersonMessage({ type: 'openPerson', index: 3 }), true);
    for (const bad of [null, 'openPerson', { type: 'openPerson' }, { type: 'openPerson', index: -1 }, { type: 'openPerson', index: 1.5 }, { type: 'x', index: 1 }]) {
      assert.equal(isOpenPersonMessage(bad), false, JSON.stringify(bad));
    }
  });
});
