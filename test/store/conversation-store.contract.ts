import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthorKind, ConversationStore, NewTranscriptMessage } from '../../store/conversation-types.js';
import type { RunStore } from '../../store/types.js';
import type { RunStoreFactory } from './run-store.contract.js';
import { TestClock, unique } from './test-clock.js';

/**
 * What every store holds to for transcripts, chat states and hand-offs (`RunStore.conversations`).
 * The database may be shared with other tests, so each test works on chats of its own and
 * never assumes the tables are empty.
 */
export function conversationStoreContract(adapter: string, factory: RunStoreFactory): void {
  describe(`ConversationStore contract (${adapter})`, () => {
    let store: RunStore;
    let conversations: ConversationStore;
    let clock: TestClock;
    let chat: string;

    beforeEach(async () => {
      clock = new TestClock();
      store = await factory({ now: clock.now });
      conversations = store.conversations;
      chat = unique('+8801');
    });
    afterEach(async () => {
      await store.close();
    });

    const message = (authorKind: AuthorKind, text: string, at: string, extra: Partial<NewTranscriptMessage> = {}): NewTranscriptMessage => ({
      chat,
      customerId: 'acme',
      direction: authorKind === 'customer' ? 'in' : 'out',
      authorKind,
      author: authorKind === 'customer' ? 'acme' : authorKind === 'engineer' ? 'rahim' : null,
      text,
      media: null,
      at,
      runId: null,
      ...extra,
    });
    const rahim = { by: 'rahim', via: 'chat' } as const;
    const nadia = { by: 'nadia', via: 'web' } as const;
    const phone = { by: null, via: 'phone' } as const;
    const handoffInput = (reason = 'one way audio on the KSA route') => ({ chat, customerId: 'acme', reason, lastMessages: [{ at: clock.iso(), author: 'customer', text: reason }] });

    describe('appendMessages', () => {
      it('keeps messages in order with their fields, and sums the chat up for lists', async () => {
        const { messages, conversations: after } = await conversations.appendMessages([
          message('customer', 'one way audio on the KSA route', '2030-01-01T00:00:01.000Z'),
          message('bot', "That isn't something I can fix automatically.", '2030-01-01T00:00:02.000Z', { runId: 'R-7' }),
          message('customer', '[image] the trace', '2030-01-01T00:00:03.000Z', { media: 'image' }),
        ]);
        expect(messages.map((m) => m.text)).toEqual(['one way audio on the KSA route', "That isn't something I can fix automatically.", '[image] the trace']);
        expect(messages[1]).toEqual({ id: expect.any(Number), chat, customerId: 'acme', direction: 'out', authorKind: 'bot', author: null, text: "That isn't something I can fix automatically.", media: null, at: '2030-01-01T00:00:02.000Z', runId: 'R-7' });
        expect(messages[2]!.media).toBe('image');
        expect(messages[0]!.id).toBeLessThan(messages[1]!.id);
        expect(messages[1]!.id).toBeLessThan(messages[2]!.id);
        expect(after).toEqual([
          {
            chat,
            customerId: 'acme',
            state: 'bot',
            takenBy: null,
            takenVia: null,
            takenAt: null,
            activeAt: null,
            handoffId: null,
            lastMessageId: messages[2]!.id,
            lastAt: '2030-01-01T00:00:03.000Z',
            lastText: '[image] the trace',
            lastAuthorKind: 'customer',
            unread: 2,
            createdAt: clock.iso(),
            updatedAt: clock.iso(),
          },
        ]);
        expect(await conversations.getConversation(chat)).toEqual(after[0]);
      });

      it('counts customer messages as unread until a person writes in the chat, and keeps a one-line preview', async () => {
        await conversations.appendMessages([message('customer', 'a', '2030-01-01T00:00:01.000Z'), message('customer', 'b', '2030-01-01T00:00:02.000Z')]);
        await conversations.appendMessages([message('bot', 'bot answers do not count as read', '2030-01-01T00:00:03.000Z')]);
        expect((await conversations.getConversation(chat))?.unread).toBe(2);
        await conversations.appendMessages([message('engineer', 'checking now', '2030-01-01T00:00:04.000Z'), message('customer', 'thanks', '2030-01-01T00:00:05.000Z')]);
        expect((await conversations.getConversation(chat))?.unread).toBe(1);
        await conversations.appendMessages([message('owner', 'typed on the phone', '2030-01-01T00:00:06.000Z')]);
        expect((await conversations.getConversation(chat))?.unread).toBe(0);
        const long = `${'x'.repeat(150)}\n\n  ${'y'.repeat(50)}`;
        await conversations.appendMessages([message('customer', long, '2030-01-01T00:00:07.000Z')]);
        const c = await conversations.getConversation(chat);
        expect(c?.lastText).toBe(`${'x'.repeat(150)} ${'y'.repeat(8)}…`);
        expect(c?.lastText).toHaveLength(160);
        await conversations.markRead(chat);
        expect((await conversations.getConversation(chat))?.unread).toBe(0);
      });

      it('writes several chats at once, each with its own summary', async () => {
        const other = unique('+8801');
        const { conversations: after } = await conversations.appendMessages([
          message('customer', 'first', '2030-01-01T00:00:01.000Z'),
          message('customer', 'other chat', '2030-01-01T00:00:02.000Z', { chat: other }),
          message('bot', 'answer', '2030-01-01T00:00:03.000Z'),
        ]);
        expect(after.map((c) => [c.chat, c.lastText, c.unread])).toEqual([
          [chat, 'answer', 1],
          [other, 'other chat', 1],
        ]);
      });

      it('writes a thousand messages in one call', async () => {
        const many = Array.from({ length: 1200 }, (_, i) => message(i % 2 ? 'bot' : 'customer', `m${i}`, new Date(Date.UTC(2030, 0, 1, 0, 0, i)).toISOString()));
        const { messages } = await conversations.appendMessages(many);
        expect(messages.map((m) => m.text)).toEqual(many.map((m) => m.text));
        expect((await conversations.getConversation(chat))?.unread).toBe(600);
      });

      it('does nothing for an empty list', async () => {
        expect(await conversations.appendMessages([])).toEqual({ messages: [], conversations: [] });
      });
    });

    describe('listMessages', () => {
      it('pages through a chat newest first, and only that chat', async () => {
        const { messages } = await conversations.appendMessages(Array.from({ length: 7 }, (_, i) => message('customer', `m${i}`, new Date(Date.UTC(2030, 0, 1, 0, 0, i)).toISOString())));
        await conversations.appendMessages([message('customer', 'elsewhere', '2030-01-01T00:00:09.000Z', { chat: unique('+8801') })]);
        const first = await conversations.listMessages(chat, { limit: 3 });
        expect(first.map((m) => m.text)).toEqual(['m6', 'm5', 'm4']);
        const second = await conversations.listMessages(chat, { limit: 3, before: first[2]!.id });
        expect(second.map((m) => m.text)).toEqual(['m3', 'm2', 'm1']);
        expect((await conversations.listMessages(chat)).map((m) => m.id)).toEqual(messages.map((m) => m.id).reverse());
        expect(await conversations.listMessages(unique('+8801'))).toEqual([]);
      });
    });

    describe('listConversations / countConversations', () => {
      it('lists chats by their last message, newest first, by state, and pages after a given one', async () => {
        // Far in the future, so no other test's chats come first.
        const chats = Array.from({ length: 5 }, () => unique('+8801'));
        const base = Date.UTC(2100, 0, 1) + Math.floor(Math.random() * 1e9) * 1000;
        for (const [i, c] of chats.entries()) await conversations.appendMessages([message('customer', `hello ${i}`, new Date(base + i * 1000).toISOString(), { chat: c })]);
        // The last two share a time: the chat breaks the tie.
        await conversations.appendMessages([message('customer', 'same time', new Date(base + 4000).toISOString(), { chat: chats[3]! })]);
        await conversations.take(chats[1]!, rahim);
        const newest = (await conversations.listConversations({ limit: 5 })).map((c) => c.chat);
        const tied = [chats[3]!, chats[4]!].sort().reverse();
        expect(newest).toEqual([...tied, chats[2], chats[1], chats[0]]);
        const page2 = await conversations.listConversations({ limit: 2, after: { lastAt: new Date(base + 4000).toISOString(), chat: tied[1]! } });
        expect(page2.map((c) => c.chat)).toEqual([chats[2], chats[1]]);
        const taken = await conversations.listConversations({ state: 'taken' });
        expect(taken.map((c) => c.chat)).toContain(chats[1]);
        expect(taken.every((c) => c.state === 'taken')).toBe(true);
        const before = await conversations.countConversations({ state: 'taken' });
        await conversations.take(chats[2]!, rahim);
        expect(await conversations.countConversations({ state: 'taken' })).toBe(before + 1);
        expect(await conversations.countConversations()).toBeGreaterThanOrEqual(5);
      });
    });

    describe('take / release / touch', () => {
      it('takes a chat never written in, and gives it back', async () => {
        const taken = await conversations.take(chat, rahim, { customerId: 'acme' });
        expect(taken.ok).toBe(true);
        if (!taken.ok) return;
        expect(taken.previous).toBeNull();
        expect(taken.handoff).toBeNull();
        expect(taken.conversation).toMatchObject({ chat, customerId: 'acme', state: 'taken', takenBy: 'rahim', takenVia: 'chat', takenAt: clock.iso(), activeAt: clock.iso(), lastText: null, unread: 0 });
        clock.advance(60_000);
        const released = await conversations.release(chat, 'rahim', 'released by rahim');
        expect(released?.previous.takenBy).toBe('rahim');
        expect(released?.conversation).toMatchObject({ state: 'bot', takenBy: null, takenVia: null, takenAt: null, activeAt: null, handoffId: null });
        expect(await conversations.release(chat, 'rahim', 'again')).toBeNull();
        expect(await conversations.release(unique('+8801'), 'rahim', 'never seen')).toBeNull();
      });

      it('refuses a chat another engineer holds unless forced, and says who holds it', async () => {
        await conversations.take(chat, rahim);
        const refused = await conversations.take(chat, nadia);
        expect(refused).toEqual({ ok: false, conversation: expect.objectContaining({ state: 'taken', takenBy: 'rahim' }) });
        clock.advance(1000);
        const forced = await conversations.take(chat, nadia, { force: true });
        expect(forced.ok && forced.previous?.takenBy).toBe('rahim');
        expect(forced.ok && forced.conversation).toMatchObject({ takenBy: 'nadia', takenVia: 'web', takenAt: clock.iso() });
      });

      it('keeps the time a chat was taken when its holder takes it again, and counts that as activity', async () => {
        const first = await conversations.take(chat, rahim);
        clock.advance(5 * 60_000);
        const again = await conversations.take(chat, { by: 'rahim', via: 'web' });
        expect(again.ok && again.conversation).toMatchObject({ takenBy: 'rahim', takenVia: 'chat', takenAt: first.ok ? first.conversation.takenAt : '', activeAt: clock.iso() });
      });

      it('lets the bot phone take a free chat only, and any engineer take a chat from the phone', async () => {
        const byPhone = await conversations.take(chat, phone);
        expect(byPhone.ok && byPhone.conversation).toMatchObject({ state: 'taken', takenBy: null, takenVia: 'phone' });
        const rahimTakes = await conversations.take(chat, rahim);
        expect(rahimTakes.ok && rahimTakes.conversation).toMatchObject({ takenBy: 'rahim', takenVia: 'chat' });
        expect((await conversations.take(chat, phone)).ok).toBe(false);
        expect((await conversations.getConversation(chat))?.takenBy).toBe('rahim');
      });

      it('lets exactly one of ten engineers taking a chat at once have it', async () => {
        await conversations.appendMessages([message('customer', 'hello?', '2030-01-01T00:00:00.000Z')]);
        const results = await Promise.all(Array.from({ length: 10 }, (_, i) => conversations.take(chat, { by: `e${i}`, via: 'web' })));
        const winners = results.filter((r) => r.ok);
        expect(winners).toHaveLength(1);
        const holder = (await conversations.getConversation(chat))?.takenBy;
        expect(winners[0]!.conversation.takenBy).toBe(holder);
        for (const r of results.filter((x) => !x.ok)) expect(r.conversation.takenBy).toBe(holder);
      });

      it('counts touches and messages by a person as activity of the holder, and nothing when nobody holds the chat', async () => {
        expect(await conversations.touch(chat, clock.iso())).toBe(false);
        await conversations.take(chat, rahim);
        clock.advance(60_000);
        expect(await conversations.touch(chat, clock.iso())).toBe(true);
        expect((await conversations.getConversation(chat))?.activeAt).toBe(clock.iso());
        await conversations.appendMessages([message('customer', 'hello?', '2030-01-01T00:10:00.000Z')]);
        expect((await conversations.getConversation(chat))?.activeAt).toBe(clock.iso());
        await conversations.appendMessages([message('engineer', 'here', '2030-01-01T00:11:00.000Z')]);
        expect((await conversations.getConversation(chat))?.activeAt).toBe('2030-01-01T00:11:00.000Z');
        await conversations.release(chat, 'rahim', 'done');
        await conversations.appendMessages([message('engineer', 'one more', '2030-01-01T00:12:00.000Z')]);
        expect((await conversations.getConversation(chat))?.activeAt).toBeNull();
      });

      it('ends a takeover as idle only when nothing happened since the given time', async () => {
        await conversations.take(chat, rahim);
        const takenAt = clock.iso();
        clock.advance(2 * 3600_000);
        expect((await conversations.listIdleTakeovers(clock.iso())).map((c) => c.chat)).toContain(chat);
        expect((await conversations.listIdleTakeovers(new Date(Date.parse(takenAt) - 1).toISOString())).map((c) => c.chat)).not.toContain(chat);
        await conversations.touch(chat, clock.iso());
        expect(await conversations.release(chat, null, 'idle', { ifIdleSince: takenAt })).toBeNull();
        expect((await conversations.getConversation(chat))?.state).toBe('taken');
        const idle = await conversations.release(chat, null, 'idle', { ifIdleSince: clock.iso() });
        expect(idle?.previous.takenBy).toBe('rahim');
        expect(idle?.conversation.state).toBe('bot');
      });
    });

    describe('hand-offs', () => {
      it('opens a hand-off H-<n> that waits, joins a second request to it, and is taken and closed with the chat', async () => {
        clock.set('2030-01-02T00:00:00.000Z');
        const first = await conversations.createHandoff({ ...handoffInput(), facts: ['vos1: 312 sockets in TIME_WAIT'], runId: 'R-4' });
        expect(first.ok && first.created).toBe(true);
        if (!first.ok) return;
        expect(first.handoff).toEqual({
          id: expect.stringMatching(/^H-[1-9][0-9]*$/),
          chat,
          customerId: 'acme',
          reason: 'one way audio on the KSA route',
          lastMessages: [{ at: '2030-01-02T00:00:00.000Z', author: 'customer', text: 'one way audio on the KSA route' }],
          facts: ['vos1: 312 sockets in TIME_WAIT'],
          runId: 'R-4',
          status: 'waiting',
          createdAt: '2030-01-02T00:00:00.000Z',
          announcedAt: '2030-01-02T00:00:00.000Z',
          announcements: 1,
          takenBy: null,
          takenVia: null,
          takenAt: null,
          closedAt: null,
          closedBy: null,
          closedNote: null,
        });
        expect(first.conversation).toMatchObject({ state: 'waiting', handoffId: first.handoff.id, customerId: 'acme' });
        expect(await conversations.getHandoff(first.handoff.id)).toEqual(first.handoff);

        const second = await conversations.createHandoff(handoffInput('hello? anyone?'));
        expect(second).toMatchObject({ ok: true, created: false, handoff: { id: first.handoff.id, reason: 'one way audio on the KSA route' } });

        clock.advance(60_000);
        const taken = await conversations.take(chat, rahim);
        expect(taken.ok && taken.handoff).toMatchObject({ id: first.handoff.id, status: 'taken', takenBy: 'rahim', takenVia: 'chat', takenAt: clock.iso() });
        expect(taken.ok && taken.conversation.handoffId).toBe(first.handoff.id);
        expect(await conversations.createHandoff(handoffInput('while taken'))).toEqual({ ok: false, conversation: expect.objectContaining({ takenBy: 'rahim' }) });

        clock.advance(60_000);
        const released = await conversations.release(chat, 'rahim', 'released by rahim');
        expect(released?.handoff).toMatchObject({ id: first.handoff.id, status: 'closed', closedAt: clock.iso(), closedBy: 'rahim', closedNote: 'released by rahim' });
        const next = await conversations.createHandoff(handoffInput('a new problem'));
        expect(next.ok && next.created && next.handoff.id).not.toBe(first.handoff.id);
      });

      it('closes a waiting hand-off nobody took when the chat is given back', async () => {
        const opened = await conversations.createHandoff(handoffInput());
        const released = await conversations.release(chat, 'nadia', 'dismissed by nadia');
        expect(released?.previous.state).toBe('waiting');
        expect(released?.handoff).toMatchObject({ id: opened.ok ? opened.handoff.id : '', status: 'closed', takenBy: null, closedBy: 'nadia' });
      });

      it('opens one hand-off when several ask at once', async () => {
        const results = await Promise.all(Array.from({ length: 6 }, () => conversations.createHandoff(handoffInput())));
        const ids = new Set(results.map((r) => (r.ok ? r.handoff.id : null)));
        expect(ids.size).toBe(1);
        expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
        expect(await conversations.listHandoffs({ chat })).toHaveLength(1);
      });

      it('lists hand-offs newest first, by status and chat; unknown and malformed ids are null', async () => {
        const a = await conversations.createHandoff(handoffInput());
        await conversations.release(chat, 'rahim', 'dismissed');
        const b = await conversations.createHandoff(handoffInput('again'));
        expect((await conversations.listHandoffs({ chat })).map((h) => h.id)).toEqual([b.ok ? b.handoff.id : '', a.ok ? a.handoff.id : '']);
        expect((await conversations.listHandoffs({ chat, oldestFirst: true })).map((h) => h.id)).toEqual([a.ok ? a.handoff.id : '', b.ok ? b.handoff.id : '']);
        expect((await conversations.listHandoffs({ chat, status: 'closed' })).map((h) => h.id)).toEqual([a.ok ? a.handoff.id : '']);
        for (const id of ['H-999999999', 'H-0', 'h-1', 'R-1', 'H-1x', 'H-99999999999']) expect(await conversations.getHandoff(id)).toBeNull();
      });

      it('hands each due re-announcement to one caller, up to the most announcements', async () => {
        clock.set('2030-01-03T00:00:00.000Z');
        const opened = await conversations.createHandoff(handoffInput());
        const id = opened.ok ? opened.handoff.id : '';
        const mine = (list: { id: string }[]) => list.filter((h) => h.id === id);
        clock.advance(14 * 60_000);
        expect(mine(await conversations.claimReannouncements(new Date(clock.now().getTime() - 15 * 60_000).toISOString(), 3))).toEqual([]);
        clock.advance(60_000);
        const cutoff = () => new Date(clock.now().getTime() - 15 * 60_000).toISOString();
        const racing = await Promise.all([conversations.claimReannouncements(cutoff(), 3), conversations.claimReannouncements(cutoff(), 3)]);
        const claimed = racing.flatMap(mine);
        expect(claimed).toHaveLength(1);
        expect(claimed[0]).toMatchObject({ announcements: 2, announcedAt: clock.iso(), status: 'waiting' });
        expect(mine(await conversations.claimReannouncements(cutoff(), 3))).toEqual([]);
        clock.advance(15 * 60_000);
        expect(mine(await conversations.claimReannouncements(cutoff(), 3))).toHaveLength(1);
        clock.advance(15 * 60_000);
        expect(mine(await conversations.claimReannouncements(cutoff(), 3))).toEqual([]);
        expect((await conversations.getHandoff(id))?.announcements).toBe(3);
      });

      it('never re-announces a hand-off someone took', async () => {
        const opened = await conversations.createHandoff(handoffInput());
        await conversations.take(chat, rahim);
        clock.advance(3600_000);
        const claimed = await conversations.claimReannouncements(clock.iso(), 10);
        expect(claimed.filter((h) => h.id === (opened.ok ? opened.handoff.id : ''))).toEqual([]);
      });
    });

    describe('purgeTranscripts', () => {
      it('deletes what is older than the cutoff: messages, closed hand-offs, conversations left with the bot', async () => {
        const old = '2029-01-01T00:00:00.000Z';
        const recent = '2029-12-01T00:00:00.000Z';
        const cutoff = '2029-06-01T00:00:00.000Z';
        const quiet = unique('+8801');
        const held = unique('+8801');
        await conversations.appendMessages([message('customer', 'old one', old), message('bot', 'old answer', old), message('customer', 'recent one', recent)]);
        await conversations.appendMessages([message('customer', 'long ago', old, { chat: quiet })]);
        await conversations.appendMessages([message('customer', 'waiting long ago', old, { chat: held })]);
        clock.set(old);
        await conversations.createHandoff({ ...handoffInput(), chat: held });
        const closed = await conversations.createHandoff(handoffInput());
        await conversations.release(chat, 'rahim', 'done');
        clock.set('2030-01-01T00:00:00.000Z');

        const counts = await conversations.purgeTranscripts(cutoff);
        expect(counts.messages).toBeGreaterThanOrEqual(4);
        expect(counts.handoffs).toBeGreaterThanOrEqual(1);
        expect(counts.conversations).toBeGreaterThanOrEqual(1);
        expect((await conversations.listMessages(chat)).map((m) => m.text)).toEqual(['recent one']);
        expect(await conversations.getHandoff(closed.ok ? closed.handoff.id : '')).toBeNull();
        expect(await conversations.getConversation(chat)).toMatchObject({ lastText: 'recent one', state: 'bot' });
        expect(await conversations.getConversation(quiet)).toBeNull();
        expect(await conversations.listMessages(quiet)).toEqual([]);
        // A chat that still waits for a person stays, without the text of its purged message.
        expect(await conversations.getConversation(held)).toMatchObject({ state: 'waiting', lastText: null, lastAuthorKind: null, lastMessageId: null, lastAt: old });
        expect((await conversations.listHandoffs({ chat: held, status: 'waiting' })).length).toBe(1);
        expect(await conversations.purgeTranscripts(cutoff)).toMatchObject({ messages: 0 });
      });
    });
  });
}
