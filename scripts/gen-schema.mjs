// @ts-check
/**
 * Generates the editor JSON Schemas of the manifest and of a separate budget file from the zod
 * schemas in src/inputs/manifest/schema.ts:
 *
 *   node scripts/gen-schema.mjs           writes docs/manifest.schema.json and docs/budget.schema.json
 *   node scripts/gen-schema.mjs --check   exits 1 when a committed file is stale
 *
 * The schemas describe what a user may write (zod's input side), so quantities are `number | string`
 * ("405B"); semantic checks zod does after parsing (quantity syntax, low <= high, ...) are not
 * expressible here and stay with the action's own validation.
 *
 * The TypeScript source is loaded in-process: a module hook maps the sources' `./x.js` imports to
 * `./x.ts` and transpiles each file with the project's `typescript` (no build directory, and type
 * errors elsewhere in the project do not stop it). test/examples/schema.test.ts imports
 * `buildSchemas` from here to check the committed files are fresh.
 */
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

/** Where the schemas are published; `$id` of each file is this plus its name. */
export const SCHEMA_BASE_URL = 'https://raw.githubusercontent.com/ml-footprint/ml-footprint-action/v1/docs/';

const ROOT = new URL('../', import.meta.url);
const SOURCE = new URL('src/inputs/manifest/schema.ts', ROOT);

/**
 * @typedef {{ title: string, description: string }} Header
 * @type {Record<'manifest.schema.json' | 'budget.schema.json', Header>}
 */
const HEADERS = {
  'manifest.schema.json': {
    title: 'ML training footprint manifest',
    description:
      'A training manifest (version 1) of the ml-footprint action and CLI: the runs of an ML programme ' +
      '(training, fine-tuning, inference, generation), their hardware and measurements, and optional ' +
      'carbon budgets. Quantities may be numbers (405e9) or strings with a suffix ("405B", "1.5T", "120k").',
  },
  'budget.schema.json': {
    title: 'ML training footprint budget file',
    description:
      'A budget file (version 1) for the `budget-file` input of the ml-footprint action and the ' +
      "CLI's --budget-file: carbon, energy, GPU-hour or water budgets used besides the manifests' own.",
  },
};

/**
 * JSON Schemas (draft 2020-12) of the manifest and of a budget file, keyed by file name under docs/.
 * @param {{ manifestSchema: z.ZodType, budgetFileSchema: z.ZodType }} schemas
 * @returns {Record<'manifest.schema.json' | 'budget.schema.json', Record<string, unknown>>}
 */
export function buildSchemas({ manifestSchema, budgetFileSchema }) {
  return {
    'manifest.schema.json': toEditorSchema(manifestSchema, 'manifest.schema.json'),
    'budget.schema.json': toEditorSchema(budgetFileSchema, 'budget.schema.json'),
  };
}

/**
 * @param {z.ZodType} schema
 * @param {keyof typeof HEADERS} file
 */
function toEditorSchema(schema, file) {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    // Refinements and transforms have no JSON Schema form; they only narrow what is accepted.
    unrepresentable: 'any',
    reused: 'inline',
  });
  const { $schema, ...rest } = tidy(generated);
  return { $schema, $id: SCHEMA_BASE_URL + file, ...HEADERS[file], ...rest };
}

/**
 * Drops a `minimum` made redundant by an `exclusiveMinimum` at least as high (a positive quantity
 * inherits the non-negative quantity's `minimum: 0`), and `propertyNames` that only say "a string".
 * Returns the same (mutated) tree.
 * @template T
 * @param {T} node
 * @returns {T}
 */
function tidy(node) {
  if (Array.isArray(node)) {
    node.forEach(tidy);
  } else if (node && typeof node === 'object') {
    const o = /** @type {Record<string, unknown>} */ (node);
    if (typeof o.minimum === 'number' && typeof o.exclusiveMinimum === 'number' && o.exclusiveMinimum >= o.minimum) {
      delete o.minimum;
    }
    // `propertyNames: { type: string }` (a z.record's keys) says nothing: JSON keys are strings.
    if (JSON.stringify(o.propertyNames) === '{"type":"string"}') delete o.propertyNames;
    Object.values(o).forEach(tidy);
  }
  return node;
}

/** The file text: 2-space JSON with a final newline. @param {unknown} schema */
export function renderSchema(schema) {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Lets Node import the project's TypeScript sources: `./x.js` → `./x.ts`, transpiled on load. */
async function loadTypeScriptSources() {
  const ts = (await import('typescript')).default;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL;
      if (parent?.startsWith('file:') && parent.endsWith('.ts') && /^\.\.?\//.test(specifier) && specifier.endsWith('.js')) {
        const asJs = new URL(specifier, parent);
        const asTs = new URL(specifier.replace(/\.js$/, '.ts'), parent);
        if (!existsSync(asJs) && existsSync(asTs)) return { url: asTs.href, shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      if (url.startsWith('file:') && url.endsWith('.ts') && !url.includes('/node_modules/')) {
        const fileName = fileURLToPath(url);
        const { outputText } = ts.transpileModule(readFileSync(fileName, 'utf8'), {
          fileName,
          compilerOptions: {
            module: ts.ModuleKind.ESNext,
            target: ts.ScriptTarget.ES2023,
            verbatimModuleSyntax: true,
            sourceMap: false,
          },
        });
        return { format: 'module', source: outputText, shortCircuit: true };
      }
      return nextLoad(url, context);
    },
  });
  return import(SOURCE.href);
}

async function main() {
  const check = process.argv.includes('--check');
  const files = buildSchemas(await loadTypeScriptSources());
  let stale = 0;
  for (const [name, schema] of Object.entries(files)) {
    const target = new URL(`docs/${name}`, ROOT);
    const text = renderSchema(schema);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (current === text) continue;
    if (check) {
      console.error(`docs/${name} is stale: run npm run schema`);
      stale++;
    } else {
      writeFileSync(target, text);
      console.log(`wrote docs/${name}`);
    }
  }
  if (stale) process.exitCode = 1;
}

const entry = process.argv[1];
if (entry && existsSync(entry) && pathToFileURL(realpathSync(entry)).href === import.meta.url) {
  await main();
}
