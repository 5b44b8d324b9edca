/**
 * The console's stylesheet, inline in every page (no external assets, so the
 * page works behind any proxy and under a strict Content-Security-Policy,
 * which allows exactly this stylesheet by its hash).
 */
import { createHash } from "node:crypto";

export const STYLESHEET = `
:root { --bg:#f4f5f7; --card:#fff; --ink:#1f2430; --muted:#6b7280; --line:#e5e7eb; --accent:#4f46e5; --accent-ink:#fff;
  --low:#16a34a; --medium:#d97706; --high:#dc2626; --radius:12px; }
* { box-sizing:border-box; }
body { margin:0; font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif; background:var(--bg); color:var(--ink); }
header.top { background:#111827; color:#f9fafb; padding:10px 24px; display:flex; align-items:center; gap:12px; }
header.top .brand { font-weight:600; letter-spacing:.02em; }
header.top .crumb { color:#9ca3af; }
header.top a { color:inherit; text-decoration:none; }
main { max-width:1200px; margin:0 auto; padding:24px; }
.title { display:flex; flex-wrap:wrap; align-items:baseline; gap:12px; margin-bottom:4px; }
.title h1 { font-size:22px; margin:0; }
.subtitle { color:var(--muted); margin:0 0 20px; }
.layout { display:grid; grid-template-columns:minmax(0,1fr) 360px; gap:20px; align-items:start; }
@media (max-width: 900px) { .layout { grid-template-columns:1fr; } }
.card { background:var(--card); border:1px solid var(--line); border-radius:var(--radius); padding:16px 18px; margin-bottom:20px; box-shadow:0 1px 2px rgba(0,0,0,.04); }
.card h2 { font-size:13px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); margin:0 0 12px; }
.pill { display:inline-block; padding:2px 10px; border-radius:999px; font-size:12px; font-weight:600; background:#eef2ff; color:#3730a3; }
.pill.awaiting_human { background:#fef3c7; color:#92400e; }
.pill.human_owned { background:#dbeafe; color:#1e40af; }
.pill.resolved { background:#dcfce7; color:#166534; }
.pill.bot { background:#f3f4f6; color:#374151; }
.pill.urgency-immediate, .pill.urgency-urgent { background:#fee2e2; color:#991b1b; }
.notice { border-radius:var(--radius); padding:10px 14px; margin-bottom:20px; }
.notice.ok { background:#ecfdf5; border:1px solid #a7f3d0; color:#065f46; }
.notice.error { background:#fef2f2; border:1px solid #fecaca; color:#991b1b; }
dl.facts { display:grid; grid-template-columns:auto 1fr; gap:4px 14px; margin:0; }
dl.facts dt { color:var(--muted); }
dl.facts dd { margin:0; overflow-wrap:anywhere; }
.scores { display:grid; grid-template-columns:1fr 1fr; gap:12px; margin-bottom:12px; }
.score { border:1px solid var(--line); border-radius:10px; padding:10px 12px; }
.score .value { font-size:26px; font-weight:700; }
.score .label { color:var(--muted); font-size:12px; }
.low { color:var(--low); } .medium { color:var(--medium); } .high { color:var(--high); }
.meter { display:block; width:100%; height:6px; border-radius:3px; overflow:hidden; margin-top:6px; }
.meter .track { fill:var(--line); } .meter .fill { fill:currentColor; }
.bars { display:grid; grid-template-columns:90px 1fr 32px; gap:6px 10px; align-items:center; font-size:13px; margin-top:8px; }
.bars .meter { margin:0; }
svg.chart { width:100%; height:auto; display:block; margin:8px 0; }
svg.chart .grid { stroke:var(--line); stroke-width:1; }
svg.chart .threshold { stroke:var(--high); stroke-width:1; stroke-dasharray:4 3; opacity:.6; }
svg.chart .axis { fill:var(--muted); font-size:10px; }
svg.chart .line { fill:none; stroke:var(--accent); stroke-width:2.5; stroke-linejoin:round; }
svg.chart .thread-line { fill:none; stroke:var(--muted, #888); stroke-width:2; stroke-dasharray:5 4; }
svg.chart .point circle { stroke:#fff; stroke-width:2; }
svg.chart .point.low circle { fill:var(--low); } svg.chart .point.medium circle { fill:var(--medium); } svg.chart .point.high circle { fill:var(--high); }
ul.reasons, ol.actions { margin:0; padding-left:20px; }
ul.reasons li, ol.actions li { margin:4px 0; }
.chips { display:flex; flex-wrap:wrap; gap:6px; margin:10px 0; }
.chip { background:#fee2e2; color:#991b1b; border-radius:6px; padding:2px 8px; font-size:12px; font-weight:600; }
table.evidence { width:100%; border-collapse:collapse; font-size:13px; }
table.evidence th { text-align:left; color:var(--muted); font-weight:500; border-bottom:1px solid var(--line); padding:6px 8px 6px 0; }
table.evidence td { border-bottom:1px solid var(--line); padding:6px 8px 6px 0; vertical-align:top; }
table.evidence mark { background:#fef9c3; padding:0 2px; border-radius:3px; }
.conversation { display:flex; flex-direction:column; gap:10px; }
.turn { max-width:85%; border-radius:12px; padding:10px 14px; white-space:pre-wrap; overflow-wrap:anywhere; }
.turn .meta { display:block; font-size:11px; color:var(--muted); margin-bottom:4px; white-space:normal; }
.turn.customer { align-self:flex-start; background:#f3f4f6; }
.turn.agent { align-self:flex-end; background:#eef2ff; }
.turn.human { align-self:flex-end; background:#dbeafe; }
.turn.system { align-self:center; background:none; color:var(--muted); font-size:12px; padding:2px; }
form { margin:0; }
form + form, .form-block + .form-block { margin-top:14px; padding-top:14px; border-top:1px solid var(--line); }
label { display:block; font-weight:500; margin:8px 0 4px; }
input[type=text], textarea, select { width:100%; font:inherit; padding:8px 10px; border:1px solid #d1d5db; border-radius:8px; background:#fff; }
textarea { min-height:90px; resize:vertical; }
fieldset { border:none; padding:0; margin:8px 0 0; }
fieldset legend { font-weight:500; padding:0; margin-bottom:4px; }
fieldset label { display:inline-flex; align-items:center; gap:6px; font-weight:400; margin:0 14px 0 0; }
button { font:inherit; font-weight:600; border:none; border-radius:8px; padding:8px 14px; margin-top:10px; cursor:pointer; background:#e5e7eb; color:var(--ink); }
button.primary { background:var(--accent); color:var(--accent-ink); }
button.success { background:#16a34a; color:#fff; }
button:hover { filter:brightness(.95); }
details summary { cursor:pointer; font-weight:600; margin-top:4px; }
.muted { color:var(--muted); }
h2.spaced { margin-top:18px; }
.narrow { max-width:520px; margin:40px auto; }
table.threads { width:100%; border-collapse:collapse; }
table.threads th, table.threads td { text-align:left; padding:8px; border-bottom:1px solid var(--line); }
table.threads a { color:var(--accent); font-weight:600; text-decoration:none; }
`;

/** For the Content-Security-Policy's style-src. */
export const STYLESHEET_HASH = `sha256-${createHash("sha256").update(STYLESHEET).digest("base64")}`;
