import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type YAMLSeq } from 'yaml';
import { ConfigEditError } from './errors.js';
import { readConfigBytes } from './load.js';
import { parseConfig } from './parse.js';
import type { Config } from './schema.js';
import { decodeConfigText } from './text.js';

/** The lists of the config that commands add to. */
export type ConfigList = 'customers' | 'servers' | 'engineers';

const SINGULAR: Record<ConfigList, string> = { customers: 'customer', servers: 'server', engineers: 'engineer' };

/**
 * A config file opened for additions (`server add`, `customer add`, `engineer add`, `init`).
 * The file goes through the yaml package's Document, so its comments, blank lines, quoting
 * and order stay as they were; `save()` writes it back only if the result is a valid config.
 */
export interface ConfigEditor {
  readonly file: string;
  /** The config as it is on disk now, validated. */
  readonly config: Config;
  /** Appends an entry (keys in the order given) to a list; refuses an id the list already has. */
  add(list: ConfigList, entry: Record<string, unknown>): void;
  /** The new text, as save() would write it. */
  text(): string;
  /** Throws ConfigEditError when the new text would not load as a config. */
  check(): void;
  /**
   * Validates the new text as a config and replaces the file with it atomically (same mode).
   * Throws ConfigEditError when the result would not load, or when the file changed on disk
   * since it was read; the file is then left as it was.
   */
  save(): void;
}

/** Opens a config file for additions; throws ConfigError when it is not a valid config already. */
export function editConfig(file: string): ConfigEditor {
  const bytes = readConfigBytes(file);
  const original = decodeConfigText(bytes, file);
  return editConfigText(file, original, (next) => {
    if (!readFileSync(file).equals(bytes)) {
      throw new ConfigEditError(`${file} changed on disk while this command ran; nothing was written: run the command again`);
    }
    writeAtomically(file, next);
  });
}

/** As {@link editConfig}, for text not yet on disk (`init` writes its starter through it). */
export function editConfigText(file: string, original: string, write: (text: string) => void): ConfigEditor {
  const config = parseConfig(original, file);
  const doc = parseDocument(original, { uniqueKeys: true });
  // A file whose lists sit at the key's own indentation (`servers:\n- id: …`) keeps that style.
  const indentSeq = !/^[A-Za-z_][\w-]*:[ \t]*(#.*)?\r?\n-[ \t]/m.test(original);
  const render = () => keepCommentAlignment(original, doc.toString({ flowCollectionPadding: false, lineWidth: 0, indentSeq }));
  return {
    file,
    config,
    add(list, entry) {
      const id = String(entry.id);
      if (config[list].some((e) => e.id === id)) throw new ConfigEditError(`${file} already has a ${SINGULAR[list]} "${id}"; nothing was changed`);
      const seq = listNode(doc, list);
      seq.flow = false; // `servers: []` becomes a block list once it has an entry
      seq.items.push(entryNode(doc, entry));
    },
    text: render,
    check: () => void checked(),
    save: () => write(checked()),
  };
  function checked(): string {
    const next = render();
    try {
      parseConfig(next, file);
    } catch (err) {
      throw new ConfigEditError(`the addition would make ${file} invalid, so nothing was written:\n${(err as Error).message}`, { cause: err });
    }
    return next;
  }
}

function listNode(doc: Document, list: ConfigList): YAMLSeq {
  if (!isMap(doc.contents)) throw new ConfigEditError('the config is not a YAML mapping');
  const node = doc.get(list, true);
  if (isSeq(node)) return node;
  // Absent, or `servers:` with nothing after it (null): a new list in the file's own place.
  const seq = doc.createNode([]) as YAMLSeq;
  doc.set(list, seq);
  return seq;
}

/** An entry as a block mapping, its short lists in flow style (`chats: ["+880…"]`, `tags: [tls]`), host key pins quoted. */
function entryNode(doc: Document, entry: Record<string, unknown>) {
  const node = doc.createNode(Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)));
  if (!isMap(node)) throw new Error('an entry is a mapping');
  for (const pair of node.items) {
    if (isSeq(pair.value)) pair.value.flow = true;
    const key = isScalar(pair.key) ? pair.key.value : null;
    if (key === 'hostKeySha256' || key === 'name') quote(pair.value);
  }
  return node;
}

// Pins ("ssh-ed25519 SHA256:…") and names read better quoted, as the README writes them.
function quote(node: unknown): void {
  if (isScalar(node)) node.type = Scalar.QUOTE_DOUBLE;
  else if (isSeq(node)) node.items.forEach(quote);
}

/**
 * yaml writes one space before a comment at the end of a line, and moves the comment of a key
 * whose value is a list or mapping (`settings:   # optional`) to a line of its own; the
 * operator may have lined their comments up. A written line (or such a pair of lines) that
 * differs from an original line only in the spaces before its `#` gets the original back.
 */
function keepCommentAlignment(original: string, written: string): string {
  const squeeze = (line: string) => line.replace(/\s+#/, ' #');
  const originals = new Map<string, string[]>();
  for (const line of original.split('\n')) {
    if (!line.includes('#')) continue;
    const key = squeeze(line);
    originals.set(key, [...(originals.get(key) ?? []), line]);
  }
  const lines = written.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (/:\s*$/.test(line) && next !== undefined && next.trimStart().startsWith('#')) {
      const joined = originals.get(squeeze(`${line.trimEnd()} ${next.trimStart()}`))?.shift();
      if (joined !== undefined) {
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(line.includes('#') ? (originals.get(squeeze(line))?.shift() ?? line) : line);
  }
  return out.join('\n');
}

/** Replaces a file with new text through a temporary file beside it, keeping the file's mode. */
function writeAtomically(file: string, text: string): void {
  const mode = statSync(file).mode & 0o7777;
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w', mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, file);
}
