import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// React's act() needs this flag to run outside a test framework it knows.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted: Array<{ root: Root; container: HTMLElement }> = [];

/** Renders `node` with React 19 into a fresh container in the page; `unmountAll` removes it again. */
export async function render(node: ReactNode): Promise<{ container: HTMLElement; rerender: (next: ReactNode) => Promise<void> }> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  await act(async () => root.render(node));
  return {
    container,
    rerender: async (next) => {
      await act(async () => root.render(next));
    },
  };
}

export async function unmountAll(): Promise<void> {
  for (const { root, container } of mounted.splice(0)) {
    await act(async () => root.unmount());
    container.remove();
  }
}
