// The message catalogue: every language has every key, with the same parameters, in its own script.
import { describe, expect, it } from 'vitest';
import { catalogues, languageOf, languages, messages } from '../../bot/i18n/index.js';

const SCRIPT = { en: /^[\x20-\x7E…–—’]+$/, bn: /[\u0980-\u09FF]/, zh: /[\u4E00-\u9FFF]/ } as const;
/** Sample arguments for the messages that take some. */
const ARGS = ['lab1', 'RST close On'];
const text = (v: unknown) => (typeof v === 'function' ? (v as (...a: string[]) => string)(...ARGS) : (v as string));

describe('message catalogue', () => {
  it('has every key of the English catalogue in every language, and no other', () => {
    const keys = Object.keys(catalogues.en).sort();
    expect(keys.length).toBeGreaterThanOrEqual(9);
    for (const lang of languages) expect(Object.keys(catalogues[lang]).sort(), lang).toEqual(keys);
  });

  it('gives each key the same kind of value and parameters in every language, written in that language', () => {
    for (const lang of languages) {
      for (const [key, en] of Object.entries(catalogues.en)) {
        const v = (catalogues[lang] as Record<string, unknown>)[key];
        expect(typeof v, `${lang}.${key}`).toBe(typeof en);
        if (typeof en === 'function') expect((v as (...a: unknown[]) => string).length, `${lang}.${key}`).toBe(en.length);
        expect(text(v).trim().length, `${lang}.${key}`).toBeGreaterThan(0);
        expect(text(v), `${lang}.${key}`).toMatch(SCRIPT[lang]);
      }
    }
  });

  it('keeps the figures and names a message is given', () => {
    for (const lang of languages) {
      expect(messages(lang).checking('vos-dhaka'), lang).toContain('vos-dhaka');
      expect(messages(lang).proposedFix('R-12'), lang).toContain('R-12');
      expect(messages(lang).done('vos-dhaka', 'RST close On, ports 1024–65535'), lang).toContain('RST close On, ports 1024–65535');
    }
  });
});

describe('languageOf', () => {
  it('answers Bengali script in Bengali, Chinese in Chinese, and everything else in English', () => {
    expect(languageOf('সার্ভারে bind failed আসছে')).toBe('bn');
    expect(languageOf('服务器报错 address already in use')).toBe('zh');
    expect(languageOf('vai server e address already in use ashche')).toBe('en');
    expect(languageOf('calls fail since 9pm')).toBe('en');
    expect(languageOf(null)).toBe('en');
  });
});
