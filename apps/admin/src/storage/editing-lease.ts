/**
 * Which tab may edit. One tab holds an exclusive Web Lock for the document while it edits; a tab
 * opened later finds the lock taken and opens read-only until its user takes over, which steals the
 * lock: the first tab learns of it at once and turns read-only. (Web Locks are released by the
 * browser when a tab closes or crashes, so a killed tab never blocks the next one.)
 */
const lockName = 'muenchen-digital-admin/working-document';

export type LeaseState = 'editing' | 'read-only' | 'taken-over';

export class EditingLease {
  #release: (() => void) | undefined;
  #onChange: (state: LeaseState) => void;

  constructor(onChange: (state: LeaseState) => void) {
    this.#onChange = onChange;
  }

  /** Tries to become the editing tab without waiting. Resolves to the state this tab is in. */
  async acquire(): Promise<LeaseState> {
    return this.#request({ ifAvailable: true });
  }

  /** Becomes the editing tab even though another holds the lease; that tab turns read-only. */
  async takeOver(): Promise<LeaseState> {
    return this.#request({ steal: true });
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
          // A stolen lock rejects its request with an AbortError.
          if (error instanceof DOMException && error.name === 'AbortError') {
            this.#release = undefined;
            this.#onChange('taken-over');
          }
        });
    });
  }
}
