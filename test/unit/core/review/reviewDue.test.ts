import assert from 'node:assert/strict';
import { isReviewDue, reviewDueDate } from '../../../../src/core/review';
import { readPlan } from '../../../../src/core/read';
import { lines } from '../../viewOf';

describe('review due', () => {
  it('is never due for a plan never reviewed and without any contact', () => {
    const plan = readPlan(lines('people:', '  - name: Ann'));
    assert.equal(reviewDueDate(plan), undefined);
    assert.equal(isReviewDue(plan, '2030-01-01'), false);
  });

  it('counts a plan never reviewed from its first valid contact, every 3 months by default', () => {
    const plan = readPlan(lines('people:', '  - name: Ann', 'journal:', '  - {date: 2026-05-31, with: Ann}', '  - {date: 2026-02-30, with: Ann}', '  - {date: 2026-03-15, with: Ann}'));
    assert.equal(reviewDueDate(plan), '2026-06-15');
    assert.equal(isReviewDue(plan, '2026-06-14'), false);
    assert.equal(isReviewDue(plan, '2026-06-15'), true);
  });

  it('is reviewEvery after lastReview', () => {
    const plan = readPlan(lines('settings:', '  reviewEvery: monthly', '  lastReview: 2026-01-31', 'journal:', '  - {date: 2020-01-01, with: Ann}', 'people:', '  - name: Ann'));
    assert.equal(reviewDueDate(plan), '2026-02-28');
    assert.equal(isReviewDue(plan, '2026-02-27'), false);
    assert.equal(isReviewDue(plan, '2026-03-01'), true);
  });
});
