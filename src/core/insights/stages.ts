/**
 * People per stage now, and over time from the stage dates in `history`.
 *
 * Over time: one point on the first day of each month from the month of the earliest history date (at most the
 * last `MAX_STAGE_POINTS` - 1 months), then today. At a point, a person with history counts in the stage of their
 * latest history item on or before that day; before their first item they are not counted. People without
 * history are left out of the points (their past is unknown), so the last point can differ from "now".
 */
import { addMonths, type Person, type Stage } from '../model';

export type StageCounts = Record<Stage, number>;

export interface StagePoint extends StageCounts {
  date: string;
}

export const MAX_STAGE_POINTS = 13;

export function emptyCounts(): StageCounts {
  return { planned: 0, building: 0, established: 0, paused: 0 };
}

export function stagesNow(people: readonly Person[]): StageCounts {
  const counts = emptyCounts();
  for (const person of people) counts[person.stage]++;
  return counts;
}

function pointDates(earliest: string, today: string): string[] {
  const dates: string[] = [];
  let month = `${earliest.slice(0, 7)}-01`;
  if (month < earliest) month = addMonths(month, 1);
  for (; month < today; month = addMonths(month, 1)) dates.push(month);
  return [...dates.slice(-(MAX_STAGE_POINTS - 1)), today];
}

function stageOn(person: Person, date: string): Stage | undefined {
  let stage: Stage | undefined;
  for (const change of person.history ?? []) {
    if (change.date > date) break;
    stage = change.stage;
  }
  return stage;
}

/** Empty when nobody has a dated history up to today. */
export function stagesOverTime(people: readonly Person[], today: string): StagePoint[] {
  const withHistory = people.filter((p) => p.history !== undefined && p.history.length > 0 && p.history[0].date <= today);
  if (withHistory.length === 0) return [];
  const earliest = withHistory.reduce((min, p) => (p.history![0].date < min ? p.history![0].date : min), today);
  return pointDates(earliest, today).map((date) => {
    const point: StagePoint = { date, ...emptyCounts() };
    for (const person of withHistory) {
      const stage = stageOn(person, date);
      if (stage !== undefined) point[stage]++;
    }
    return point;
  });
}

