/** A hand-made plan whose insights as of `TODAY` are worked out by hand in the tests. */
export const TODAY = '2026-12-05';

export const INSIGHTS_PLAN = `version: 1
settings:
  maxNewRelationships: 2
people:
  - name: Ana
    lists: [like, help]
    stage: building
    cadence: every 2 weeks
    history: [2026-10-10 planned, 2026-11-02 building]
  - name: Ben
    lists: [like]
    stage: established
    cadence: every month
  - name: Cy
    lists: [help]
    stage: planned
  - name: Dee
    stage: paused
  - name: Eve
    lists: [like, help]
    stage: building
    history: [2026-01-01 building]
    archived: 2026-11-30
  - name: Fay
    stage: established
    cadence: weekly
  - name: Gus
    stage: established
  - name: Hal
    stage: building
    next: 2026-01-10
journal:
  - date: 2026-06-01
    with: Ben
  - date: 2026-11-02
    with: Ana
    gave: an intro
  - date: 2026-11-12
    with: [Ana, Ben]
    got: {Ben: feedback}
  - date: 2026-11-20
    with: Fay
  - date: 2026-12-01
    with: Ana
    got: [a book, a tip, a lead]
  - date: 2026-12-20
    with: Ben
`;
