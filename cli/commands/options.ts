/** The options of `playbook run`, as commander parses them. */
export interface PlaybookRunOptions {
  server: string[];
  customer?: string;
  all?: boolean;
  dryRun?: boolean;
  yes?: boolean;
  queue?: boolean;
  json?: boolean;
  /** Seconds to wait for a server another run is changing; 0: refuse at once. */
  wait?: number;
}
