import { AdminUnreachableError, requestReload } from '../../app/admin.js';
import { EXIT, type CliContext } from '../context.js';

/**
 * `vos-assist reload`: asks the running `start` of this data dir to read its config file again,
 * over its local admin socket. Prints what changed (exit 0), or why the file was refused and the
 * running config kept (exit 2), or that no process answers (exit 1).
 */
export async function reload(ctx: CliContext): Promise<number> {
  try {
    const r = await requestReload(ctx.dataDir);
    if (r.ok) {
      ctx.stdout.write(`config reloaded: ${r.summary}\n`);
      return EXIT.ok;
    }
    ctx.stderr.write(`reload refused: ${r.error}\n`);
    return EXIT.usage;
  } catch (err) {
    if (!(err instanceof AdminUnreachableError)) throw err;
    ctx.stderr.write(`${err.message}\n`);
    return EXIT.failed;
  }
}
