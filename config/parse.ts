import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { configSchema, type Config } from './schema.js';
import { ConfigError, type ConfigProblem } from './errors.js';

/** Parses and validates config text; every problem names the line it is on. */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { path: '', line: pos.line, column: pos.col, message: e.message.split('\n')[0] ?? e.message };
      }),
    );
  }
  const raw: unknown = doc.toJS() ?? {};
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
          if (isNode(key) && (key as { value?: unknown }).value === last && key.range) {
            const p = lc.linePos(key.range[0]);
            return { line: p.line, column: p.col };
          }
        }
      }
    }
    const node = sub.length > 0 ? doc.getIn(sub, true) : doc.contents;
    if (isNode(node) && node.range) {
      const p = lc.linePos(node.range[0]);
      return { line: p.line, column: p.col };
    }
  }
  return {};
}
