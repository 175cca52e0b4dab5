/** Options for one remote command. */
export interface ExecOptions {
  /** Bytes written to the command's stdin, then closed. Default: nothing. */
  stdin?: Buffer | string;
  /** Kills the command after this long (remote `timeout` plus a local timer). Default: the server's commandTimeoutMs. */
  timeoutMs?: number;
  /** Captured stdout beyond this is dropped and `truncated` set. Default 64 KiB. */
  maxOutputBytes?: number;
  /** Called with each stdout chunk as it arrives (progress markers). */
  onStdout?: (chunk: Buffer) => void;
  signal?: AbortSignal;
}

/** What a remote command did. A non-zero exit is data, not an exception. */
export interface ExecResult {
  readonly command: string;
  readonly exitCode: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
  readonly truncated: boolean;
  readonly timedOut: boolean;
  readonly durationMs: number;
}

/**
 * A server we can run commands on: one connection per run. Excluded on purpose: file
 * transfer, port forwarding, interactive shells. Commands are plain `sh` command lines
 * built only from validated values and shellQuote().
 */
export interface Target {
  readonly serverId: string;
  exec(command: string, options?: ExecOptions): Promise<ExecResult>;
  /**
   * Opens a session now and runs one command in it later: the server starts the session's
   * shell while we are still thinking. Only for work that waits on nobody (a person's answer
   * is waited for without a session). Optional; `exec` is the fallback.
   */
  prepare?(preamble?: Preamble): PreparedExec;
  close(): Promise<void>;
}

/** A script a prepared session runs at once, before it waits for its command. */
export interface Preamble {
  readonly script: string;
  /** The bytes that end the preamble's output. */
  readonly endMarker: string;
}

/** A session opened ahead of time; `run` once, or `cancel` to let it end. */
export interface PreparedExec {
  /** The preamble's output (up to its end marker); null without a preamble. */
  readonly preambleOutput: Promise<Buffer> | null;
  /** Runs the command in the session, or in a new one if it waited too long for it. */
  run(command: string, options?: ExecOptions): Promise<ExecResult>;
  cancel(): void;
}

/** Opens a Target for a server; injected so tests and the queue can decide how. */
export type TargetFactory = (serverId: string, signal?: AbortSignal) => Promise<Target>;
