/** One node of Chromium's computed accessibility tree, as the `readAccessibilityTree` command returns it. */
export interface AccessibilityNode {
  role: string;
  name: string;
  properties: Record<string, unknown>;
  children: AccessibilityNode[];
}
