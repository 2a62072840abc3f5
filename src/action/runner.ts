/**
 * The part of @actions/core the action uses, built on @actions/core's own command, file-command and
 * summary modules. Importing its entry point would also load its OIDC client and, through it, undici
 * (about half of dist/index.js) at every start, though only a comment ever needs HTTP: see
 * docs/benchmarks.md. The lazily loaded GitHub and artifact clients still use @actions/core itself.
 */
import { EOL } from 'node:os';
// @actions/core's package exports only its entry point; its modules are reached by path (pinned by
// package-lock.json, exercised by the end-to-end tests that parse what the runner would).
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';

export { summary } from '../../node_modules/@actions/core/lib/summary.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** An input as the runner passes it: INPUT_<NAME>, upper-cased, spaces as underscores, trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function getMultilineInput(name: string): string[] {
  return getInput(name)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Registers a value the runner masks in every log line. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message);
}

/** An error annotation and a failing exit code (the step fails, the process finishes its work). */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

