/**
 * Request (and response) validation against GitHub's published REST description.
 *
 * The description comes from `@octokit/openapi` (`generated/api.github.com.json`, OpenAPI 3.0.3,
 * ~13 MB, not dereferenced). It is read directly from disk, NOT through the package's `index.js`,
 * which eagerly `require()`s all ten descriptions (~400 MB of JSON).
 *
 * Loaded once, lazily, on the first validation call (~0.3 s).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { RecordedRequest } from './fake-github.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

export interface OpenApiRequest {
  method: string;
  /** Path WITHOUT the query string, still percent-encoded as sent (e.g. `/repos/o/r/contents/a%2Fb.yml`). */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, the raw string when it was not JSON, or `undefined` when there was no body. */
  body: unknown;
}

export type OpenApiResult = { operationId: string } | { error: string };

/** Pseudo operation ids used for the non-REST endpoints the fake serves. */
export const GRAPHQL_OPERATION_ID = 'graphql';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

interface Operation {
  method: string;
  template: string;
  operationId: string;
  regex: RegExp;
  paramNames: string[];
  literalChars: number;
  /** JSON pointer (inside the description) of the operation object. */
  pointer: string;
  op: JsonObject;
  pathItem: JsonObject;
}

interface Spec {
  doc: JsonObject;
  operations: Operation[];
  byId: Map<string, Operation>;
  ajv: Ajv;
  validators: Map<string, ValidateFunction>;
}

let spec: Spec | undefined;

const SPEC_ID = 'https://fake.invalid/api.github.com.json';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Absolute path of the description file inside `@octokit/openapi`. */
export function openApiDescriptionPath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('@octokit/openapi/generated/api.github.com.json');
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * OpenAPI 3.0 `nullable: true` → JSON Schema. `{type: T, nullable}` becomes `type: [T, "null"]`
 * (plus `null` in an `enum`), anything without `type` (allOf/oneOf/$ref) is wrapped in
 * `anyOf: [schema, {type: "null"}]`. 3.1-style `type: [..., "null"]` is native JSON Schema already.
 */
function convertNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) convertNullable(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    convertNullable(value);
  }
  if (typeof obj.nullable !== 'boolean') return;
  const nullable = obj.nullable;
  delete obj.nullable;
  if (!nullable) return;
  if (obj.type !== undefined) {
    const types = Array.isArray(obj.type) ? (obj.type as string[]) : [obj.type as string];
    obj.type = types.includes('null') ? types : [...types, 'null'];
    if (Array.isArray(obj.enum) && !obj.enum.includes(null)) obj.enum = [...obj.enum, null];
  } else {
    const inner: Record<string, unknown> = { ...obj };
    for (const key of Object.keys(obj)) delete obj[key];
    obj.anyOf = [inner, { type: 'null' }];
  }
}

function loadSpec(): Spec {
  if (spec) return spec;
  const doc = JSON.parse(readFileSync(openApiDescriptionPath(), 'utf8')) as JsonObject;
  convertNullable(doc.paths);
  convertNullable(doc.components);

  const operations: Operation[] = [];
  const byId = new Map<string, Operation>();
  for (const [template, item] of Object.entries(doc.paths as JsonObject)) {
    const pathItem = item as JsonObject;
    const paramNames: string[] = [];
    let literalChars = 0;
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const m = /^\{([^}]+)\}$/.exec(part);
        if (m) {
          paramNames.push(m[1]!);
          // `{path}` (contents API) may span several segments; everything else is one segment.
          return m[1] === 'path' ? '(.+)' : '([^/]+)';
        }
        literalChars += part.length;
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    const regex = new RegExp(`^${source}/?$`);
    for (const method of METHODS) {
      const op = pathItem[method] as JsonObject | undefined;
      if (!op) continue;
      const operation: Operation = {
        method: method.toUpperCase(),
        template,
        operationId: String(op.operationId),
        regex,
        paramNames,
        literalChars,
        pointer: `#/paths/${escapePointer(template)}/${method}`,
        op,
        pathItem,
      };
      operations.push(operation);
      byId.set(operation.operationId, operation);
    }
  }
  // Most specific template first (`/issues/comments/{comment_id}` before `/issues/{issue_number}`).
  operations.sort((a, b) => b.literalChars - a.literalChars || a.paramNames.length - b.paramNames.length);

  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateSchema: false,
    allowUnionTypes: true,
    logger: false,
  });
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'double', 'float', 'binary', 'byte', 'password', 'repo.nwo', 'timestamp']) {
    ajv.addFormat(f, true);
  }
  ajv.addSchema(doc as object, SPEC_ID);
  spec = { doc, operations, byId, ajv, validators: new Map() };
  return spec;
}

