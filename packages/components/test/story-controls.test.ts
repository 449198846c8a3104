// Every control a designer sees in Storybook changes the element it stands for. Storybook lists a
// control for each attribute in custom-elements.json (see .storybook/arg-types.ts); a story whose
// render leaves an attribute out, writes it under another name, or writes a list as "[object Object]"
// shows a control that changes nothing, or breaks the element. This renders each story as Storybook
// does (its args, then its render), turns each control to another value, and reads the element's
// property back. A story that fixes its element on purpose (a composed page, a hard-coded bad value)
// turns its controls off with `parameters: { controls: { disable: true } }`, or one control with
// `argTypes: { name: { control: false } }`.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { argTypesOf, type ArgTypeEntry } from '../.storybook/arg-types.js';
import manifest from '../custom-elements.json';
import { cleanupFixtures, settle } from './fixtures.js';

type Args = Record<string, unknown>;
type StoryModule = { default: Meta<Args> } & Record<string, StoryObj<Args> | Meta<Args>>;

const storyModules = import.meta.glob<StoryModule>('../src/**/*.stories.ts', { eager: true });

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string; fieldName?: string }>;
}
const declarations = (manifest as { modules: Array<{ declarations?: Declaration[] }> }).modules.flatMap(
  (module) => module.declarations ?? [],
);

interface StoryCase {
  id: string;
  tag: string;
  args: Args;
  render: (args: Args, context: unknown) => TemplateResult;
  /** Each control: its arg (the attribute's name), its entry in the API table, the property it sets. */
  controls: Array<{ key: string; entry: ArgTypeEntry; property: string }>;
  /** Per list arg, the longest list any story of the file gives it: a value to turn an empty list's control to. */
  listSamples: Record<string, unknown[]>;
}

/** The longest list each arg holds in any of a file's stories (or its meta), by arg. */
function listSamplesOf(module: StoryModule): Record<string, unknown[]> {
  const samples: Record<string, unknown[]> = {};
  for (const story of Object.values(module) as Array<{ args?: Args }>) {
    for (const [key, value] of Object.entries(story?.args ?? {})) {
      const list = Array.isArray(value) ? value : typeof value === 'string' ? parsedList(value) : undefined;
      if (list && list.length > (samples[key]?.length ?? 0)) samples[key] = list;
    }
  }
  return samples;
}

/** The stories whose controls are on, each with the attribute controls it shows. */
function storiesWithControls(): StoryCase[] {
  return Object.entries(storyModules).flatMap(([file, module]) => {
    const meta = module.default;
    const tag = typeof meta.component === 'string' ? meta.component : undefined;
    const declaration = declarations.find((candidate) => candidate.tagName === tag);
    if (!tag || !declaration) return [];
    const table = argTypesOf(declaration as Parameters<typeof argTypesOf>[0]);
    return Object.entries(module)
      .filter(([name, story]) => name !== 'default' && typeof story === 'object' && story !== null)
      .flatMap(([name, value]) => {
        const story = value as StoryObj<Args>;
        const parameters = { ...meta.parameters, ...story.parameters } as { controls?: { disable?: boolean } };
        const render = (story.render ?? meta.render) as StoryCase['render'] | undefined;
        if (parameters.controls?.disable || !render) return [];
        const argTypes = { ...meta.argTypes, ...story.argTypes } as Record<string, { control?: unknown }>;
        const controls = Object.entries(table)
          .filter(([key, entry]) => entry.table.category === 'attributes' && entry.control !== false && argTypes[key]?.control !== false)
          .map(([key, entry]) => ({ key, entry, property: declaration.attributes?.find((attribute) => attribute.name === key)?.fieldName ?? key }));
        return [{ id: `${file.replace(/^.*\//, '')} ${name}`, tag, args: { ...meta.args, ...story.args }, render, controls, listSamples: listSamplesOf(module) }];
      });
  });
}

/** A value the control can be turned to that differs from the story's: what a designer would try. */
function anotherValue(entry: ArgTypeEntry, current: unknown, listSample: unknown[] | undefined): unknown {
  const type = entry.type;
  if (type?.name === 'enum') return type.value.find((option) => option !== String(current ?? '')) ?? type.value[0];
  if (type?.name === 'boolean') return !current;
  if (type?.name === 'number') return current === 7 ? 8 : 7;
  if (type?.name === 'array') {
    // Storybook's object control edits a list as a list, also where a story's arg starts as its JSON text.
    const list = Array.isArray(current) ? current : typeof current === 'string' ? parsedList(current) : undefined;
    if (list && list.length > 1) return list.slice(0, -1);
    // An empty or one-entry list: another story's longer one (none in the file: nothing to try).
    return listSample && listSample.length > (list?.length ?? 0) ? listSample : undefined;
  }
  return `Kontrollwert ${String(current ?? '')}`.trim();
}

function parsedList(text: string): unknown[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** What the element's property holds for a control's value: the value itself, read as its attribute would be. */
function expected(entry: ArgTypeEntry, value: unknown): unknown {
  if (entry.type?.name === 'enum' && /^\d+$/.test(String(value)) && /\d/.test(entry.table.type?.summary ?? '') && !/'/.test(entry.table.type?.summary ?? '')) {
    return Number(value);
  }
  return value;
}

async function renderStory(story: StoryCase, args: Args): Promise<Element | null> {
  const container = document.createElement('div');
  document.body.append(container);
  render(story.render(args, { args, globals: {}, parameters: {} }), container);
  await settle(container);
  const element = container.querySelector(story.tag);
  container.dataset.storyControlsFixture = '';
  return element;
}

afterEach(() => {
  for (const container of document.querySelectorAll('[data-story-controls-fixture]')) container.remove();
  cleanupFixtures();
  vi.restoreAllMocks();
});

const stories = storiesWithControls();

describe('story controls', () => {
  it('finds the stories (the glob and the manifest are read as meant)', () => {
    expect(stories.length).toBeGreaterThan(100);
    expect(stories.find((story) => story.id === 'kpi-tile.stories.ts Default')?.controls.map(({ key }) => key)).toContain('qualifier');
  });

  it.each(stories.map((story) => [story.id, story]))('%s: each control changes the element', async (_, story) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dead: string[] = [];
    for (const { key, entry, property } of story.controls) {
      const value = anotherValue(entry, story.args[key], story.listSamples[key]);
      if (value === undefined) continue;
      const element = await renderStory(story, { ...story.args, [key]: value });
      const held = element ? (element as unknown as Record<string, unknown>)[property] : undefined;
      try {
        expect(held).toEqual(expected(entry, value));
      } catch {
        dead.push(`${key} = ${JSON.stringify(value)} left ${property} at ${JSON.stringify(held)}`);
      }
    }
    expect(dead).toEqual([]);
  });
});
