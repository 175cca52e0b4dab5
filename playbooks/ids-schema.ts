import { z } from 'zod';
import { playbookIds } from './ids.js';

/** zod schema of a playbook id, for boundaries that validate with zod (web filters, chat state). */
export const playbookIdSchema = z.enum(playbookIds);