function resolvePointer(doc: JsonObject, pointer: string): Json | undefined {
  let cur: Json | undefined = doc;
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = cur[unescapePointer(raw)];
  }
  return cur;
}

/** Follows `$ref` chains; returns the resolved object and the pointer where it lives. */
function deref(doc: JsonObject, node: Json | undefined, pointer: string): { node: JsonObject; pointer: string } | undefined {
  let cur = node;
  let at = pointer;
  for (let i = 0; i < 20; i++) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    if (typeof cur.$ref !== 'string') return { node: cur, pointer: at };
    at = cur.$ref;
    cur = resolvePointer(doc, at);
  }
  return undefined;
}

function validatorFor(s: Spec, schemaPointer: string): ValidateFunction {
  let v = s.validators.get(schemaPointer);
  if (!v) {
    v = s.ajv.compile({ $ref: `${SPEC_ID}${schemaPointer}` });
    s.validators.set(schemaPointer, v);
  }
  return v;
}

function formatErrors(errors: ErrorObject[] | null | undefined, root: string): string {
  if (!errors || errors.length === 0) return `${root} is invalid`;
  // anyOf/oneOf produce one error per branch plus a summary; keep it readable.
  const lines = new Set<string>();
  for (const e of errors.slice(0, 8)) {
    const where = `${root}${e.instancePath.replace(/\//g, '.')}`;
    let msg = e.message ?? 'is invalid';
    if (e.keyword === 'enum') msg += ` (${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)})`;
    if (e.keyword === 'additionalProperties') {
      msg = `must NOT have additional property '${(e.params as { additionalProperty: string }).additionalProperty}'`;
    }
    lines.add(`${where} ${msg}`);
  }
  if (errors.length > 8) lines.add(`... and ${errors.length - 8} more`);
  return [...lines].join('; ');
}

/** Checks a single (string) parameter value against a parameter schema: types, enums, oneOf/anyOf. */
function checkParamValue(doc: JsonObject, value: string, schemaNode: Json | undefined): string | undefined {
  const resolved = deref(doc, schemaNode, '');
  if (!resolved) return undefined;
  const schema = resolved.node;
  const branches = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (Array.isArray(branches)) {
    const errs = branches.map((b) => checkParamValue(doc, value, b));
    return errs.some((e) => e === undefined) ? undefined : errs.join(' / ');
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  let coerced: Json = value;
  if (types.length > 0) {
    let ok = false;
    for (const t of types) {
      if (t === 'integer' && /^-?\d+$/.test(value)) {
        coerced = Number(value);
        ok = true;
      } else if (t === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) {
        coerced = Number(value);
        ok = true;
      } else if (t === 'boolean' && (value === 'true' || value === 'false')) {
        coerced = value === 'true';
        ok = true;
      } else if (t === 'string') {
        ok = true;
      } else if (t === 'array') {
        const items = value.split(',');
        const itemErr = items.map((i) => checkParamValue(doc, i, schema.items)).find((e) => e !== undefined);
        if (itemErr) return itemErr;
        ok = true;
      }
      if (ok) break;
    }
    if (!ok) return `must be ${types.join(' or ')}, got ${JSON.stringify(value)}`;
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(coerced)) {
    return `must be one of ${JSON.stringify(schema.enum)}, got ${JSON.stringify(value)}`;
  }
  if (typeof coerced === 'number') {
    if (typeof schema.minimum === 'number' && coerced < schema.minimum) return `must be >= ${schema.minimum}`;
    if (typeof schema.maximum === 'number' && coerced > schema.maximum) return `must be <= ${schema.maximum}`;
  }
  return undefined;
}

function headerValue(headers: OpenApiRequest['headers'], name: string): string | undefined {
  const v = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : v;
}

/**
 * GitHub's `Link` headers point at `/repositories/{id}/...`; that alias is not in the description,
 * so it is matched against the equivalent `/repos/{owner}/{repo}/...` template.
 */
function normalizeRepositoriesAlias(path: string): string {
  const m = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
  return m ? `/repos/_repository_${m[1]}/_${m[2] ?? ''}` : path;
}

export interface MatchedOperation {
  operationId: string;
  template: string;
  params: Record<string, string>;
}

/** Finds the REST operation for a method + path (percent-encoded, without query). */
export function findOperation(method: string, path: string): MatchedOperation | undefined {
  const s = loadSpec();
  const m = method.toUpperCase();
  const normalized = normalizeRepositoriesAlias(path);
  for (const op of s.operations) {
    if (op.method !== m) continue;
    const match = op.regex.exec(normalized);
    if (!match) continue;
    const params: Record<string, string> = {};
    op.paramNames.forEach((name, i) => {
      const raw = match[i + 1]!;
      try {
        params[name] = decodeURIComponent(raw);
      } catch {
        params[name] = raw;
      }
    });
    return { operationId: op.operationId, template: op.template, params };
  }
  return undefined;
}

function validateGraphql(req: OpenApiRequest): OpenApiResult {
  const body = req.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { error: 'POST /graphql: body must be a JSON object with a "query" string' };
  }
  const { query, variables } = body as { query?: unknown; variables?: unknown };
  if (typeof query !== 'string' || query.trim() === '') {
    return { error: 'POST /graphql: body.query must be a non-empty string' };
  }
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return { error: 'POST /graphql: body.variables must be an object' };
  }
  return { operationId: GRAPHQL_OPERATION_ID };
}

