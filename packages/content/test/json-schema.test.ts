import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../src/index.js';

// The JSON Schema is written by the build (`pnpm build`), which the test task depends on.
const jsonSchema = JSON.parse(await readFile(new URL('../dist/strategy-document.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(jsonSchema);

describe('the JSON Schema export', () => {
  it('accepts the example document', () => {
    expect(validate(createExampleDocument()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses a wrong type, an unknown field and an unknown qualifier, naming each place', () => {
    const document = createExampleDocument();
    const figures = document.keyFigures.groups[0]!.figures as Record<string, unknown>[];
    figures[0]!.value = '1,6 Mio.';
    figures[1]!.qualifier = 'about';
    (document.hero as Record<string, unknown>).colour = 'blau';
    expect(validate(document)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath).sort()).toEqual([
      '/hero',
      '/keyFigures/groups/0/figures/0/value',
      '/keyFigures/groups/0/figures/1/qualifier',
    ]);
  });

  it('names its draft and the format version', () => {
    expect(jsonSchema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', properties: { schemaVersion: { const: 2 } } });
  });
});
