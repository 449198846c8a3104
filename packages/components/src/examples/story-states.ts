// Hover as a story: storybook-addon-pseudo-states copies each `:hover` rule of the page and of every
// shadow root into a rule for a class it sets, so a story can show the pointer's state to designers
// (and to the axe runs) without a pointer. Not part of the API.
import { expect, waitFor } from 'storybook/test';

/**
 * Story `parameters` for a state its play function sets up (a dialog opened, another slide shown): on
 * the docs page the story is shown in a frame of its own, `height` high, where the play function runs.
 */
export const inFrameOnDocsPage = (height: string) => ({ docs: { story: { inline: false, height } } });

/** Story `parameters` that show every element under the pointer. */
export const hovered = { pseudo: { hover: true } };

/** The colour `value` (a custom property's text, say) as the browser computes it, in rgb() form. */
function computedColour(value: string, context: Element): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  (context.shadowRoot ?? context).append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/**
 * A play-function check: `element` wears the theme's link-hover colour, so the forced hover reached
 * the rules inside its shadow root (the addon rewrites them a moment after the story renders).
 */
export async function expectLinkHoverColour(host: Element, element: Element): Promise<void> {
  // Forced colours: the system's link colour either way, as the user chose.
  if (matchMedia('(forced-colors: active)').matches) return;
  const hover = computedColour('var(--mdk-color-link-hover)', host);
  await waitFor(() => expect(getComputedStyle(element).color).toBe(hover), { timeout: 3000 });
  await expect(hover).not.toBe(computedColour('var(--mdk-color-link-default)', host));
}

/**
 * A story with every link (or button) of the story under the pointer. Its play function checks the
 * first `selector` in the first `tag`'s shadow root: it wears the link-hover colour.
 */
export function hoverStory(tag: string, selector: string) {
  return {
    name: 'Hovered (links under the pointer)',
    parameters: hovered,
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      const host = canvasElement.querySelector(tag);
      await (host as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
      const target = host?.shadowRoot?.querySelector(selector);
      if (!host || !target) throw new Error(`the story has no ${selector} in a <${tag}>`);
      await expectLinkHoverColour(host, target);
    },
  };
}

/**
 * A story with keyboard focus on the first `selector` in the first `tag`'s shadow root: the focus ring
 * as designers and the axe runs should see it. Give it `tags: ['!autodocs']`, written out (Storybook
 * reads tags from the file, not from a function's result), as every story whose state is focus that
 * its play function sets: the docs page would show it without focus — stories shown inline there do
 * not run their play functions (Storybook's default; `docs.story.autoplay` would, and inline stories
 * would take focus from each other), nor would stories in frames of their own keep focus all at once.
 * The play function checks that the element has focus and draws a visible ring (an outline), in every
 * theme and under forced colours.
 */
export function focusStory(tag: string, selector: string, name = 'Focused (keyboard focus on the first link)') {
  return {
    name,
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      const host = canvasElement.querySelector(tag);
      await (host as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
      const target = host?.shadowRoot?.querySelector<HTMLElement>(selector);
      if (!host || !target) throw new Error(`the story has no ${selector} in a <${tag}>`);
      target.focus();
      await expect(host.shadowRoot!.activeElement).toBe(target);
      await expect(target.matches(':focus-visible')).toBe(true);
      const outline = getComputedStyle(target);
      await expect(outline.outlineStyle).not.toBe('none');
      await expect(parseFloat(outline.outlineWidth)).toBeGreaterThanOrEqual(2);
    },
  };
}
