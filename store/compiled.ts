import type { Compilable, CompiledQuery, QueryResult } from 'kysely';

/** Stands for a parameter while a query is built; replaced by the call's value when it runs. */
class Slot {
  constructor(readonly name: string) {}
}

/** Where a compiled parameter comes from: a named value of the call, or a constant of the query. */
type Source = { readonly name: string } | { readonly constant: unknown };

/** Anything that runs a compiled query: the Kysely database or a transaction on it. */
export interface RunsCompiled {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

/**
 * A query of a fixed shape, built and compiled once per shape and run with each call's values.
 * Building and compiling a Kysely query costs more than running it on SQLite (about a fifth of
 * the CPU of a chat message went there), and the store runs the same few statements over and
 * over. `build` gets one placeholder per name in `values` and must use each only as a value
 * (never to choose the query's shape: that is what `shape` is for, e.g. which columns an
 * insert has). The SQL is the same Kysely would compile for the values themselves.
 */
export function compiledOnce<V extends Record<string, unknown>, R>(build: (values: { readonly [K in keyof V]: V[K] }, shape: string) => Compilable<R>) {
  const shapes = new Map<string, { query: CompiledQuery<R>; sources: Source[] }>();
  return (executor: RunsCompiled, values: V, shape = ''): Promise<QueryResult<R>> => {
    let compiled = shapes.get(shape);
    if (!compiled) {
      const slots = Object.fromEntries(Object.keys(values).map((name) => [name, new Slot(name)])) as unknown as V;
      const query = build(slots, shape).compile();
      const sources = query.parameters.map((p): Source => (p instanceof Slot ? { name: p.name } : { constant: p }));
      shapes.set(shape, (compiled = { query, sources }));
    }
    const parameters = compiled.sources.map((s) => ('name' in s ? values[s.name] : s.constant));
    return executor.executeQuery({ ...compiled.query, parameters });
  };
}

/** `row` without its undefined fields, which Kysely leaves out of an insert (so they are not part of its shape). */
export function definedOnly<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as T;
}
