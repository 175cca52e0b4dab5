import { LineCounter, parseDocument, isMap, isNode, isSeq, visit, type Document } from 'yaml';
import { configSchema, type Config } from './schema.js';
import { ConfigError, type ConfigProblem } from './errors.js';
import { decodeConfigText } from './text.js';

/**
 * How far YAML aliases may expand (yaml's `maxAliasCount`, counted its way: an alias of a
 * node that itself holds aliases counts for all of them). A config reuses a value a few
 * times at most; a "billion laughs" file nests aliases to expand a few lines into millions
 * of nodes.
 */
export const MAX_ALIAS_COUNT = 100;

/** Parses and validates the config file's bytes: {@link decodeConfigText}, then {@link parseConfig}. */
export function parseConfigFile(bytes: Uint8Array, file: string): Config {
  return parseConfig(decodeConfigText(bytes, file), file);
}

/** Parses and validates config text; every problem names the line it is on. */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => ({ path: '', ...lineOf(lineCounter, e.pos[0]), message: e.message.split('\n')[0] ?? e.message })),
    );
  }
  const raw = toPlain(doc, lineCounter, file);
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems: ConfigProblem[] = result.error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    const keyPath = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
    const where = locate(doc, lineCounter, keyPath as (string | number)[]);
    return { path, message, ...where };
  });
  throw new ConfigError(file, problems);
}

/** The document as plain data; refuses an empty file, a top level that is not a mapping and aliases that expand too far. */
function toPlain(doc: Document, lc: LineCounter, file: string): unknown {
  const at = (node: unknown) => (isNode(node) && node.range ? lineOf(lc, node.range[0]) : {});
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    // yaml throws a ReferenceError without a position; the first alias is where to look.
    let firstAlias: unknown;
    visit(doc, { Alias: (_key, node) => ((firstAlias = node), visit.BREAK) });
    const message = /excessive alias/i.test((err as Error).message)
      ? `the YAML aliases (*name) from here on expand too far (past the limit of ${MAX_ALIAS_COUNT}, as in a "billion laughs" file): write the values out instead of nesting aliases`
      : (err as Error).message;
    throw new ConfigError(file, [{ path: '', ...at(firstAlias), message }], { cause: err });
  }
  if (raw === null || raw === undefined) {
    const message = 'the file is empty: write customers, servers and engineers in it (the config section of README.md has an example), or point --config at the config file';
    throw new ConfigError(file, [{ path: '', message }]);
  }
  if (!isMap(doc.contents)) {
    const holds = isSeq(doc.contents) ? 'a list' : typeof raw === 'string' ? 'a string' : 'a single value';
    const message = `the file holds ${holds}; a config is a YAML mapping with customers, servers and engineers at the top (settings optional): is --config pointing at the config file?`;
    throw new ConfigError(file, [{ path: '', ...at(doc.contents), message }]);
  }
  return raw;
}

const lineOf = (lc: LineCounter, offset: number) => {
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
};

/** Finds the line of the deepest node that exists along `path` (the key itself when it is a map key). */
function locate(doc: Document, lc: LineCounter, path: (string | number)[]): { line?: number; column?: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const parent = sub.length > 0 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
    // Prefer the key's own position so "unknown key" points at the key, not its value.
    if (sub.length > 0 && parent && typeof parent === 'object' && 'items' in parent) {
      const last = sub[sub.length - 1];
      const items = (parent as { items: unknown[] }).items;
      for (const item of items) {
        if (item && typeof item === 'object' && 'key' in item) {
          const key = (item as { key: unknown }).key;
          if (isNode(key) && (key as { value?: unknown }).value === last && key.range) return lineOf(lc, key.range[0]);
        }
      }
    }
    const node = sub.length > 0 ? doc.getIn(sub, true) : doc.contents;
    if (isNode(node) && node.range) return lineOf(lc, node.range[0]);
  }
  return {};
}
