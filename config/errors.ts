/** One problem in the config file, located as precisely as the YAML allows. */
export interface ConfigProblem {
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** The config file is missing, unreadable or invalid; the program must not start. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID' as const;
  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
    options?: { cause?: unknown },
  ) {
    super(`${describeProblems(file, problems)}\nFix the file and start again (see the config section of README.md).`, options);
  }

  /** The file and its problems, one per line, without what to do next (a reload says that differently). */
  get problemsText(): string {
    return describeProblems(this.file, this.problems);
  }
}

function describeProblems(file: string, problems: readonly ConfigProblem[]): string {
  const lines = problems.map((p) => `  ${file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
  return [`${file}: invalid config`, ...lines].join('\n');
}

/** A change to the config file was refused (an id taken, a result that would not load); the file is as it was. */
export class ConfigEditError extends Error {
  override readonly name = 'ConfigEditError';
  readonly code = 'CONFIG_EDIT_REFUSED' as const;
}
