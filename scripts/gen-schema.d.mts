/** Types of scripts/gen-schema.mjs, for test/examples/schema.test.ts. */
import type { z } from 'zod';

export type SchemaFileName = 'manifest.schema.json' | 'budget.schema.json';

/** Where the schemas are published; each file's `$id` is this plus its name. */
export declare const SCHEMA_BASE_URL: string;

/** JSON Schemas (draft 2020-12, zod's input side) of the manifest and of a budget file, by file name under docs/. */
export declare function buildSchemas(schemas: {
  manifestSchema: z.ZodType;
  budgetFileSchema: z.ZodType;
}): Record<SchemaFileName, Record<string, unknown>>;

/** The file text of a schema: 2-space JSON with a final newline. */
export declare function renderSchema(schema: unknown): string;
