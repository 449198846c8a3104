/**
 * What the app needs of a browser beyond the JavaScript it is built for (ES2022), found by trying
 * each thing rather than by the browser's name. A browser without one of them would start and then
 * fail late — typing works, publishing throws — so the app says so at the start instead.
 * The versions that brought the last of them, `Element.getHTML`: Chrome and Edge 125, Firefox 128,
 * Safari 18 (all of 2024). Named again, to be kept in step, in the README's "Hosting the admin app"
 * and in the page that refuses an older browser (start-failure.ts, with its English in xliff/en.xlf).
 */
const requiredFeatures: readonly { name: string; present: () => boolean }[] = [
  // Publishing prerenders the page with its components' shadow roots.
  { name: 'Element.getHTML', present: () => typeof Element.prototype.getHTML === 'function' },
  // The key figures' numbers ("−3,5 %", "1.400"): older engines throw on these options.
  {
    name: 'Intl.NumberFormat (signDisplay "negative")',
    present: () => {
      try {
        return new Intl.NumberFormat('de', { signDisplay: 'negative' }).resolvedOptions().signDisplay === 'negative';
      } catch {
        return false;
      }
    },
  },
  // Pasting a list, and finding where a field sits in the form.
  { name: 'Array.prototype.toSpliced', present: () => typeof Array.prototype.toSpliced === 'function' },
  { name: 'Array.prototype.findLast', present: () => typeof Array.prototype.findLast === 'function' },
  // One tab edits, the others read (secure pages only: checked after the page is found secure).
  { name: 'Web Locks', present: () => 'locks' in navigator },
  { name: 'crypto.randomUUID', present: () => typeof crypto.randomUUID === 'function' },
];

/** The names of the features this browser lacks; empty where the app can run. */
export function missingBrowserFeatures(): string[] {
  return requiredFeatures.filter((feature) => !feature.present()).map((feature) => feature.name);
}
