import { createHash } from 'node:crypto';

// The stylesheet and the one script live here as strings rather than as files next to the
// code: the build bundles the program into dist/, where files beside the source would not
// be found. Both are served by routes/static.ts with a content hash in the URL.

/** The dashboard's only stylesheet. */
export const APP_CSS = `
:root { --bg:#f5f6f8; --fg:#1d2430; --muted:#6b7585; --line:#dde1e7; --card:#fff; --accent:#1f5fbf;
  --ok:#1d7a3c; --ok-bg:#e3f4e8; --warn:#8a5a00; --warn-bg:#fff3d6; --bad:#a32020; --bad-bg:#fde5e5;
  --info:#1f5fbf; --info-bg:#e2ecfb; --grey-bg:#eceef1; }
* { box-sizing: border-box; }
html { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); }
body { margin: 0; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
h1 { font-size: 1.45rem; margin: 0 0 .75rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1rem; margin: 0 0 .4rem; }
code, pre, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .9em; }
pre { background: #0f1620; color: #dfe6ef; padding: .7rem .9rem; border-radius: 6px; overflow: auto; max-height: 26rem; white-space: pre-wrap; word-break: break-word; margin: .4rem 0; }
.top { display: flex; align-items: center; gap: 1.5rem; padding: .6rem 1.5rem; background: #18212e; color: #e8edf4; }
.top .brand { color: #fff; font-weight: 700; letter-spacing: .02em; }
.top nav { display: flex; gap: 1rem; flex: 1; }
.top nav a { color: #c5cfdc; padding: .25rem .1rem; border-bottom: 2px solid transparent; }
.top nav a[aria-current=page] { color: #fff; border-bottom-color: #6ea8ff; }
.top .who { display: flex; gap: .8rem; align-items: center; color: #c5cfdc; }
.top .who form { margin: 0; }
.role { font-size: .75rem; background: #2c3a4f; color: #c5d7f2; padding: .05rem .4rem; border-radius: 4px; margin-left: .2rem; }
button.link { background: none; border: 0; color: #9cc2ff; cursor: pointer; padding: 0; font: inherit; }
.count { display: inline-block; min-width: 1.4rem; text-align: center; font-size: .78rem; background: #3a4657; color: #fff; border-radius: 9px; padding: 0 .35rem; }
.count.hot { background: #d9822b; }
main { padding: 1.25rem 1.5rem 3rem; max-width: 1400px; }
body.bare main { max-width: 380px; margin: 10vh auto; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.1rem; margin-bottom: 1rem; }
.muted { color: var(--muted); }
.notice { padding: .6rem .9rem; border-radius: 6px; margin: 0 0 1rem; }
.notice.ok { background: var(--ok-bg); color: var(--ok); }
.notice.warn { background: var(--warn-bg); color: var(--warn); }
.notice.error { background: var(--bad-bg); color: var(--bad); }
table { border-collapse: collapse; width: 100%; background: var(--card); }
th, td { text-align: left; padding: .42rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); font-weight: 600; background: #fafbfc; }
tr.changed td { background: #fffbea; }
td.symptom { max-width: 28rem; }
.table-wrap { border: 1px solid var(--line); border-radius: 8px; overflow: auto; }
.badge { display: inline-block; font-size: .78rem; padding: .08rem .5rem; border-radius: 10px; white-space: nowrap; background: var(--grey-bg); color: #3d4653; }
.status-awaiting_approval { background: var(--warn-bg); color: var(--warn); }
.status-queued, .status-running { background: var(--info-bg); color: var(--info); }
.status-succeeded, .status-diagnosed { background: var(--ok-bg); color: var(--ok); }
.status-failed { background: var(--bad-bg); color: var(--bad); }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem; align-items: flex-end; margin-bottom: 1rem; }
form.filters label { display: flex; flex-direction: column; font-size: .78rem; color: var(--muted); gap: .15rem; }
input, select, textarea { font: inherit; padding: .35rem .5rem; border: 1px solid #c4cad3; border-radius: 5px; background: #fff; color: var(--fg); }
input[type=search] { min-width: 16rem; }
button, .button { font: inherit; padding: .38rem .9rem; border-radius: 5px; border: 1px solid #b8c0cc; background: #fff; color: var(--fg); cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button.approve { background: var(--ok); border-color: var(--ok); color: #fff; }
button.danger { background: #fff; border-color: var(--bad); color: var(--bad); }
.decide { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 0; }
.decide form { display: flex; gap: .4rem; margin: 0; }
.pager { display: flex; gap: 1rem; align-items: center; margin-top: .8rem; }
.pending-list { display: grid; gap: 1rem; }
.pending-list .card { margin: 0; }
.card > :last-child { margin-bottom: 0; }
.pending-item header { margin-bottom: .4rem; line-height: 1.7; }
.pending-item header .meta { margin-left: .6rem; }
.pending-item blockquote, .message { margin: .3rem 0 .6rem; padding: .5rem .8rem; background: #f3f6fa; border-left: 3px solid #9fb6d6; white-space: pre-wrap; word-break: break-word; }
.changes { margin: .3rem 0 .7rem; padding-left: 1.2rem; }
.timeline { list-style: none; padding: 0; margin: 0; position: relative; }
.timeline > li { position: relative; padding: 0 0 0 1.6rem; margin-bottom: 1rem; }
.timeline > li::before { content: ""; position: absolute; left: .35rem; top: .2rem; bottom: -1rem; width: 2px; background: var(--line); }
.timeline > li:last-child::before { display: none; }
.timeline > li::after { content: ""; position: absolute; left: 0; top: .25rem; width: .8rem; height: .8rem; border-radius: 50%; background: #fff; border: 2px solid #8aa4c8; }
.timeline > li.ok::after { border-color: var(--ok); background: var(--ok-bg); }
.timeline > li.bad::after { border-color: var(--bad); background: var(--bad-bg); }
.timeline .card { margin: 0; }
.when { font-size: .82rem; color: var(--muted); margin-left: .5rem; font-weight: normal; }
.kv { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
.kv dt { color: var(--muted); }
.kv dd { margin: 0; }
.diff .add { color: #7ee2a0; } .diff .del { color: #ff9b9b; } .diff .hunk { color: #8fb7ff; } .diff .file { color: #e6c07b; }
.step { border-top: 1px solid var(--line); padding: .5rem 0; }
.step:first-of-type { border-top: 0; }
.step .title { display: flex; gap: .6rem; align-items: baseline; flex-wrap: wrap; }
.exit-ok { color: var(--ok); } .exit-bad { color: var(--bad); }
.chart { max-width: 640px; margin: 0; }
.chart .bar-ports { fill: #d5dbe4; } .chart .bar-timewait { fill: #2d7be0; } .chart text { font-size: 12px; fill: #33404f; }
.chart .axis { stroke: #c9d0da; }
.legend { display: flex; gap: 1rem; font-size: .82rem; color: var(--muted); }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; vertical-align: -1px; margin-right: .3rem; }
.swatch.ports { background: #d5dbe4; } .swatch.timewait { background: #2d7be0; }
.small { font-size: .8rem; }
.file-diff p { margin: .4rem 0 .2rem; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 1rem; align-items: start; }
.card > h2:first-child { margin-top: 0; }
td time { white-space: nowrap; }
pre.io .cmd { color: #9cc2ff; }
.login h1 { text-align: center; }
.login form { display: grid; gap: .7rem; }
.login label { display: grid; gap: .2rem; font-size: .85rem; color: var(--muted); }
.spark .line { fill: none; stroke: #2d7be0; stroke-width: 2; } .spark .dot { fill: #2d7be0; } .spark text { font-size: 11px; fill: #6b7585; }
[hidden] { display: none !important; }
nav.tabs { display: flex; flex-wrap: wrap; gap: 1.2rem; margin: 0 0 1rem; border-bottom: 1px solid var(--line); }
nav.tabs a { padding: .3rem .1rem; border-bottom: 2px solid transparent; color: var(--fg); }
nav.tabs a[aria-current=page] { border-bottom-color: var(--accent); font-weight: 600; }
nav.tabs .count { background: var(--grey-bg); color: #3d4653; }
nav.tabs .count.hot { background: #d9822b; color: #fff; }
.conv-bot { background: var(--grey-bg); color: #3d4653; }
.conv-waiting { background: var(--warn-bg); color: var(--warn); }
.conv-taken { background: var(--info-bg); color: var(--info); }
.waiting-list ul { margin: 0; padding-left: 1.1rem; }
.waiting-list li { margin: .25rem 0; }
table.conversations td.last { max-width: 36rem; word-break: break-word; }
.transcript { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .5rem; }
.transcript .msg { display: flex; }
.transcript .msg.out { justify-content: flex-end; }
.transcript .bubble { max-width: 70%; padding: .45rem .7rem; border-radius: 8px; background: #f3f6fa; border: 1px solid var(--line); }
.transcript .msg.out .bubble { background: #e8f3ec; }
.transcript .msg.by-engineer .bubble, .transcript .msg.by-owner .bubble { background: #e2ecfb; }
.transcript .meta { font-size: .8rem; color: var(--muted); margin-bottom: .15rem; }
.transcript .text { white-space: pre-wrap; word-break: break-word; }
.transcript .run-inline .card { margin: .2rem 8%; padding: .45rem .7rem; border-style: dashed; }
form.reply { display: grid; gap: .4rem; }
form.reply label { font-size: .85rem; color: var(--muted); }
form.reply button { justify-self: start; }
.conversation-actions { margin-top: .8rem; }
`;

/**
 * The dashboard's only script: keeps the pending count in the header current without a
 * reload. Pages work without it; the count is also correct on every page load.
 */
export const PENDING_JS = `
(function () {
  var badges = document.querySelectorAll('[data-pending-count]');
  if (!badges.length || !window.fetch) return;
  var stale = document.querySelector('[data-pending-stale]');
  var shown = stale ? Number(stale.getAttribute('data-pending-stale')) : null;
  function refresh() {
    if (document.hidden) return;
    fetch('/api/pending-count', { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (body) {
        if (!body || typeof body.count !== 'number') return;
        badges.forEach(function (b) { b.textContent = String(body.count); b.classList.toggle('hot', body.count > 0); });
        if (stale && shown !== null) stale.hidden = body.count === shown;
      })
      .catch(function () {});
  }
  setInterval(refresh, 10000);
  document.addEventListener('visibilitychange', refresh);
})();
`;

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** Where the assets are served; the hash changes with the content, so they can be cached for long. */
export const ASSET_PATHS = {
  css: `/static/app.${hash(APP_CSS)}.css`,
  js: `/static/pending.${hash(PENDING_JS)}.js`,
} as const;
