import { describe, expect, it } from 'vitest';
import { createQuestionNormaliser } from '../../bot/questions/index.js';

const q = createQuestionNormaliser(['default', 'recommend', 'explain', 'sstcpclosereset']);
const words = (t: string) => q.normalise(t).phrase.trim();

describe('createQuestionNormaliser', () => {
  it('maps question shorthand and Banglish question words, several words where needed', () => {
    expect(words('whats the dflt?')).toBe('what is the default');
    expect(words('rst ki kivabe')).toBe('rst what how');
  });

  it('corrects misspellings towards the words of the training questions only', () => {
    const r = q.normalise('explian the deafult of ss_tcp_close_rest');
    expect(r.phrase).toBe(' explain the default of sstcpclosereset ');
    expect(r.corrections).toContainEqual({ from: 'explian', to: 'explain' });
    expect(words('adress alredy')).toBe('adress alredy');
  });

  it('joins time wait, close notify and health check', () => {
    expect(words('time wait, close notify, health-check')).toBe('timewait closenotify healthcheck');
  });

  it('keeps two-letter words as features, numbers not', () => {
    expect(q.normalise('is rst on vs off at 300 cps').stems).toEqual(['rst', 'vs', 'off', 'cp']);
  });

  it('reads only the first 1024 characters', () => {
    expect(q.normalise(`${'a '.repeat(600)}timewait`).stems).not.toContain('timewait');
  });
});
