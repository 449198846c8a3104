// The files editors read for completion and hover docs, generated from custom-elements.json at
// build time: VS Code's custom data for HTML and CSS, and JetBrains' web-types. Each check is a
// function of the files, so the "bites" test can hand it a broken copy.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(packageRoot, path), 'utf8')) as T;

interface ManifestElement {
  tagName?: string;
  attributes?: { name: string; type?: { text: string } }[];
  cssProperties?: { name: string }[];
}
interface Manifest {
  modules: { declarations?: ManifestElement[] }[];
}
interface VsCodeHtmlData {
  tags: { name: string; description?: string; attributes: { name: string; values?: { name: string }[] }[] }[];
}
interface VsCodeCssData {
  properties: { name: string; description?: string }[];
}
interface WebTypes {
  name: string;
  contributions: {
    html: { elements: { name: string; attributes?: { name: string; value?: { type?: string } }[] }[] };
    css?: { properties?: { name: string }[] };
  };
}

const packageJson = readJson<{ name: string; files: string[]; 'web-types'?: string }>('package.json');
const manifest = readJson<Manifest>('custom-elements.json');
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

/** The values an attribute's type allows when it is a union of literals: `'exact' | 'approx'` → exact, approx. */
function literalValues(typeText: string | undefined): string[] {
  const parts = (typeText ?? '').split('|').map((part) => part.trim());
  const literals = parts.filter((part) => /^'[^']*'$|^-?\d+$/.test(part)).map((part) => part.replace(/^'|'$/g, ''));
  return literals.length === parts.length ? literals : [];
}

/** What an editor using VS Code's data would not offer: a tag, an attribute, an attribute's value, a CSS property. */
function vsCodeGaps(html: VsCodeHtmlData, css: VsCodeCssData): string[] {
  const cssNames = new Set(css.properties.map((property) => property.name));
  return elements.flatMap((element) => {
    const tag = html.tags.find((candidate) => candidate.name === element.tagName);
    if (!tag) return [`<${element.tagName}>`];
    return [
      ...(tag.description ? [] : [`<${element.tagName}>: no description`]),
      ...(element.attributes ?? []).flatMap((attribute) => {
        const offered = tag.attributes.find((candidate) => candidate.name === attribute.name);
        if (!offered) return [`<${element.tagName} ${attribute.name}>`];
        const values = (offered.values ?? []).map((value) => value.name);
        return literalValues(attribute.type?.text).filter((value) => !values.includes(value)).map((value) => `<${element.tagName} ${attribute.name}="${value}">`);
      }),
      ...(element.cssProperties ?? []).filter((property) => !cssNames.has(property.name)).map((property) => property.name),
    ];
  });
}

/** What an editor using the web-types would not offer: a tag, or an attribute with its type. */
function webTypesGaps(webTypes: WebTypes): string[] {
  return elements.flatMap((element) => {
    const offered = webTypes.contributions.html.elements.find((candidate) => candidate.name === element.tagName);
    if (!offered) return [`<${element.tagName}>`];
    return (element.attributes ?? [])
      .filter((attribute) => !offered.attributes?.some((candidate) => candidate.name === attribute.name && candidate.value?.type === attribute.type?.text))
      .map((attribute) => `<${element.tagName} ${attribute.name}>`);
  });
}

const html = readJson<VsCodeHtmlData>('vscode.html-custom-data.json');
const css = readJson<VsCodeCssData>('vscode.css-custom-data.json');
const webTypes = readJson<WebTypes>('web-types.json');

describe('editor data', () => {
  it('covers the 22 elements of the manifest', () => {
    expect(elements.length).toBeGreaterThanOrEqual(22);
    expect(html.tags.map((tag) => tag.name).sort()).toEqual(elements.map((element) => element.tagName).sort());
  });

  it('VS Code: every tag, attribute, enumerated value and CSS custom property', () => {
    expect(vsCodeGaps(html, css)).toEqual([]);
    const qualifier = html.tags.find((tag) => tag.name === 'mdk-kpi-tile')?.attributes.find((attribute) => attribute.name === 'qualifier');
    expect(qualifier?.values?.map((value) => value.name)).toEqual(['exact', 'approx', 'more-than', 'less-than']);
    expect(css.properties.map((property) => property.name)).toContain('--mdk-kpi-tile-value-color');
  });

  it('JetBrains: every tag and attribute, with its type; package.json names the file, and it ships', () => {
    expect(webTypes.name).toBe(packageJson.name);
    expect(webTypesGaps(webTypes)).toEqual([]);
    expect(packageJson['web-types']).toBe('./web-types.json');
    expect(existsSync(join(packageRoot, packageJson['web-types']!))).toBe(true);
    expect(packageJson.files).toEqual(expect.arrayContaining(['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json']));
  });

  it('the checks bite: a missing tag, attribute, value or CSS property is reported', () => {
    const brokenHtml: VsCodeHtmlData = structuredClone(html);
    brokenHtml.tags = brokenHtml.tags.filter((tag) => tag.name !== 'mdk-deck');
    const tile = brokenHtml.tags.find((tag) => tag.name === 'mdk-kpi-tile')!;
    tile.attributes = tile.attributes.filter((attribute) => attribute.name !== 'as-of');
    tile.attributes.find((attribute) => attribute.name === 'qualifier')!.values = [{ name: 'exact' }];
    const brokenCss: VsCodeCssData = { properties: css.properties.filter((property) => property.name !== '--mdk-kpi-tile-value-size') };
    expect(vsCodeGaps(brokenHtml, brokenCss).sort()).toEqual(
      ['<mdk-deck>', '<mdk-kpi-tile as-of>', '<mdk-kpi-tile qualifier="approx">', '<mdk-kpi-tile qualifier="more-than">', '<mdk-kpi-tile qualifier="less-than">', '--mdk-kpi-tile-value-size'].sort(),
    );

    const brokenWebTypes: WebTypes = structuredClone(webTypes);
    const group = brokenWebTypes.contributions.html.elements.find((element) => element.name === 'mdk-kpi-group')!;
    group.attributes = group.attributes?.map((attribute) => (attribute.name === 'heading-level' ? { ...attribute, value: { type: 'number' } } : attribute));
    expect(webTypesGaps(brokenWebTypes)).toEqual(['<mdk-kpi-group heading-level>']);
  });
});
