import { installationName } from './installation.js';

/**
 * Which tab may edit. One tab holds an exclusive Web Lock for the document while it edits; a tab
 * opened later finds the lock taken and opens read-only until its user takes over, which steals the
 * lock: the first tab learns of it at once and turns read-only. A read-only tab also waits in line
 * (`waitInLine`): when the editing tab closes or crashes, the browser releases its lock and hands it
 * to the next tab in line, which then edits without anyone clicking.
 */
const lockName = installationName('working-document');

export type LeaseState = 'editing' | 'read-only' | 'taken-over';

export class EditingLease {
  #release: (() => void) | undefined;
  #onChange: (state: LeaseState) => void;
  /** Cancels this tab's place in line, once it takes the lease another way. */
  #inLine: AbortController | undefined;

  constructor(onChange: (state: LeaseState) => void) {
    this.#onChange = onChange;
  }

  /** Tries to become the editing tab without waiting. Resolves to the state this tab is in. */
  async acquire(): Promise<LeaseState> {
    return this.#request({ ifAvailable: true });
  }

  /** Becomes the editing tab even though another holds the lease; that tab turns read-only. */
  async takeOver(): Promise<LeaseState> {
    this.#leaveLine();
    return this.#request({ steal: true });
  }

  /**
   * Waits for the lease without taking it from anyone: once the editing tab lets go (it closed,
   * crashed or navigated away), this tab gets it and `onChange('editing')` says so.
   */
  waitInLine(): void {
    this.#leaveLine();
    const inLine = new AbortController();
    this.#inLine = inLine;
    void this.#request({ signal: inLine.signal }).then((state) => {
      if (this.#inLine === inLine) this.#inLine = undefined;
      this.#onChange(state);
    });
  }

  #leaveLine(): void {
    this.#inLine?.abort();
    this.#inLine = undefined;
  }

  release(): void {
    this.#release?.();
    this.#release = undefined;
  }

  #request(options: LockOptions): Promise<LeaseState> {
    return new Promise((resolve) => {
      navigator.locks
        .request(lockName, options, (lock) => {
          if (lock === null) {
            resolve('read-only');
            return undefined;
          }
          resolve('editing');
          // Hold the lock until released here, or stolen by another tab.
          return new Promise<void>((release) => {
            this.#release = release;
          });
        })
        .catch((error: unknown) => {
          // Leaving the line rejects that request too; it never held the lock, so nothing was lost.
          if (options.signal?.aborted) return;
          // A stolen lock rejects its request with an AbortError.
          if (error instanceof DOMException && error.name === 'AbortError') {
            this.#release = undefined;
            this.#onChange('taken-over');
          }
        });
    });
  }
}
