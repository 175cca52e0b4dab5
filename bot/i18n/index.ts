import { bn } from './bn.js';
import { en, type Catalogue } from './en.js';
import { zh } from './zh.js';

// The fixed messages (greeting, checking, proposal, done, hand-off) in the customer's language:
// English by default, Bengali when they write Bengali script, Chinese when they write Chinese.
// Everything else the assistant says stays English (figures and setting names read the same).

export { en };
export type { Catalogue };

/** The languages the fixed messages come in. */
export const languages = ['en', 'bn', 'zh'] as const;
export type Language = (typeof languages)[number];

/** Every catalogue by language. */
export const catalogues: Readonly<Record<Language, Catalogue>> = { en, bn, zh };

const BENGALI = /[\u0980-\u09FF]/;
const CHINESE = /[\u4E00-\u9FFF\u3400-\u4DBF]/;

/** The language to answer a text in: Bengali script → bn, Chinese characters → zh, else en (Banglish, Hinglish included). */
export function languageOf(text: string | null | undefined): Language {
  if (!text) return 'en';
  if (BENGALI.test(text)) return 'bn';
  if (CHINESE.test(text)) return 'zh';
  return 'en';
}

/** The fixed messages for a language. */
export const messages = (lang: Language = 'en'): Catalogue => catalogues[lang];
