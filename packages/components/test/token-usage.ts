/** Every `--mdk-*` custom property a theme's CSS declares. */
export function tokensDefinedIn(themeCss: string): Set<string> {
  return new Set([...themeCss.matchAll(/(--mdk-[\w-]+)\s*:/g)].map((match) => match[1]!));
}

/**
 * The `--mdk-*` properties a stylesheet reads with `var()` that are neither theme tokens nor a
 * component's documented knob (`@cssproperty`): a typo, or a token no theme defines, renders as
 * nothing at all — this finds it before a user does.
 */
export function findUndefinedTokens(css: string, themeTokens: Set<string>, documentedKnobs: Set<string>): string[] {
  const used = new Set([...css.matchAll(/var\(\s*(--mdk-[\w-]+)/g)].map((match) => match[1]!));
  return [...used].filter((name) => !themeTokens.has(name) && !documentedKnobs.has(name)).sort();
}
