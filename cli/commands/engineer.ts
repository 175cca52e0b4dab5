import { editConfig } from '../../config/edit.js';
import { EXIT, UsageError, type CliContext } from '../context.js';
import { commandPrefix, refusedAsUsage, shownPath } from './onboarding.js';

/** The options of `vos-assist engineer add`, as commander parses them. */
export interface EngineerAddOptions {
  name: string;
  chat: string[];
  role: string;
}

/** `vos-assist engineer add ID --name NAME [--chat CHAT]… [--role approver|viewer]`: writes the engineer into the config, keeping its comments. */
export async function engineerAdd(ctx: CliContext, id: string, opts: EngineerAddOptions): Promise<number> {
  if (opts.role !== 'approver' && opts.role !== 'viewer') throw new UsageError('--role is approver or viewer');
  const edit = editConfig(ctx.configPath);
  refusedAsUsage(() => {
    edit.add('engineers', { id, name: opts.name, chats: opts.chat, role: opts.role });
    edit.save();
  });
  ctx.stdout.write(
    `Added engineer ${id} (${opts.role}) to ${shownPath(ctx, ctx.configPath)}.\n` +
      `A dashboard password: ${commandPrefix(ctx)} engineer password ${id}\n`,
  );
  return EXIT.ok;
}
