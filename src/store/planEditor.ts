/**
 * Applies one change to a plan the safe way: on the live document (a minimal WorkspaceEdit, so Undo takes back
 * just this change and unsaved typing stays), then saved; never over a change made on disk meanwhile.
 */
import * as vscode from 'vscode';
import type { Plan } from '../core';
import { describeError, displayPath, folderError, notAPlanFile, NotUtf8Error, readDiskText, statIfExists } from './planFileAccess';
import type { PlanSource } from './planSource';
import { minimalChange } from './minimalChange';

/**
 * The new text for `text` and its `plan`. `read` reads a whole text (the core checks an edit's result with it) as
 * loads do: only what changed is parsed again, and a large plan in slices, so the host is never blocked for long.
 */
export type PlanChange = (text: string, plan: Plan, read: (text: string) => Promise<Plan>) => string | Promise<string>;

const SHOW_PROBLEMS = vscode.l10n.t('Show problems');
const CREATE_PLAN = vscode.l10n.t('Create plan');
/** How long to wait for VS Code to reload a clean document after its file changed on disk. */
const RELOAD_WAIT_MS = 2500;
/**
 * How long to wait for a save already writing the file (auto-save, say): a base, plus time per megabyte, since
 * writing a plan of megabytes on a busy machine takes seconds.
 */
const SAVE_WAIT_BASE_MS = 3000;
const SAVE_WAIT_PER_MB_MS = 1000;
const SAVE_WAIT_MAX_MS = 30_000;

function saveWaitMs(text: string): number {
  return Math.min(SAVE_WAIT_MAX_MS, SAVE_WAIT_BASE_MS + Math.ceil(text.length / 1_000_000) * SAVE_WAIT_PER_MB_MS);
}

/** Thrown inside an edit to refuse it with a message for the user. */
class Refusal extends Error {
  constructor(message: string, readonly severity: 'error' | 'info' = 'error', readonly action?: string) {
    super(message);
  }
}

function sameText(a: string, b: string): boolean {
  // VS Code normalizes a file's mixed line endings when it loads it, so compare ignoring them.
  return a === b || a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');
}

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

function isEditError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'EditError' && typeof (error as { code?: unknown }).code === 'string';
}

function report(refusal: Refusal): void {
  const items = refusal.action ? [refusal.action] : [];
  const shown =
    refusal.severity === 'info'
      ? vscode.window.showInformationMessage(refusal.message, ...items)
      : vscode.window.showErrorMessage(refusal.message, ...items);
  void shown.then((choice) => {
    if (choice === SHOW_PROBLEMS) void vscode.commands.executeCommand('workbench.actions.view.problems');
    if (choice === CREATE_PLAN) void vscode.commands.executeCommand('networkingPlan.createPlan');
  });
}

/** The document, brought up to date with the file on disk; refuses when they conflict. */
async function upToDateDocument(source: PlanSource, waitForSave = true): Promise<vscode.TextDocument> {
  const { uri } = source;
  const stat = await statIfExists(uri);
  if (!stat) throw new Refusal(vscode.l10n.t('There is no plan file at "{0}" yet.', displayPath(uri)), 'error', CREATE_PLAN);
  if (stat.type & vscode.FileType.Directory) throw new Refusal(folderError(uri));
  const notAPlan = notAPlanFile(uri, stat);
  if (notAPlan) throw new Refusal(notAPlan);
  const document = await vscode.workspace.openTextDocument(uri);
  const disk = await readDiskText(uri, true).catch((error: unknown) => {
    throw error instanceof NotUtf8Error ? new Refusal(error.message) : error;
  });
  // Decoding megabytes was a task of its own.
  await source.pause();
  if (document.isDirty) {
    if (source.savedText !== undefined && !sameText(source.savedText, disk)) {
      // Maybe a save (auto-save, say) is writing the file right now: the document stays dirty until it is done.
      if (waitForSave && (await waitUntil(() => !document.isDirty, saveWaitMs(disk)))) return upToDateDocument(source, false);
      throw new Refusal(
        vscode.l10n.t('"{0}" changed on disk while it has unsaved changes, so nothing was changed. ', displayPath(uri)) +
          vscode.l10n.t('Save or revert the file first, then try again.'),
      );
    }
  } else if (!sameText(source.documentText(document), disk)) {
    // Changed on disk a moment ago (e.g. git checkout): let VS Code reload the document, then edit the new text. Or a
    // save was still writing the file when it was read: the document already reads as saved, the file follows. So
    // the file is read again each time.
    const agrees = async () => sameText(source.documentText(document), await readDiskText(uri, true).catch(() => ''));
    const reloaded = await waitUntil(async () => document.isDirty || (await agrees()), RELOAD_WAIT_MS);
    if (!reloaded || document.isDirty) {
      throw new Refusal(vscode.l10n.t('"{0}" changed on disk and the editor has not caught up, so nothing was changed. Try again.', displayPath(uri)));
    }
  }
  return document;
}

