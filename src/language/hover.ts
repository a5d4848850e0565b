/** Hovering a person's name (in `name:` or a journal `with:`) shows their status. */
import * as vscode from 'vscode';
import { personHoverMarkdown } from './personText';
import type { PlanDocuments } from './planDocuments';
import { kindOf, valueContextAt, valueOf } from './valueContext';
import { nameKey } from '../core';

export function registerHover(documents: PlanDocuments, selector: vscode.DocumentSelector): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      const snapshot = documents.snapshot(document);
      if (!snapshot) return undefined;
      const text = documents.text(document);
      const offset = document.offsetAt(position);
      const context = valueContextAt(text, offset);
      const kind = context && kindOf(context);
      if (!context || (kind !== 'person' && kind !== 'name') || offset >= context.end) return undefined;
      const status = snapshot.view.byKey.get(nameKey(valueOf(text, context)));
      if (!status) return undefined;
      const meeting = documents.store.meetings.nextMeeting(status.person.name, snapshot.uri);
      const brief = `command:networkingPlan.showBrief?${encodeURIComponent(JSON.stringify([status.person.name, snapshot.uri.toString()]))}`;
      const markdown = new vscode.MarkdownString(`${personHoverMarkdown(status, snapshot.view.today, snapshot.stale, meeting, snapshot.viewPlan.settings)}\n\n[${vscode.l10n.t('Prepare for contact')}](${brief})`);
      // User text is escaped, no HTML renders, and the only command a link may run is the brief's.
      markdown.isTrusted = { enabledCommands: ['networkingPlan.showBrief'] };
      markdown.supportHtml = false;
      markdown.supportThemeIcons = false;
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(context.start), document.positionAt(context.end)));
    },
  };
  return vscode.languages.registerHoverProvider(selector, provider);
}
