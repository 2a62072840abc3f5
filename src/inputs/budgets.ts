/** Budgets come from the head manifests' `budgets:` and, optionally, a separate budget file. */
import type { Budget } from './manifest/schema.js';
import { parseBudgetFile, type ParsedManifest } from './manifest/parse.js';
import { InputError } from './errors.js';
import { MAX_MANIFEST_BYTES, type TreeReader } from './tree.js';

export async function loadBudgets(
  reader: TreeReader,
  manifests: readonly ParsedManifest[],
  budgetFile: string | undefined,
): Promise<Budget[]> {
  const budgets = manifests.flatMap((m) => m.manifest.budgets ?? []);
  if (budgetFile) {
    const text = await reader.readText(budgetFile, MAX_MANIFEST_BYTES);
    if (text === null) throw InputError.single({ file: budgetFile, message: 'budget file not found' });
    budgets.push(...parseBudgetFile(text, budgetFile));
  }
  return budgets;
}
