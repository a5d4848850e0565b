import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { wouldCommit } from '../../../src/privacy/gitCheck';
import { gitignoreEntry, shouldOffer, withGitignoreEntry } from '../../../src/privacy/gitignore';

describe('privacy: keeping the plan out of git', () => {
  describe('the .gitignore line', () => {
    it('names exactly the plan, anchored at the folder, pattern characters escaped', () => {
      assert.equal(gitignoreEntry('networking-plan.yaml'), '/networking-plan.yaml');
      assert.equal(gitignoreEntry('notes/plan.yaml'), '/notes/plan.yaml');
      assert.equal(gitignoreEntry('#me [draft]*?!.yaml'), '/\\#me \\[draft\\]\\*\\?\\!.yaml');
      assert.equal(gitignoreEntry('trailing.yaml  '), '/trailing.yaml\\ \\ ');
    });

    it('is appended keeping every other line and the file\'s line ending', () => {
      assert.equal(withGitignoreEntry('', '/p.yaml'), '/p.yaml\n');
      assert.equal(withGitignoreEntry('node_modules/\n', '/p.yaml'), 'node_modules/\n/p.yaml\n');
      assert.equal(withGitignoreEntry('node_modules/', '/p.yaml'), 'node_modules/\n/p.yaml\n');
      assert.equal(withGitignoreEntry('a\r\nb\r\n', '/p.yaml'), 'a\r\nb\r\n/p.yaml\r\n');
      assert.equal(withGitignoreEntry('a\r\n# c', '/p.yaml'), 'a\r\n# c\r\n/p.yaml\r\n');
      assert.equal(withGitignoreEntry('\uFEFF  spaced \n\n', '/p.yaml'), '\uFEFF  spaced \n\n/p.yaml\n');
    });

    it('is not added twice', () => {
      assert.equal(withGitignoreEntry('x\n/p.yaml\n', '/p.yaml'), 'x\n/p.yaml\n');
      assert.equal(withGitignoreEntry('/p.yaml', '/p.yaml'), '/p.yaml');
    });
  });

  it('offers only for a plan git would commit: always at Create Plan, once per workspace at startup', () => {
    assert.equal(shouldOffer({ reason: 'create', alreadyAsked: true, wouldCommit: true }), true);
    assert.equal(shouldOffer({ reason: 'startup', alreadyAsked: false, wouldCommit: true }), true);
    assert.equal(shouldOffer({ reason: 'startup', alreadyAsked: true, wouldCommit: true }), false);
    for (const wouldCommit of [false, undefined]) {
      assert.equal(shouldOffer({ reason: 'create', alreadyAsked: false, wouldCommit }), false);
      assert.equal(shouldOffer({ reason: 'startup', alreadyAsked: false, wouldCommit }), false);
    }
  });

  describe('asking git', function () {
    this.timeout(20_000);
    let root = '';
    beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'np-git-'))));
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it('tells a committed-to-be plan from an ignored one, and a folder outside any work tree', async () => {
      const plan = path.join(root, 'networking-plan.yaml');
      fs.writeFileSync(plan, 'people: []\n');
      assert.equal(await wouldCommit(plan), undefined);
      execFileSync('git', ['init', '-q'], { cwd: root });
      assert.equal(await wouldCommit(plan), true);
      fs.writeFileSync(path.join(root, '.gitignore'), withGitignoreEntry('', gitignoreEntry('networking-plan.yaml')));
      assert.equal(await wouldCommit(plan), false);
      fs.mkdirSync(path.join(root, 'sub'));
      fs.writeFileSync(path.join(root, 'sub', 'networking-plan.yaml'), '');
      assert.equal(await wouldCommit(path.join(root, 'sub', 'networking-plan.yaml')), true, 'anchored: only the plan at the top');
    });
  });
});
