import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/** How long a message stays in its region: long enough for a screen reader to reach it behind others. */
const keptFor = 10_000;

interface Message {
  readonly key: number;
  readonly text: string;
}

/**
 * The messages of a polite status region. Each is added as a paragraph of its own and taken out
 * after a while. An addition is what a polite region reads; with `aria-atomic="false"` it reads only
 * that. So the same sentence twice is said twice, and two messages of one moment are both said.
 * Replacing the region's text does neither: text that a region loses and gets back within one frame
 * is no change to the accessibility tree, and of two texts set in one frame only the last is seen.
 *
 * Render `messages.render()` inside `<div role="status" aria-atomic="false">`, present from the first render.
 */
export class LiveMessages implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #messages: readonly Message[] = [];
  #nextKey = 0;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Adds `text` to the region. */
  say(text: string): void {
    const message = { key: this.#nextKey++, text };
    this.#messages = [...this.#messages, message];
    this.#host.requestUpdate();
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#messages = this.#messages.filter((kept) => kept !== message);
      this.#host.requestUpdate();
    }, keptFor);
    this.#timers.add(timer);
  }

  hostDisconnected(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#messages = [];
  }

  /** The region's content: a paragraph per message, oldest first, each kept as its own element. */
  render() {
    return repeat(
      this.#messages,
      (message) => message.key,
      (message) => html`<p>${message.text}</p>`,
    );
  }
}
