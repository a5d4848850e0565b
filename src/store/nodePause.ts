/** How Node's extension host lets other work run between the steps of a long read (see `Platform.pause`). */

/**
 * Two hops, because the immediate queued by a task that ran as an I/O callback (a file read, a message) runs right
 * after it, before the event loop polls for I/O or runs timers again.
 */
export const pauseForOthers = (): Promise<void> => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));
