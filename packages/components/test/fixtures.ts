import { render, type TemplateResult } from 'lit';

const containers = new Set<HTMLElement>();

/** Renders a template into a fresh container in the document and waits for every element's first render. */
export async function fixture<T extends Element = HTMLElement>(template: TemplateResult, lang = 'de'): Promise<T> {
  const container = document.createElement('div');
  container.setAttribute('lang', lang);
  document.body.append(container);
  containers.add(container);
  render(template, container);
  await settle(container);
  const element = container.firstElementChild;
  if (element === null) throw new Error('The fixture rendered nothing');
  return element as T;
}

/** Waits until every Lit element in `root` (shadow roots included) has finished updating. */
export async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const elements = [...root.querySelectorAll('*')];
    const pending = elements.flatMap((element) => {
      const update = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
      const nested = element.shadowRoot ? [settle(element.shadowRoot)] : [];
      return update ? [update, ...nested] : nested;
    });
    await Promise.all(pending);
  }
}

/** Removes every fixture; call it in afterEach. */
export function cleanupFixtures(): void {
  for (const container of containers) container.remove();
  containers.clear();
}
