/**
 * Computes a battery of date, schedule and calendar results. Run as a script (`node tzProbe.js`), it
 * prints them with the process's UTC offset, so tests can compare runs under different `TZ` values.
 */
import { exportCalendar } from '../../../../src/core';
import { addCadence, addDays, daysBetween, isValidDate } from '../../../../src/core/model/dates';
import { deriveView, describeDue, dueWithin } from '../../../../src/core/model/schedule';
import { plan } from '../planBuilder';

const DATES = ['0001-01-01', '0004-02-29', '0099-12-31', '1994-12-30', '1994-12-31', '9999-12-31', '2024-01-31', '2024-02-29', '2025-03-09', '2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2026-12-31'];

export function probe(): unknown {
  const arithmetic = DATES.map((date) => [
    addDays(date, 1),
    addDays(date, -1),
    addDays(date, 400),
    addCadence(date, { count: 1, unit: 'month' }),
    addCadence(date, { count: 2, unit: 'week' }),
    daysBetween(date, '2026-06-01'),
    isValidDate(date),
  ]);
  const sample = plan(
    [
      { name: 'Dana Lee', lists: ['like', 'help'], stage: 'building', cadence: { count: 1, unit: 'month' } },
      { name: 'Ravi Patel', lists: ['help'], stage: 'established', next: '2026-03-30' },
      { name: 'Mo Chen', lists: ['like'], stage: 'building' },
    ],
    [
      { date: '2026-01-31', with: 'Dana Lee', gave: 'an article' },
      { date: '2026-03-08', with: ['Ravi Patel', 'mo chen'] },
    ],
  );
  const views = ['2026-03-08', '2026-03-29', '2026-11-01'].map((today) => {
    const view = deriveView(sample, today);
    return {
      due: dueWithin(view, 30).map((s) => [s.person.name, s.next, s.daysLate, describeDue(s)]),
      calendar: exportCalendar(sample, view),
    };
  });
  return { arithmetic, views };
}

if (require.main === module) {
  process.stdout.write(JSON.stringify({ offset: new Date(2026, 0, 1).getTimezoneOffset(), results: probe() }));
}
