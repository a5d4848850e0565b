/**
 * Insights: the figures of the Insights panel and of `networking-plan stats`, from a plan as of a day: the two
 * lists as a Venn diagram, the rhythm of contacts over the last 26 weeks (on time, late, missed), the most
 * overdue, given vs received per person, people per stage now and over time, building slots, and a one-line
 * summary. Pure: today is a parameter.
 *
 * Imports: `model` (the view, dates, cadences), `ledger` (given and received per person).
 */
export { insightsOf, type Insights, type InsightPerson, type VennRegion, type ExchangeRow, type OverdueRow } from './insights';
export { RHYTHM_WEEKS, SUMMARY_WEEKS, type Rhythm, type WeekBar, type Timeliness } from './rhythm';
export { type StageCounts, type StagePoint } from './stages';
export { summaryOf } from './summary';