async function newTextFor(source: PlanSource, text: string, change: PlanChange): Promise<string> {
  const plan = await source.planOf(text);
  if (!plan.syntaxOk) {
    throw new Refusal(
      vscode.l10n.t('The networking plan "{0}" has syntax errors, so nothing was changed. Fix them first.', displayPath(source.uri)),
      'error',
      SHOW_PROBLEMS,
    );
  }
  try {
    return await change(text, plan, (edited) => source.readEdited(edited));
  } catch (error) {
    if (isEditError(error)) throw new Refusal(error.message, error.code === 'no-change' ? 'info' : 'error');
    throw new Refusal(vscode.l10n.t('Could not change the plan: {0}', describeError(error)));
  }
}

async function applyOnce(source: PlanSource, change: PlanChange): Promise<'done' | 'retry'> {
  const document = await upToDateDocument(source);
  const version = document.version;
  const text = source.documentText(document);
  // Each step below takes tens of ms for a plan of megabytes: let other work run in between.
  await source.pause();
  const newText = await newTextFor(source, text, change);
  await source.pause();
  // Typed into meanwhile: the new text would undo that typing.
  if (document.version !== version) return 'retry';
  const delta = minimalChange(text, newText);
  if (!delta) return 'done';
  const start = document.positionAt(delta.start);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(source.uri, new vscode.Range(start, document.positionAt(delta.end)), delta.text);
  // The edit carries the document's version: it fails if the text changed since it was read.
  if (!(await vscode.workspace.applyEdit(edit))) return 'retry';
  if ((await document.save()) || (await savedBySaveInFlight(source, document))) return 'done';
  // Not saved (e.g. the file is newer on disk): take the change back out of the buffer, leave the file alone.
  if (source.documentText(document) === newText) {
    const undo = new vscode.WorkspaceEdit();
    const insertedEnd = document.positionAt(delta.start + delta.text.length);
    undo.replace(source.uri, new vscode.Range(start, insertedEnd), text.slice(delta.start, delta.end));
    await vscode.workspace.applyEdit(undo);
  }
  throw new Refusal(vscode.l10n.t('Could not save "{0}", so the change was not made. Check the file and try again.', displayPath(source.uri)));
}

/**
 * After `save()` said false: whether the document is saved anyway. `save()` is false while another save of the same
 * document (auto-save of the typing, or of this very edit) is still writing the file: that is not a conflict. Waits
 * for that save, then checks that the file holds the document's text (the document can read as saved a moment
 * before the file does, so the file is read again until it does); when the document is still unsaved and the file
 * was not changed by anyone else, saves once more. False when the file really changed on disk.
 */
async function savedBySaveInFlight(source: PlanSource, document: vscode.TextDocument): Promise<boolean> {
  const waitMs = saveWaitMs(source.documentText(document));
  const end = Date.now() + waitMs;
  await waitUntil(() => !document.isDirty, waitMs);
  for (;;) {
    const disk = await readDiskText(source.uri, true).catch(() => undefined);
    if (disk === undefined) return false;
    if (document.isDirty) {
      const changedByOthers = source.savedText !== undefined && !sameText(source.savedText, disk);
      return !changedByOthers && (await document.save());
    }
    if (sameText(disk, source.documentText(document))) return true;
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Named, not `instanceof`: the error comes from a bundle of its own (see `planLock/lazy.ts`).
function isLocked(error: unknown): error is Error & { lockPath: string } {
  return error instanceof Error && error.name === 'PlanLockedError';
}

function lockedRefusal(source: PlanSource, lockPath: string): Refusal {
  return new Refusal(
    vscode.l10n.t('"{0}" is being written by the networking-plan command line (it holds "{1}"), so nothing was changed. Try again.', displayPath(source.uri), lockPath),
  );
}

/** Applies `change`; true when the new text is saved. Reports every refusal to the user. */
export async function editPlan(source: PlanSource, change: PlanChange): Promise<boolean> {
  try {
    if (source.snapshot.error) throw new Refusal(source.snapshot.error);
    await source.withLock(async () => {
      let outcome = await applyOnce(source, change);
      if (outcome === 'retry') outcome = await applyOnce(source, change);
      if (outcome === 'retry') throw new Refusal(vscode.l10n.t('The plan changed while the change was being made, so nothing was changed. Try again.'));
    });
    await source.load();
    return true;
  } catch (error) {
    report(error instanceof Refusal ? error : isLocked(error) ? lockedRefusal(source, error.lockPath) : new Refusal(vscode.l10n.t('Could not change the plan: {0}', describeError(error))));
    return false;
  }
}
