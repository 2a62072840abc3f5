/** The action's inputs (action.yml), read and validated once. */
import * as core from './runner.js';
import { z } from 'zod';
import { COMMENT_MODES } from '../github/comment.js';

/** Report files the action can write next to its JSON report (src/action/report-files.ts writes them). */
export const REPORT_FORMATS = ['json', 'csv', 'boamps', 'model-card'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const inputSchema = z.object({
  manifests: z.array(z.string()).min(1, { error: 'give at least one manifest path or glob' }),
  metrics: z.array(z.string()),
  ledgers: z.array(z.string()),
  workingDirectory: z.string(),
  token: z.string(),
  artifact: z.string(),
  artifactRunId: z
    .string()
    .regex(/^\d*$/, { error: 'must be a workflow run id (digits)' })
    .transform((s) => (s ? Number(s) : undefined)),
  artifactWorkflow: z.string(),
  commentMode: z.enum(COMMENT_MODES),
  commentKey: z.string().max(64),
  commentOnNoChange: z.boolean(),
  budgetFile: z.string(),
  failOnBudget: z.boolean(),
  overrideLabel: z.string(),
  uploadReport: z.boolean(),
  reportArtifactName: z.string().min(1),
  reportFormats: z.array(z.enum(REPORT_FORMATS)),
  advice: z.boolean(),
  methodUrl: z.string(),
});

export type ActionInputs = z.infer<typeof inputSchema>;

function bool(name: string, fallback: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new Error(`Input "${name}" must be true or false, not "${v}".`);
}

export function readInputs(): ActionInputs {
  // One path or glob per line: commas belong to globs ("runs/{a,b}/footprint.yml").
  const lines = (name: string) => core.getMultilineInput(name);
  const raw = {
    manifests: lines('manifests').length ? lines('manifests') : ['footprint.yml'],
    metrics: lines('metrics'),
    ledgers: lines('ledgers'),
    workingDirectory: core.getInput('working-directory') || '.',
    token: core.getInput('token'),
    artifact: core.getInput('artifact'),
    artifactRunId: core.getInput('artifact-run-id'),
    artifactWorkflow: core.getInput('artifact-workflow'),
    commentMode: core.getInput('comment-mode') || 'update',
    commentKey: core.getInput('comment-key'),
    commentOnNoChange: bool('comment-on-no-change', true),
    budgetFile: core.getInput('budget-file'),
    failOnBudget: bool('fail-on-budget', true),
    overrideLabel: core.getInput('override-label'),
    uploadReport: bool('upload-report', false),
    reportArtifactName: core.getInput('report-artifact-name') || 'ml-footprint-report',
    // Format names hold no comma: one per line or comma-separated.
    reportFormats: lines('report-formats').flatMap((l) => l.split(',')).map((f) => f.trim()).filter(Boolean),
    advice: bool('advice', true),
    methodUrl: core.getInput('method-url'),
  };
  if (raw.token) core.setSecret(raw.token);
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues
      .map((i) => `input "${String(i.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}": ${i.message}`)
      .join('; ');
    throw new Error(`Invalid action inputs: ${first}`);
  }
  return parsed.data;
}
