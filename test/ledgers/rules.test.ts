/** Classification rules: patterns, criteria, and the first rule that sets each outcome. */
import { describe, expect, it } from 'vitest';
import { compilePattern, globToRegExp, RuleSet } from '../../src/inputs/ledgers/rules.js';
import { EMPTY_JOB, type LedgerJob } from '../../src/inputs/ledgers/types.js';
import type { LedgerRule } from '../../src/inputs/manifest/schema.js';
import { parseManifest } from '../../src/inputs/manifest/parse.js';
import { InputError } from '../../src/inputs/errors.js';

const job = (fields: Partial<LedgerJob>): LedgerJob => ({ ...EMPTY_JOB, key: 1, id: 1, name: 'x', elapsedS: 3600, gpus: 8, ...fields });
const classify = (rules: LedgerRule[], j: LedgerJob) => ({ ...new RuleSet(rules).classify(j, j.gpus) });

describe('patterns', () => {
  it.each([
    ['tb7b-final-*', 'tb7b-final-s1', true],
    ['tb7b-final-*', 'tb7b-final', false],
    ['eval-??', 'eval-01', true],
    ['{sft,rlhf}-*', 'rlhf-speech-003', true],
    ['{sft,rlhf}-*', 'dpo-3', false],
    ['job[0-9]', 'job7', true],
    ['job[!0-9]', 'job7', false],
    ['a.b', 'aXb', false],
    ['a+b(c)', 'a+b(c)', true],
  ])('glob %s on %s: %s', (glob, name, matches) => {
    expect(globToRegExp(glob).test(name)).toBe(matches);
  });

  it('/regex/flags is a regular expression', () => {
    expect(compilePattern('/^(sft|rlhf)-/').test('sft-1')).toBe(true);
    expect(compilePattern('/FINAL/i').test('tb7b-final')).toBe(true);
    expect(compilePattern('FINAL').test('tb7b-final')).toBe(false);
  });

  it('an invalid regular expression is a manifest error at its line', () => {
    try {
      parseManifest('version: 1\nledgers: [l.txt]\nrules:\n  - { name: "/a(/", status: debugging }\n', 'm.yml');
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).problems).toEqual([
        expect.objectContaining({ file: 'm.yml', line: 4, field: 'rules[0].name', message: expect.stringMatching(/^not a valid regular expression/) }),
      ]);
    }
  });

  it('a rule must set something, and unknown keys get a suggestion', () => {
    try {
      parseManifest('version: 1\nledgers: [l.txt]\nrules:\n  - { name: a }\n  - { nmae: b, status: final }\n', 'm.yml');
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).problems.map((p) => [p.field, p.message, p.hint])).toEqual([
        ['rules[0]', 'a rule must set one of component, phase, status, gpu, gpus, gpusPerNode', undefined],
        ['rules[1].nmae', 'unknown field "nmae"', 'did you mean "name"?'],
      ]);
    }
  });
});

describe('classification', () => {
  it('for each outcome the first rule that matches and sets it wins: a partition rule and a name rule combine', () => {
    const rules: LedgerRule[] = [
      { partition: 'gpu-a100', gpu: 'a100-80gb-sxm' },
      { name: 'tb7b-*', component: 'text-backbone', phase: 'pretraining', status: 'ablation' },
      { name: 'tb7b-final', status: 'final' },
    ];
    const c = classify(rules, job({ name: 'tb7b-final', partition: 'gpu-a100' }));
    expect(c).toMatchObject({ component: 'text-backbone', phase: 'pretraining', status: 'ablation', gpu: 'a100-80gb-sxm', classifiedBy: 1, deciders: [0, 1] });
  });

  it('criteria all hold: account, user, group, tags (any), state (any), run time and GPU bounds', () => {
    const rule: LedgerRule = {
      account: 'lab-*',
      user: ['ana', 'bo'],
      group: 'pretrain',
      tags: ['x', 'final*'],
      state: ['COMPLETED', 'timeout'],
      minHours: 1,
      maxHours: 24,
      minGpus: 8,
      maxGpus: 64,
      status: 'final',
    };
    const ok = job({ account: 'lab-llm', user: 'bo', group: 'pretrain', tags: ['final-7b'], state: 'TIMEOUT', elapsedS: 3600, gpus: 8 });
    expect(classify([rule], ok).status).toBe('final');
    for (const change of [
      { account: 'other' },
      { user: 'cy' },
      { group: null },
      { tags: [] },
      { state: 'FAILED' as const, rawState: 'FAILED' },
      { elapsedS: 3599 },
      { elapsedS: 24 * 3600 },
      { gpus: 4 },
      { gpus: 65 },
      { account: null },
    ]) {
      expect(classify([rule], { ...ok, ...change }).status, JSON.stringify(change)).toBeNull();
    }
  });

  it("a tracker's own state name matches too (W&B crashed)", () => {
    expect(classify([{ state: 'crashed', status: 'debugging' }], job({ state: 'FAILED', rawState: 'crashed' })).status).toBe('debugging');
  });

  it('a rule matching on state says so (it may then override a failed state)', () => {
    expect(classify([{ state: 'TIMEOUT', status: 'final' }], job({ state: 'TIMEOUT' })).statusByStateRule).toBe(true);
    expect(classify([{ name: 'x', status: 'final' }], job({ state: 'TIMEOUT' })).statusByStateRule).toBe(false);
  });

  it('no rule: everything null, unclassified', () => {
    expect(classify([{ name: 'y', component: 'c' }], job({}))).toMatchObject({ component: null, phase: null, status: null, gpu: null, gpus: null, classifiedBy: -1, deciders: [] });
  });

  it('remembers which patterns each value matched, and stays right across many distinct names', () => {
    const set = new RuleSet([{ name: 'a*', status: 'debugging' }, { name: '*z', status: 'final' }]);
    for (let i = 0; i < 1000; i++) {
      const name = `${i % 2 ? 'a' : 'b'}${i}${i % 3 ? 'z' : ''}`;
      const expected = i % 2 ? 'debugging' : i % 3 ? 'final' : null;
      expect(set.classify(job({ name }), 8).status).toBe(expected);
      expect(set.classify(job({ name }), 8).status).toBe(expected);
    }
    expect(set.uses).toEqual(new Set(['name']));
  });
});
