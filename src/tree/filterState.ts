/** The People view's filter: kept per workspace, offered as a context key (the title bar shows Clear Filter while one is set). */
import * as vscode from 'vscode';
import { FilterMatcher, filterFrom, isFilterSet, type PeopleFilter } from './peopleFilter';

const STORAGE_KEY = 'networkingPlan.peopleFilter';
const CONTEXT_KEY = 'networkingPlan.filtered';

export class PeopleFilterState implements vscode.Disposable {
  private filter: PeopleFilter | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  readonly matcher = new FilterMatcher();

  constructor(private readonly memento: vscode.Memento) {
    this.filter = filterFrom(memento.get(STORAGE_KEY));
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, this.filter !== undefined);
  }

  get current(): PeopleFilter | undefined {
    return this.filter;
  }

  /** Who the current filter keeps; undefined when no filter is set. */
  keep(): ((status: Parameters<ReturnType<FilterMatcher['test']>>[0]) => boolean) | undefined {
    return this.filter ? this.matcher.test(this.filter) : undefined;
  }

  async set(filter: PeopleFilter | undefined): Promise<void> {
    this.filter = isFilterSet(filter) ? filterFrom(filter) : undefined;
    await this.memento.update(STORAGE_KEY, this.filter);
    await vscode.commands.executeCommand('setContext', CONTEXT_KEY, this.filter !== undefined);
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
