// The viewports a story can start in (Storybook's viewport global), at the kit's breakpoints. The
// "At 320 px" stories open at 320 CSS px, the width WCAG 1.4.10 Reflow asks for, so the components'
// media queries take the narrow layout too — not only their container queries. The story tests
// (@storybook/addon-vitest) resize the page to the story's viewport before it renders. Not part of the API.

const viewport = (name: string, width: number, height: number, type: 'mobile' | 'tablet' | 'desktop') => ({
  name,
  styles: { width: `${width}px`, height: `${height}px` },
  type,
});

/** The toolbar's viewports: 320 px (reflow), then the breakpoints 576, 768, 992 and 1200 px. */
export const viewportOptions = {
  reflow320: viewport('320 px (WCAG reflow)', 320, 640, 'mobile'),
  small576: viewport('576 px', 576, 800, 'mobile'),
  medium768: viewport('768 px', 768, 1024, 'tablet'),
  large992: viewport('992 px', 992, 800, 'desktop'),
  wide1280: viewport('1280 px', 1280, 800, 'desktop'),
};

/** `globals` for a story that starts at 320 px wide. */
export const narrowViewport = { viewport: { value: 'reflow320', isRotated: false } };

/**
 * A play function for the "At 320 px" stories: opened as a story (not inline on a docs page), the page
 * is 320 px wide and nothing scrolls sideways.
 */
export async function expectReflowAt320({ viewMode }: { viewMode?: string }): Promise<void> {
  if (viewMode !== 'story') return;
  if (window.innerWidth !== 320) throw new Error(`the story should start 320 px wide, not ${window.innerWidth} px`);
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  if (overflow > 0) throw new Error(`the page scrolls sideways by ${overflow} px at 320 px`);
}