/**
 * Validates one request against GitHub's REST description: operation lookup by method + path
 * template, path/query parameters (required, types, enums) and the JSON request body.
 * Unknown query parameters and unknown top-level body properties are rejected (GitHub ignores
 * them silently, which is exactly how typos hide).
 */
export function validateAgainstOpenApi(req: OpenApiRequest): OpenApiResult {
  const method = req.method.toUpperCase();
  const path = req.path.split('?')[0]!;
  if (path === '/graphql' || path === '/api/graphql') {
    if (method !== 'POST') return { error: `${method} ${path}: GraphQL only accepts POST` };
    return validateGraphql(req);
  }
  const s = loadSpec();
  const found = findOperation(method, path);
  if (!found) {
    const otherMethods = s.operations
      .filter((o) => o.regex.test(normalizeRepositoriesAlias(path)))
      .map((o) => o.method);
    return {
      error:
        otherMethods.length > 0
          ? `${method} ${path}: no such operation (the path exists for ${[...new Set(otherMethods)].join(', ')})`
          : `${method} ${path}: no operation in GitHub's REST description matches this path`,
    };
  }
  const op = s.byId.get(found.operationId)!;
  const label = `${method} ${path} (${op.operationId})`;
  const problems: string[] = [];

  // Parameters: operation-level override path-item-level by (name, in).
  const params = new Map<string, JsonObject>();
  for (const list of [op.pathItem.parameters, op.op.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const p of list) {
      const resolved = deref(s.doc, p, '');
      if (!resolved) continue;
      params.set(`${String(resolved.node.in)}:${String(resolved.node.name)}`, resolved.node);
    }
  }
  const isAlias = path.startsWith('/repositories/');
  for (const p of params.values()) {
    const name = String(p.name);
    if (p.in === 'path') {
      if (isAlias && (name === 'owner' || name === 'repo')) continue;
      const value = found.params[name];
      if (value === undefined || value === '') {
        problems.push(`path parameter '${name}' is missing`);
        continue;
      }
      const err = checkParamValue(s.doc, value, p.schema);
      if (err) problems.push(`path parameter '${name}' ${err}`);
    } else if (p.in === 'query') {
      const value = req.query[name];
      if (value === undefined) {
        if (p.required === true) problems.push(`required query parameter '${name}' is missing`);
        continue;
      }
      const err = checkParamValue(s.doc, value, p.schema);
      if (err) problems.push(`query parameter '${name}' ${err}`);
    } else if (p.in === 'header' && p.required === true) {
      if (headerValue(req.headers, name) === undefined) problems.push(`required header '${name}' is missing`);
    }
  }
  const knownQuery = new Set([...params.values()].filter((p) => p.in === 'query').map((p) => String(p.name)));
  for (const key of Object.keys(req.query)) {
    if (!knownQuery.has(key)) {
      problems.push(
        `unknown query parameter '${key}'` +
          (knownQuery.size > 0 ? ` (allowed: ${[...knownQuery].join(', ')})` : ' (this operation takes none)'),
      );
    }
  }

  // Request body.
  const requestBody = deref(s.doc, op.op.requestBody, `${op.pointer}/requestBody`);
  const hasBody = req.body !== undefined && req.body !== '';
  if (!requestBody) {
    if (hasBody && method !== 'GET' && method !== 'DELETE' && method !== 'HEAD') {
      problems.push(`this operation takes no request body, got ${JSON.stringify(req.body).slice(0, 120)}`);
    }
  } else {
    const content = requestBody.node.content as JsonObject | undefined;
    const jsonMedia = content?.['application/json'] as JsonObject | undefined;
    if (!hasBody) {
      if (requestBody.node.required === true) problems.push('request body is required');
    } else if (jsonMedia) {
      const contentType = headerValue(req.headers, 'content-type') ?? '';
      if (!/json/i.test(contentType)) problems.push(`request body sent with content-type '${contentType}', expected application/json`);
      const schemaPointer = `${requestBody.pointer}/content/application~1json/schema`;
      const validate = validatorFor(s, schemaPointer);
      if (!validate(req.body)) {
        problems.push(formatErrors(validate.errors, 'body'));
      } else {
        const schema = deref(s.doc, jsonMedia.schema, schemaPointer);
        if (
          schema &&
          req.body !== null &&
          typeof req.body === 'object' &&
          !Array.isArray(req.body) &&
          schema.node.properties &&
          schema.node.additionalProperties === undefined &&
          !schema.node.oneOf &&
          !schema.node.anyOf &&
          !schema.node.allOf
        ) {
          const allowed = Object.keys(schema.node.properties as JsonObject);
          for (const key of Object.keys(req.body)) {
            if (!allowed.includes(key)) problems.push(`body has unknown property '${key}' (allowed: ${allowed.join(', ')})`);
          }
        }
      }
    }
  }

  if (problems.length > 0) return { error: `${label}: ${problems.join('; ')}` };
  return { operationId: op.operationId };
}

