import { z } from 'zod';
import { changeProblem, type ChangeSpec } from './spec.js';

/** zod view of a change spec (for the playbook schema); the allow-list itself is changeProblem. */
export const changeSpecSchema = z.custom<ChangeSpec>((v) => changeProblem(v) === null, { message: 'change is not on the allow-list' });
