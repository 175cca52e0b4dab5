// Change kinds: the settings VOS Assist may change, each a module (see kind.ts), and the
// planner that computes what a set of them does to a server.
export { changeKinds } from './kinds.js';
export type { ChangeKind, ChangeServer } from './kind.js';
export { computeChangeSet, type ChangeSet, type FileEdit } from './change-set.js';
export { switchValue } from './softswitch-param.js';
