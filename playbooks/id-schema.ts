import * as z from 'zod';
import { playbookIds } from './ids.js';

/**
 * A playbook id, for boundaries that validate with zod (web filters, chat state, the store).
 * Apart from ids.ts so that checking an id on the command line does not load zod before the
 * connection starts.
 */
export const playbookIdSchema = z.enum(playbookIds);
