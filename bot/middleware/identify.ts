import type { Directory } from '../directory.js';
import type { Middleware } from '../pipeline.js';

/** Says who wrote: a customer (with their servers), an engineer, or nobody the config knows. */
export const identify =
  (directory: Directory): Middleware =>
  (turn, next) => {
    turn.party = directory.identify(turn.message.sender);
    return next();
  };
