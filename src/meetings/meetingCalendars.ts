/**
 * The user's own calendar files (setting `networkingPlan.meetingCalendars`): read locally and read-only through
 * `workspace.fs`, read again when they change, and matched against each plan to find everyone's next meeting.
 * Nothing is sent anywhere. The parser loads from the lazy `meetings` bundle only when a calendar is set.
 */
import * as vscode from 'vscode';
import { DEFAULT_MEETING_DAYS, nameKey, upcomingMeetings, type CalendarEvent, type MatchablePerson, type Meeting, type Plan } from '../core';
import { loadLazy } from '../lazy';
import { calendarUri } from './calendarPaths';

/** What the surfaces ask: a person's next meeting, from now to the end of the window. */
export interface NextMeetings {
  /** The next meeting with the person named so in the plan `planUri` (any plan when absent). */
  nextMeeting(personName: string, planUri?: vscode.Uri): Meeting | undefined;
  /** The next meeting with someone not in the plan yet (Add Person), matched as if they were. */
  nextMeetingOf(person: MatchablePerson, planUri?: vscode.Uri): Meeting | undefined;
  readonly onDidChange: vscode.Event<void>;
}

export interface PlanOfFolder {
  readonly uri: vscode.Uri;
  readonly viewPlan: Plan;
}

/** One entry of the setting, as last read. */
export interface CalendarState {
  entry: string;
  uri?: vscode.Uri;
  text?: string;
  /** Why the file could not be read or is not a calendar. */
  error?: string;
  warnings: string[];
  /** Occurrences for `parsedFor` (today, days). */
  events: CalendarEvent[];
  parsedFor?: string;
}

const RELOAD_DELAY_MS = 300;
const DAY_MS = 86_400_000;

function setting<T>(name: string, fallback: T): T {
  return vscode.workspace.getConfiguration('networkingPlan').get<T>(name, fallback) ?? fallback;
}

export function meetingDays(): number {
  const days = setting<number>('meetingDays', DEFAULT_MEETING_DAYS);
  return typeof days === 'number' && Number.isFinite(days) && days >= 0 ? Math.min(Math.floor(days), 366) : DEFAULT_MEETING_DAYS;
}

function reason(error: unknown): string {
  if (error instanceof vscode.FileSystemError) {
    if (error.code === 'FileNotFound') return vscode.l10n.t('no such file');
    if (error.code === 'FileIsADirectory') return vscode.l10n.t('it is a directory');
    if (error.code === 'NoPermissions') return vscode.l10n.t('permission denied');
  }
  return error instanceof Error ? error.message : String(error);
}

