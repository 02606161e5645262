// Readout dashboard: one page over the JSON API. Plain ES module, no build step; ECharts comes from the WebJar in
// the app's jar. Every piece of data goes into the DOM as text (textContent / text nodes), never as markup.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

const ROOTS = [['01', 'Make public statement'], ['02', 'Appeal'], ['03', 'Express intent to cooperate'],
  ['04', 'Consult'], ['05', 'Engage in diplomatic cooperation'], ['06', 'Engage in material cooperation'],
  ['07', 'Provide aid'], ['08', 'Yield'], ['09', 'Investigate'], ['10', 'Demand'], ['11', 'Disapprove'],
  ['12', 'Reject'], ['13', 'Threaten'], ['14', 'Protest'], ['15', 'Exhibit force posture'],
  ['16', 'Reduce relations'], ['17', 'Coerce'], ['18', 'Assault'], ['19', 'Fight'],
  ['20', 'Use unconventional mass violence']];
const PAGE = 15;
const $ = (id) => document.getElementById(id);
const state = { offset: 0 };
const charts = {};

/** An element with attributes and children; strings become text nodes, so data is never parsed as HTML. */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function status(id, text) { $(id).textContent = text || ''; }

async function api(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined) q.set(k, v);
  const url = path + (q.toString() ? '?' + q : '');
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await r.text();
  let data;
  try { data = JSON.parse(body); } catch { data = null; }
  if (!r.ok) throw new Error((data && data.error) || (r.status + ' ' + r.statusText));
  if (data === null) throw new Error('not JSON: ' + url);
  return data;
}

function filters() {
  const f = new FormData($('filters'));
  const v = (k) => String(f.get(k) || '').trim();
  const a = v('a').toUpperCase(), b = v('b').toUpperCase();
  return { a, b, from: v('from'), to: v('to'), root: v('root'), modality: v('modality'), by: v('by') || 'month' };
}

/** The listing filters the API shares with the CLI. */
function listing(f) {
  const p = { from: f.from, to: f.to, root: f.root, modality: f.modality };
  if (f.a && f.b) p.dyad = f.a + ',' + f.b; else if (f.a || f.b) p.actor = f.a || f.b;
  return p;
}

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'svg' });
  return charts[id];
}

function rendered(id, what) { $(id).dataset.rendered = what; }

async function timeline(f) {
  const box = $('timeline');
  delete box.dataset.rendered;
  status('timeline-status');
  let a = f.a, b = f.b;
  if (!a || !b) {
    const top = await api('/api/dyads', { actor: a || b, limit: 1 });
    if (!top.items.length) { status('timeline-status', 'no dyad to show'); return; }
    a = top.items[0].a; b = top.items[0].b;
  }
  $('timeline-title').textContent = a + ' – ' + b + ', by ' + f.by;
  const s = await api('/api/dyads/' + encodeURIComponent(a) + '/' + encodeURIComponent(b) + '/series',
    { by: f.by, from: f.from, to: f.to });
  const x = s.periods.map((p) => p.start);
  chart('timeline').setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['events', 'Goldstein mean'] },
    grid: { left: 40, right: 40, bottom: 30, top: 30 },
    xAxis: { type: 'category', data: x },
    yAxis: [{ type: 'value', name: 'events' }, { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
    series: [
      { name: 'events', type: 'bar', data: s.periods.map((p) => p.events) },
      { name: 'Goldstein mean', type: 'line', yAxisIndex: 1, data: s.periods.map((p) => +p.goldsteinMean.toFixed(2)) },
    ],
  }, true);
  if (!s.periods.length) status('timeline-status', 'no events between ' + a + ' and ' + b + ' in this window');
  rendered('timeline', s.periods.length + ' periods');
}

async function network(f) {
  status('network-status');
  const p = listing(f);
  delete p.dyad;
  p.actor = f.a && f.b ? '' : (f.a || f.b);
  p.limit = 15;
  const d = await api('/api/dyads', p);
  const nodes = new Map();
  for (const r of d.items) for (const c of [r.a, r.b]) nodes.set(c, (nodes.get(c) || 0) + r.events);
  const max = Math.max(1, ...d.items.map((r) => r.events));
  const c = chart('network');
  c.setOption({
    animation: false,
    tooltip: {},
    series: [{
      type: 'graph', layout: 'circular', roam: true, label: { show: true },
      data: [...nodes].map(([name, n]) => ({ name, value: n, symbolSize: 14 + 30 * Math.sqrt(n / (2 * max)) })),
      links: d.items.map((r) => ({
        source: r.a, target: r.b, value: r.events,
        lineStyle: { width: 1 + 8 * r.events / max, color: r.goldsteinMean >= 0 ? '#4a90d9' : '#d9534f', opacity: 0.7 },
        tooltip: { formatter: r.a + ' – ' + r.b + ': ' + r.events + ' events, Goldstein mean ' + r.goldsteinMean.toFixed(2) },
      })),
    }],
  }, true);
  c.off('click');
  c.on('click', (e) => {
    if (e.dataType !== 'edge') return;
    const form = $('filters');
    form.elements.a.value = e.data.source; form.elements.b.value = e.data.target;
    state.offset = 0; refresh();
  });
  if (!d.items.length) status('network-status', 'no dyads in this selection');
  rendered('network', d.items.length + ' dyads');
}

