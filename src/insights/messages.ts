/** Typed messages between a panel and the extension, checked by shape on arrival (a webview can send anything). */

/** From the extension to the panel: the new body, swapped in place (no reload, no flicker). */
export interface UpdateMessage {
  type: 'update';
  body: string;
}

/** From the panel: open the person at `index` in `people`. */
export interface OpenPersonMessage {
  type: 'openPerson';
  index: number;
}

export type PanelMessage = OpenPersonMessage;

export function isOpenPersonMessage(value: unknown): value is OpenPersonMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return message.type === 'openPerson' && typeof message.index === 'number' && Number.isSafeInteger(message.index) && message.index >= 0;
}