export class MeetingCalendars implements NextMeetings, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private calendars: CalendarState[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[];
  private readonly shown = new Set<string>();
  private timer?: ReturnType<typeof setTimeout>;
  private version = 0;
  /** Counts reloads; dispose moves it on too, so that a reload under way then keeps nothing. */
  private generation = 0;
  /** The window key the events are being read again for, if a read is under way. */
  private parsingFor?: string;
  private readonly matched = new WeakMap<Plan, { key: string; byName: Map<string, Meeting[]> }>();
  /** Settles when the files of the current setting have been read. */
  ready: Promise<void>;

  constructor(
    private readonly plans: () => readonly PlanOfFolder[],
    private readonly today: () => string,
    /** Hands the thread back between slices of a long read (see `Platform.pause`). */
    private readonly pause: () => Promise<void>,
  ) {
    this.disposables = [
      this.changeEmitter,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('networkingPlan.meetingCalendars')) this.ready = this.reload();
        else if (e.affectsConfiguration('networkingPlan.meetingDays')) this.changed();
      }),
    ];
    this.ready = this.reload();
  }

  /** Each calendar of the setting as last read (for the tests and for messages). */
  states(): readonly CalendarState[] {
    return this.calendars;
  }

  nextMeeting(personName: string, planUri?: vscode.Uri): Meeting | undefined {
    if (this.calendars.length === 0) return undefined;
    const key = nameKey(personName);
    for (const plan of this.plansFor(planUri)) {
      const next = this.firstNotOver(this.matchesOf(plan.viewPlan).get(key));
      if (next) return next;
    }
    return undefined;
  }

  nextMeetingOf(person: MatchablePerson, planUri?: vscode.Uri): Meeting | undefined {
    if (this.calendars.length === 0) return undefined;
    const events = this.events();
    for (const plan of this.plansFor(planUri)) {
      const found = upcomingMeetings([...plan.viewPlan.people, person], events, this.window());
      const next = this.firstNotOver(found[found.length - 1].meetings);
      if (next) return next;
    }
    return undefined;
  }

  private plansFor(planUri?: vscode.Uri): readonly PlanOfFolder[] {
    const plans = this.plans();
    return planUri ? plans.filter((p) => p.uri.toString() === planUri.toString()) : plans;
  }

  private window() {
    return { today: this.today(), within: meetingDays() };
  }

  private firstNotOver(meetings: readonly Meeting[] | undefined): Meeting | undefined {
    const now = Date.now();
    return meetings?.find((m) => (m.allDay ? m.start.instant + DAY_MS > now : m.start.instant >= now));
  }

  /** Every person's meetings in the plan, by name key; worked out once per plan, day and reading of the files. */
  private matchesOf(plan: Plan): Map<string, Meeting[]> {
    const window = this.window();
    const key = `${window.today}|${window.within}|${this.version}`;
    const cached = this.matched.get(plan);
    if (cached?.key === key) return cached.byName;
    const byName = new Map<string, Meeting[]>();
    for (const { person, meetings } of upcomingMeetings(plan.people, this.events(), window)) {
      if (meetings.length > 0 && !byName.has(person.key)) byName.set(person.key, meetings);
    }
    this.matched.set(plan, { key, byName });
    return byName;
  }

  /** The occurrences of every readable calendar in the window, parsed again when the day or the window changes. */
  private events(): CalendarEvent[] {
    const window = this.window();
    const key = `${window.today}|${window.within}`;
    const events: CalendarEvent[] = [];
    let stale = false;
    for (const calendar of this.calendars) {
      if (calendar.text !== undefined && calendar.parsedFor !== key) stale = true;
      events.push(...calendar.events);
    }
    // The day or the window changed: read the files' events again in slices, meanwhile the last ones serve.
    if (stale) void this.parseStale(key);
    return events;
  }

  private async parseStale(key: string): Promise<void> {
    if (this.parsingFor === key) return;
    this.parsingFor = key;
    try {
      for (const calendar of this.calendars) if (calendar.text !== undefined && calendar.parsedFor !== key) await this.parse(calendar, key);
    } finally {
      this.parsingFor = undefined;
    }
    this.changed();
  }

  private async parse(calendar: CalendarState, key: string): Promise<void> {
    const meetings = loadLazy('meetings');
    calendar.parsedFor = key;
    try {
      const read = await meetings.readCalendarPaced(calendar.text ?? '', calendar.entry, meetings.spanOf(this.window()), this.pause);
      calendar.events = read.events;
      calendar.warnings = read.warnings;
      calendar.error = undefined;
      for (const warning of read.warnings) this.tell(warning);
    } catch (error) {
      calendar.events = [];
      calendar.error = reason(error);
      this.tell(calendar.error);
    }
  }

  /** Each problem is told once (not again each time the file is read). */
  private tell(message: string): void {
    if (this.shown.has(message)) return;
    this.shown.add(message);
    void vscode.window.showWarningMessage(vscode.l10n.t('Networking Plan: {0} The other calendars are still used.', message));
  }

  private async reload(): Promise<void> {
    const generation = ++this.generation;
    const entries = setting<unknown>('meetingCalendars', []);
    const list = Array.isArray(entries) ? entries.filter((e): e is string => typeof e === 'string' && e.trim() !== '') : [];
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
    const calendars = await Promise.all(list.map((entry) => this.read(entry, calendarUri(entry, folders))));
    // Each file in slices, so that a large calendar never blocks the host for long.
    const window = this.window();
    for (const calendar of calendars) {
      if (generation !== this.generation) return;
      if (calendar.text !== undefined) await this.parse(calendar, `${window.today}|${window.within}`);
    }
    // A later reload (or dispose) took over meanwhile: its files win.
    if (generation !== this.generation) return;
    for (const w of this.watchers) w.dispose();
    this.watchers = calendars.flatMap((c) => (c.uri ? [this.watch(c.uri)] : []));
    this.calendars = calendars;
    this.changed();
  }

  private async read(entry: string, where: vscode.Uri | { error: string }): Promise<CalendarState> {
    if (!(where instanceof vscode.Uri)) {
      const error = vscode.l10n.t('The calendar "{0}" cannot be used: {1}.', entry, where.error);
      this.tell(error);
      return { entry, error, warnings: [], events: [] };
    }
    try {
      const bytes = await vscode.workspace.fs.readFile(where);
      return { entry, uri: where, text: new TextDecoder().decode(bytes), warnings: [], events: [] };
    } catch (error) {
      const message = vscode.l10n.t('Cannot read the calendar {0}: {1}.', entry, reason(error));
      this.tell(message);
      return { entry, uri: where, error: message, warnings: [], events: [] };
    }
  }

  private watch(uri: vscode.Uri): vscode.Disposable {
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), name));
    const later = () => this.schedule();
    return vscode.Disposable.from(watcher, watcher.onDidChange(later), watcher.onDidCreate(later), watcher.onDidDelete(later));
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.ready = this.reload();
    }, RELOAD_DELAY_MS);
  }

  private changed(): void {
    this.version++;
    this.changeEmitter.fire();
  }

  dispose(): void {
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
    this.watchers = [];
  }
}