/** The evidence sentence with the trigger and the actors' words marked, as text nodes and <mark> elements. */
function highlighted(text, marks) {
  const hits = [];
  for (const [word, cls] of marks) {
    if (!word) continue;
    const i = text.indexOf(word);
    if (i >= 0) hits.push([i, i + word.length, cls]);
  }
  hits.sort((x, y) => x[0] - y[0]);
  const out = [];
  let at = 0;
  for (const [s, e, cls] of hits) {
    if (s < at) continue;
    out.push(text.slice(at, s), el('mark', { class: cls }, text.slice(s, e)));
    at = e;
  }
  out.push(text.slice(at));
  return out;
}

async function expand(tr, row) {
  const next = tr.nextElementSibling;
  if (next && next.classList.contains('detail')) { next.remove(); tr.classList.remove('open'); return; }
  tr.classList.add('open');
  const cell = el('td', { colspan: 8 }, 'loading…');
  tr.after(el('tr', { class: 'detail', 'data-event-id': row.id }, cell));
  try {
    const art = await api('/api/articles/' + encodeURIComponent(row.articleId));
    const span = art.events.find((s) => s.eventId === row.id);
    const a = art.article;
    cell.replaceChildren(
      el('p', { class: 'evidence' }, span ? highlighted(span.evidence, [[span.trigger, 'trigger'],
        [span.sourceText, 'actor'], [span.targetText, 'actor']]) : row.evidence),
      el('p', {}, 'Modality: ', el('b', {}, row.modality), ' · said by: ', el('b', {}, (span && span.speaker) || row.speaker || 'the outlet'),
        ' · trigger: ', el('b', {}, (span && span.trigger) || '—'), ' · pattern: ', row.pattern || '—'),
      el('p', {}, 'Article: ', a.url ? el('a', { href: safeUrl(a.url), target: '_blank', rel: 'noopener' }, a.title || a.id) : (a.title || a.id),
        ' (', a.outlet || 'unknown outlet', ', ', a.published || row.date, ')'));
  } catch (e) {
    cell.textContent = 'could not load the article: ' + e.message;
  }
}

