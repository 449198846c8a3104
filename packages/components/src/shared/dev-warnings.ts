const warned = new WeakMap<Element, Set<string>>();

/**
 * Warns once per element and topic in development builds. Call it as
 * `if (__MDK_DEV__) warnOnce(this, 'value', '…')` so production builds drop the call and its text.
 */
export function warnOnce(element: Element, topic: string, message: string): void {
  let topics = warned.get(element);
  if (topics === undefined) {
    topics = new Set();
    warned.set(element, topics);
  }
  if (topics.has(topic)) return;
  topics.add(topic);
  console.warn(`[@muenchen-digital/components] <${element.localName}>: ${message}`, element);
}
