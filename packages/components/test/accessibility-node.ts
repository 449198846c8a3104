/** One node of Chromium's computed accessibility tree, as the `readAccessibilityTree` command returns it. */
export interface AccessibilityNode {
  role: string;
  name: string;
  properties: Record<string, unknown>;
  children: AccessibilityNode[];
}

/**
 * What the `emulateMedia` command passes to Playwright's `page.emulateMedia()`: the media type and the
 * user preferences Chromium then reports to CSS. `null` turns that emulation off again.
 */
export interface MediaEmulation {
  media?: 'screen' | 'print' | null;
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
  contrast?: 'no-preference' | 'more' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  forcedColors?: 'active' | 'none' | null;
}