/**
 * Validates a response body against the operation's documented response schema (used by the
 * harness's own tests to keep the fake's bodies realistic).
 */
export function validateResponseAgainstOpenApi(
  operationId: string,
  status: number,
  body: unknown,
  mediaType = 'application/json',
): { ok: true } | { ok: false; error: string } {
  const s = loadSpec();
  const op = s.byId.get(operationId);
  if (!op) return { ok: false, error: `unknown operationId ${operationId}` };
  const responses = op.op.responses as JsonObject | undefined;
  const key = responses?.[String(status)] !== undefined ? String(status) : 'default';
  const response = deref(s.doc, responses?.[key], `${op.pointer}/responses/${key}`);
  if (!response) return { ok: false, error: `${operationId}: status ${status} is not documented` };
  const content = response.node.content as JsonObject | undefined;
  if (!content || !content[mediaType]) {
    return body === undefined || body === '' || body === null
      ? { ok: true }
      : { ok: false, error: `${operationId} ${status}: no ${mediaType} body documented` };
  }
  const validate = validatorFor(s, `${response.pointer}/content/${escapePointer(mediaType)}/schema`);
  if (validate(body)) return { ok: true };
  return { ok: false, error: `${operationId} ${status}: ${formatErrors(validate.errors, 'response')}` };
}

/** The subset of a `FakeGitHub` that `assertAllValid` needs. */
export interface HasRequests {
  requests: readonly RecordedRequest[];
}

/**
 * Throws a readable error listing every recorded request that GitHub's description rejects
 * (and, unless `allowUnexpected`, every request the fake had no route for).
 */
export function assertAllValid(fake: HasRequests, opts: { allowUnexpected?: boolean } = {}): void {
  const bad: string[] = [];
  fake.requests.forEach((r, i) => {
    const where = `#${i + 1} ${r.method} ${r.url}`;
    if (!r.openapi.ok) bad.push(`${where}\n    invalid: ${r.openapi.error}`);
    else if (r.unexpected && !opts.allowUnexpected) bad.push(`${where}\n    unexpected: the fake has no route for it (answered ${r.status})`);
  });
  if (bad.length > 0) {
    throw new Error(`${bad.length} of ${fake.requests.length} request(s) to the fake GitHub are not valid:\n  ${bad.join('\n  ')}`);
  }
}