function safeUrl(u) { return /^https?:\/\//i.test(u) ? u : '#'; }

async function events(f) {
  status('events-status');
  const d = await api('/api/events', { ...listing(f), limit: PAGE, offset: state.offset });
  const body = $('events-body');
  body.replaceChildren(...d.items.map((r) => {
    const tr = el('tr', { class: 'event', 'data-event-id': r.id, title: 'show the evidence' },
      el('td', {}, r.date), el('td', {}, r.source), el('td', {}, r.cameo), el('td', {}, r.target || '—'),
      el('td', {}, r.plover || ''), el('td', {}, r.modality), el('td', {}, r.goldstein.toFixed(1)), el('td', {}, r.outlet || ''));
    tr.addEventListener('click', () => expand(tr, r));
    return tr;
  }));
  $('events').dataset.rows = String(d.count);
  $('events-range').textContent = d.count ? (state.offset + 1) + '–' + (state.offset + d.count) : 'none';
  $('prev').disabled = state.offset === 0;
  $('next').disabled = d.count < PAGE;
  if (!d.count) status('events-status', 'no events match these filters');
}

async function clusters(f) {
  status('clusters-status');
  const d = await api('/api/clusters', { ...listing(f), limit: 10 });
  $('clusters-body').replaceChildren(...d.items.map((c) => el('tr', {},
    el('td', {}, c.first), el('td', {}, c.source), el('td', {}, c.cameo), el('td', {}, c.target || '—'),
    el('td', {}, c.outlets), el('td', {}, c.stories), el('td', {}, c.mentions),
    el('td', {}, c.best.evidence, el('span', { class: 'sub' }, ' — ' + c.best.outlet)))));
  if (!d.items.length) status('clusters-status', 'no clusters in this selection');
}

function side(box, s, interaction) {
  const topics = Object.entries(s.topics || {}).sort((x, y) => y[1] - x[1]);
  box.dataset.side = s.side;
  box.replaceChildren(
    el('h3', {}, s.side + "'s account"),
    el('p', { class: 'sub' }, s.statements + ' statements in ' + s.reports + ' reports'),
    topics.length ? el('ul', { class: 'topics' }, topics.map(([t, n]) => el('li', { class: 'topic', 'data-topic': t }, t + ' (' + n + ')')))
      : el('p', {}, 'raised no topic'));
}

async function readouts(f) {
  status('readouts-status');
  $('readout-a').replaceChildren(); $('readout-b').replaceChildren(); $('omissions').replaceChildren();
  if (!f.a || !f.b) { status('readouts-status', 'choose actors A and B to compare their readouts'); return; }
  let r;
  try {
    r = await api('/api/readouts', { between: f.a + ',' + f.b });
  } catch (e) { status('readouts-status', e.message); return; }
  const i = r.interaction;
  $('readouts-title').textContent = i.source + ' ' + i.cameo + ' ' + (i.target || '') + ', ' + i.first + ' (' + i.outlets + ' outlets)';
  side($('readout-a'), r.a, i);
  side($('readout-b'), r.b, i);
  const quote = (q) => el('p', { class: 'quote' }, '“' + q.evidence + '” — ' + (q.outlet || q.articleId));
  $('omissions').replaceChildren(...r.omissions.map((o) => el('div', { class: 'omission' },
    el('p', {}, el('b', {}, o.omittedBy + ' left out ' + o.topic), ' (raised by ' + o.raisedBy + ', ' + o.kind + ')'),
    o.explicit.map(quote), o.raised.map(quote))));
  $('readouts').dataset.rendered = 'yes';
}

async function lean() {
  status('lean-status');
  const f = new FormData($('lean-form'));
  const v = (k) => String(f.get(k) || '').trim().toUpperCase();
  const filt = filters();
  try {
    const r = await api('/api/lean', { x: v('x'), between: v('la') + ',' + v('lb'), from: filt.from, to: filt.to });
    const l = r.lean;
    const n = (x) => (Number.isFinite(x) ? x.toFixed(2) : '—');
    $('lean-summary').textContent = l.x + ' between ' + l.a + ' and ' + l.b + ': ' + n(l.difference) + ' [' + n(l.low) + ', ' + n(l.high)
      + '] (95% interval, ' + r.resamples + ' resamples) — ' + l.verdict + '; ' + l.eventsA + ' / ' + l.eventsB + ' events';
    const m = r.months.filter((x) => Number.isFinite(x.lean.low) && Number.isFinite(x.lean.high));
    chart('lean').setOption({
      animation: false, tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 20, bottom: 30, top: 20 },
      xAxis: { type: 'category', data: m.map((x) => x.month) }, yAxis: { type: 'value' },
      series: [
        { name: 'low', type: 'line', stack: 'band', data: m.map((x) => x.lean.low), lineStyle: { opacity: 0 }, symbol: 'none' },
        { name: 'interval', type: 'line', stack: 'band', data: m.map((x) => x.lean.high - x.lean.low), lineStyle: { opacity: 0 },
          areaStyle: { color: '#cfe0f5' }, symbol: 'none' },
        { name: 'lean', type: 'line', data: m.map((x) => x.lean.difference) },
      ],
    }, true);
    rendered('lean', m.length + ' months');
  } catch (e) { status('lean-status', e.message); }
}

function brief(f) {
  const actors = [f.a, f.b].filter(Boolean).join(',') || 'KOR,CHN';
  const q = (fmt) => '/api/brief?' + new URLSearchParams({ actors, format: fmt, ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) });
  $('brief').src = q('html');
  $('brief-md').href = q('md'); $('brief-md').setAttribute('download', 'brief-' + actors.replace(',', '-') + '.md');
  $('brief-html').href = q('html'); $('brief-html').setAttribute('download', 'brief-' + actors.replace(',', '-') + '.html');
}

async function guard(name, job) {
  try { await job(); } catch (e) { status(name + '-status', e.message); }
}

async function refresh() {
  const f = filters();
  const q = new URLSearchParams(Object.entries(f).filter(([, v]) => v));
  history.replaceState(null, '', '?' + q);
  brief(f);
  await Promise.all([guard('timeline', () => timeline(f)), guard('network', () => network(f)), guard('events', () => events(f)),
    guard('clusters', () => clusters(f)), guard('readouts', () => readouts(f)), lean()]);
  document.body.dataset.ready = 'yes';
}

function init() {
  const sel = $('filters').elements.root;
  for (const [code, name] of ROOTS) sel.append(el('option', { value: code }, code + ' ' + name));
  const given = new URLSearchParams(location.search);
  for (const k of ['a', 'b', 'from', 'to', 'root', 'modality', 'by']) if (given.has(k)) $('filters').elements[k].value = given.get(k);
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); state.offset = 0; refresh(); });
  $('lean-form').addEventListener('submit', (e) => { e.preventDefault(); lean(); });
  $('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); guard('events', () => events(filters())); });
  $('next').addEventListener('click', () => { state.offset += PAGE; guard('events', () => events(filters())); });
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  refresh();
}

init();
