// Writes dist/strategy-document.schema.json from the valibot schema, for tools outside TypeScript
// (editors validating a JSON file, other languages). The rules that span fields (a figure's source
// exists, the emphasis occurs in the vision) and the link-scheme check live only in the valibot
// schema: JSON Schema cannot say them, so the converter is told to leave them out.
import { writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { currentSchemaVersion, strategyDocumentSchema } from '../dist/index.js';

const jsonSchema = {
  ...toJsonSchema(strategyDocumentSchema, { errorMode: 'ignore', target: 'draft-2020-12' }),
  $id: `https://muenchen-digital.example/strategy-document/v${currentSchemaVersion}.schema.json`,
  title: 'München.Digital Kit strategy document',
  description: `A city's digital strategy as the München.Digital Kit edits and publishes it (schemaVersion ${currentSchemaVersion}).`,
};
await writeFile(new URL('../dist/strategy-document.schema.json', import.meta.url), `${JSON.stringify(jsonSchema, null, 2)}\n`);
