// What a customer asks besides symptoms and questions: small talk, status, fresh figures, a
// person, a rollback, the list of changes; and what is none of these.
import { describe, expect, it } from 'vitest';
import { readChatRequest } from '../../bot/questions/index.js';

describe('readChatRequest', () => {
  it('reads small talk, alone or several parts at once', () => {
    expect(readChatRequest('thank you, all good now')).toMatchObject({ smallTalk: ['thanks', 'resolved'], onlySmallTalk: true });
    expect(readChatRequest('thanks! is it fixed now? how many TIME_WAIT now?')).toMatchObject({ smallTalk: ['thanks', 'fixed', 'figures'], onlySmallTalk: true });
    for (const [text, kind] of [['hi', 'greeting'], ['good morning team', 'greeting'], ['ok', 'ack'], ['is it done?', 'status'], ['any update?', 'status'], ['নমস্কার', 'greeting'], ['谢谢', 'thanks']] as const) {
      expect(readChatRequest(text), text).toMatchObject({ smallTalk: [kind], onlySmallTalk: true });
    }
  });

  it('does not take a message with more in it for small talk', () => {
    for (const text of ['hi, our switch stops taking new calls every evening', 'thanks, but phones are still offline', 'ok so how do I add a gateway', 'is 2000 TIME_WAIT a lot?', 'how many calls per second can one server handle']) {
      expect(readChatRequest(text).onlySmallTalk, text).toBe(false);
    }
  });

  it('reads a request for a person', () => {
    for (const text of ['can I talk to an engineer please', 'please call me', 'I need a human', 'connect me to support']) expect(readChatRequest(text).person, text).toBe(true);
    expect(readChatRequest('the engineer said it was fixed').person).toBe(false);
  });

  it('reads "stop watching", "watch it" and a time of day for a check', () => {
    for (const text of ['stop watching', 'ok stop watching please', 'cancel the monitoring', 'no need to watch', "don't watch it anymore", 'unwatch', 'নজর রাখা বন্ধ করুন', '停止监控']) expect(readChatRequest(text), text).toMatchObject({ stopWatching: true, watch: false });
    for (const text of ['watch', 'yes watch it', 'please monitor it', 'keep an eye on it']) expect(readChatRequest(text), text).toMatchObject({ stopWatching: false, watch: true });
    expect(readChatRequest('we watched the logs all night').stopWatching).toBe(false);
    expect(readChatRequest('check at 21:00').at).toEqual({ hour: 21, minute: 0 });
    expect(readChatRequest('watch from 19.30').at).toEqual({ hour: 19, minute: 30 });
    expect(readChatRequest('look at 9pm please').at).toEqual({ hour: 21, minute: 0 });
    expect(readChatRequest('at 12 am').at).toEqual({ hour: 0, minute: 0 });
    for (const text of ['check at 9', 'at 25:00', 'we have 300 phones at 5060', 'check it']) expect(readChatRequest(text).at, text).toBeNull();
  });

  it('reads a rollback, with the run id and "today" when given, and not its negation', () => {
    expect(readChatRequest('please roll back the change you made today')).toMatchObject({ rollback: true, today: true, runId: null });
    expect(readChatRequest('rollback R-2')).toMatchObject({ rollback: true, runId: 'R-2' });
    expect(readChatRequest('undo r12')).toMatchObject({ rollback: true, runId: 'R-12' });
    expect(readChatRequest('put it back as it was')).toMatchObject({ rollback: true, runId: null, today: false });
    expect(readChatRequest("don't roll back, it works").rollback).toBe(false);
    expect(readChatRequest('calls fail since the change').rollback).toBe(false);
  });

  it('reads "what did you change?"', () => {
    for (const text of ['what did you change?', 'what was changed on our server', 'what changes did you make yesterday']) expect(readChatRequest(text).changes, text).toBe(true);
    expect(readChatRequest('should we change the port range?').changes).toBe(false);
  });
});
