import type { PersonTreeItem } from './treeItems';

/**
 * Whether a command's argument is a person's tree item. Checked by shape, not `instanceof`: the commands run from their
 * own bundle (see ../lazy.ts), whose copy of the class is not the one the tree made the item with.
 */
export function isPersonItem(value: unknown): value is PersonTreeItem {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'person' && 'status' in value && 'planUri' in value;
}
