import { editConfig } from '../../config/edit.js';
import { EXIT, type CliContext } from '../context.js';
import { commandPrefix, refusedAsUsage, shownPath } from './onboarding.js';

/** The options of `vos-assist customer add`, as commander parses them. */
export interface CustomerAddOptions {
  name: string;
  chat: string[];
}

/** `vos-assist customer add ID --name NAME [--chat CHAT]…`: writes the customer into the config, keeping its comments. */
export async function customerAdd(ctx: CliContext, id: string, opts: CustomerAddOptions): Promise<number> {
  const edit = editConfig(ctx.configPath);
  refusedAsUsage(() => {
    edit.add('customers', { id, name: opts.name, chats: opts.chat });
    edit.save();
  });
  ctx.stdout.write(
    `Added customer ${id} to ${shownPath(ctx, ctx.configPath)}${opts.chat.length ? ` (chats ${opts.chat.join(', ')})` : ' (no chats yet: the bot answers nobody for them)'}.\n` +
      `Next: ${commandPrefix(ctx)} server add vos1 --host SERVER --customer ${id}\n`,
  );
  return EXIT.ok;
}
