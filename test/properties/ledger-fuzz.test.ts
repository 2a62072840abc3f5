/**
 * Whatever a sacct ledger holds (steps, arrays, heterogeneous components, garbage, duplicates), the
 * totals reconcile: every job read is counted or skipped with a reason, figures stay finite, and
 * nothing but an InputError escapes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.js';
import { anatomyOf, expectReconciled } from '../ledgers/support.js';

const id = fc.oneof(
  fc.integer({ min: 1, max: 60 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 5 })).map(([j, t]) => `${j}_${t}`),
  fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 2 })).map(([j, o]) => `${j}+${o}`),
  fc.tuple(fc.integer({ min: 1, max: 60 }), fc.constantFrom('batch', 'extern', '0', '1')).map(([j, s]) => `${j}.${s}`),
  fc.constantFrom('', '12_[3-5]', 'x', '-1'),
);
const state = fc.constantFrom('COMPLETED', 'FAILED', 'TIMEOUT', 'CANCELLED by 7', 'PENDING', 'RUNNING', 'NODE_FAIL', 'PREEMPTED', 'BOGUS', '');
const elapsed = fc.oneof(fc.integer({ min: 0, max: 200000 }).map(String), fc.constantFrom('', 'x', '-5', '1e3'));
const time = fc.oneof(fc.integer({ min: 1.6e9, max: 1.8e9 }).map((s) => new Date(s * 1000).toISOString().slice(0, 19)), fc.constantFrom('Unknown', 'None', ''));
const tres = fc.oneof(
  fc.integer({ min: 0, max: 64 }).map((g) => `cpu=8,gres/gpu=${g},node=1`),
  fc.tuple(fc.constantFrom('h100', 'a100', 'v100', 'mi999', 'a100_3g.20gb'), fc.integer({ min: 1, max: 16 })).map(([t, g]) => `cpu=8,gres/gpu:${t}=${g},gres/gpu=${g},energy=${g * 1000}`),
  fc.constantFrom('', 'cpu=4', 'gres/gpu=x,nonsense', 'gres/shard=2'),
);
const line = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(id, fc.constantFrom('train', 'eval-1', 'bash', ''), state, time, time, elapsed, tres).map((f) => f.join('|')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, '')) },
);

describe('any sacct ledger reconciles', () => {
  it('jobs read = counted + skipped, per file and in all, with finite figures', async () => {
    let read = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 60 }), fc.array(line, { maxLength: 20 }), async (a, b) => {
        const header = 'JobID|JobName|State|Start|End|ElapsedRaw|AllocTRES';
        const files = {
          'footprint.yml': 'version: 1\ndefaults: { region: FR }\nledgers:\n  - { path: "*.txt", gpu: h100-sxm }\nrules:\n  - { name: "eval-*", component: eval, status: final }\n',
          'a.txt': [header, ...a].join('\n'),
          'b.txt': [header, ...b].join('\n'),
        };
        try {
          const anatomy = await anatomyOf(files);
          read++;
          expectReconciled(anatomy, expect);
          expect(Number.isFinite(anatomy.totals.gpuHours) && anatomy.totals.gpuHours >= 0).toBe(true);
          expect(Number.isFinite(anatomy.totals.energyKwh)).toBe(true);
          expect(anatomy.rows.reduce((s, r) => s + r.jobs, 0)).toBe(anatomy.jobs.counted);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          refused++;
        }
      }),
      { numRuns: 60 },
    );
    // Bad lines are skipped, not fatal: nearly every ledger is read (a refusal needs e.g. a GPU-hour overflow).
    expect(read).toBeGreaterThan(refused * 10);
  });
});
