/**
 * Configs are read from the same tree as their manifest: the base commit through git for the base,
 * the workspace for the head, so a pull request that edits only a config is re-estimated (the REST
 * reader of the base is covered end to end in test/e2e).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { GitReader } from '../../../src/inputs/git-reader.js';
import { loadState } from '../../../src/inputs/load.js';
import { WorkspaceReader } from '../../../src/inputs/tree.js';
import { diffReports } from '../../../src/model/diff.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/training-repo');

it('the base reads its configs from the base commit, the head from the workspace', async () => {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-configs-'));
  cpSync(EXAMPLE, path.join(repo, 'training'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qm', 'base');
  const sha = git('rev-parse', 'HEAD');
  const config = path.join(repo, 'training/configs/pretrain.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('max_steps: 20000', 'max_steps: 30000'));

  const root = path.join(repo, 'training');
  const base = await loadState(new GitReader(root, sha), { manifests: ['footprint.yml'] });
  const head = await loadState(new WorkspaceReader(root), { manifests: ['footprint.yml'] });
  const steps = (s: typeof base) => s.report.runs[0]!.run.assumptions.find((a) => a.key === 'tokens.steps')!.value;
  expect(steps(base)).toMatchObject({ central: 20000 });
  expect(steps(head)).toMatchObject({ central: 30000 });
  const change = diffReports(base.report, head.report).runs[0]!;
  expect(change.change).toBe('changed');
  expect(change.attribution!.contributions.map((c) => c.fields.map((f) => `${f.key} ${String(f.base)} → ${String(f.head)}`))).toEqual([['trainer.max_steps 20000 → 30000']]);
});
