import type { ChangeKind } from './kind.js';
import { softswitchParam } from './softswitch-param.js';
import type { ChangeKindName } from './spec.js';
import { sysctl } from './sysctl.js';

/** Every change kind by name: adding a kind means one module and one line here. */
export const changeKinds: Readonly<Record<ChangeKindName, ChangeKind>> = { softswitchParam, sysctl };
