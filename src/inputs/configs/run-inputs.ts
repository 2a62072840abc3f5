/**
 * A run's model and training configs, read from the same tree as its manifest (the base commit for
 * the base, the workspace for the head), and the effective run they give. Paths are relative to the
 * manifest and must stay in the tree. Each file is read and parsed once per tree.
 */
import path from 'node:path';
import type { ConfigInputs, FactChange } from '../../model/attribution.js';
import type { ResolvedRun } from '../../model/resolve.js';
import type { ProvenanceMap } from '../../model/resolve/context.js';
import { fieldProblem, InputError } from '../errors.js';
import type { ParsedManifest } from '../manifest/parse.js';
import type { ManifestRun } from '../manifest/schema.js';
import type { TreeReader } from '../tree.js';
import { pathsOutsideTree } from '../paths.js';
import { deriveRun, type ManifestPlace, type RunConfigs } from './derive.js';
import { flattenJson, MAX_CONFIG_BYTES, type ConfigEntry, type FlatConfig } from './document.js';
import { readTrainingConfig, type TrainingConfig } from './run-config.js';

/** Parsed configs of one tree, by path; a file that failed reports its problems to its first reader only. */
export type ConfigCache = Map<string, Promise<FlatConfig | TrainingConfig>>;

export interface PreparedRun {
  readonly run: ManifestRun;
  readonly provenance: ProvenanceMap | undefined;
  readonly notes: readonly string[];
  /** The resolved run with what a diff needs to attribute a change to config values. */
  readonly attach: (resolved: ResolvedRun, resolve: (run: ManifestRun, provenance: ProvenanceMap) => ResolvedRun) => ResolvedRun;
}

async function readConfig<T extends FlatConfig | TrainingConfig>(
  reader: TreeReader,
  file: string,
  cache: ConfigCache,
  parse: (text: string, file: string) => T,
  notFound: () => InputError,
): Promise<T> {
  let pending = cache.get(file) as Promise<T> | undefined;
  let first = false;
  if (!pending) {
    first = true;
    pending = reader.readText(file, MAX_CONFIG_BYTES).then((text) => {
      if (text === null) throw notFound();
      return parse(text, file);
    });
    cache.set(file, pending);
  }
  try {
    return await pending;
  } catch (e) {
    // Reported once, by the first run that reads the file.
    if (e instanceof InputError && !first) throw new InputError([]);
    throw e;
  }
}

function modelConfigText(text: string, file: string): FlatConfig {
  return flattenJson(text, file).flat;
}

/** The configs a run names, read and parsed, and the effective run (the run itself when it names none). */
export async function prepareRun(
  reader: TreeReader,
  manifest: ParsedManifest,
  index: number,
  run: ManifestRun,
  runLine: number,
  cache: ConfigCache,
): Promise<PreparedRun> {
  const modelPath = run.model?.config;
  const trainingPath = run.trainingConfig;
  const none: PreparedRun = { run, provenance: undefined, notes: [], attach: (r) => r };
  if (modelPath === undefined && trainingPath === undefined) return none;
  const dir = path.posix.dirname(manifest.file);
  const where = (field: string[], what: string) => ({ manifest, field: ['runs', index, ...field], line: runLine, what, tree: reader });
  const outside = [
    ...(modelPath !== undefined ? pathsOutsideTree(where(['model', 'config'], 'model config'), [modelPath]) : []),
    ...(trainingPath !== undefined ? pathsOutsideTree(where(['trainingConfig'], 'training config'), [trainingPath]) : []),
  ];
  if (outside.length) throw new InputError(outside);
  const missing = (field: string[], file: string, what: string) => () =>
    InputError.single(fieldProblem(manifest, ['runs', index, ...field], runLine, { message: `${what} "${file}" not found in the ${reader.label}`, hint: 'paths are relative to the manifest' }));
  const modelFile = modelPath !== undefined ? path.posix.join(dir, modelPath) : null;
  const trainingFile = trainingPath !== undefined ? path.posix.join(dir, trainingPath) : null;
  const [model, training] = await Promise.all([
    modelFile ? readConfig(reader, modelFile, cache, modelConfigText, missing(['model', 'config'], modelPath!, 'model config')) : null,
    trainingFile ? readConfig(reader, trainingFile, cache, readTrainingConfig, missing(['trainingConfig'], trainingPath!, 'training config')) : null,
  ]);
  const configs: RunConfigs = { model, training };
  const place: ManifestPlace = { file: manifest.file, index, line: runLine, locate: manifest.locate };
  const derived = deriveRun(run, configs, place);
  return {
    run: derived.run,
    provenance: derived.provenance,
    notes: derived.notes,
    attach: (resolved, resolve) => {
      const configInputs: ConfigInputs = {
        facts: derived.facts,
        reestimate: (changes) => reestimate(run, configs, place, changes, resolve),
      };
      return { ...resolved, configInputs };
    },
  };
}

/** The run re-derived and re-resolved with some config values replaced; null when that fails. */
function reestimate(
  run: ManifestRun,
  configs: RunConfigs,
  place: ManifestPlace,
  changes: readonly FactChange[],
  resolve: (run: ManifestRun, provenance: ProvenanceMap) => ResolvedRun,
): ResolvedRun | null {
  const edit = (flat: FlatConfig, role: FactChange['role']): FlatConfig => {
    const mine = changes.filter((c) => c.role === role);
    if (!mine.length) return flat;
    const entries = new Map<string, ConfigEntry>(flat.entries);
    for (const c of mine) {
      if (c.to) entries.set(c.key, { value: c.to.value, line: c.to.line });
      else entries.delete(c.key);
    }
    return { ...flat, entries };
  };
  const changed: RunConfigs = {
    model: configs.model ? edit(configs.model, 'model') : null,
    training: configs.training ? { ...configs.training, flat: edit(configs.training.flat, 'training') } : null,
  };
  try {
    const derived = deriveRun(run, changed, place);
    return resolve(derived.run, derived.provenance);
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
}
