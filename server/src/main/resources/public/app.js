// Stargate dashboard: plain JavaScript, no libraries, no network beyond this server.
// Views are chosen by the URL hash; live run changes arrive as server-sent events.
'use strict';

const view = document.getElementById('view');
const runs = new Map(); // live run states by id, from /api/runs and the event stream
let current = null;     // the rendered view: {name, id, refresh(run)}
let csrf = null;        // the session's CSRF token, sent with every change
let events = null;      // the live event stream, once logged in

// ---- helpers ----------------------------------------------------------------------------------

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

async function api(path, options = {}) {
  const method = (options.method || 'GET').toUpperCase();
  if (csrf && method !== 'GET') options = {...options, headers: {...(options.headers || {}), 'X-CSRF-Token': csrf}};
  const res = await fetch(path, {...options, credentials: 'same-origin'});
  const type = res.headers.get('Content-Type') || '';
  const body = res.status === 204 ? null : type.includes('json') ? await res.json() : await res.text();
  if (res.status === 401 && path !== '/api/session') {
    login();
    const err = new Error('Log in to continue.');
    err.loggedOut = true; // the login form is shown; nothing else to report
    throw err;
  }
  if (!res.ok) {
    const err = new Error(body && body.error ? body.error : res.status + ' ' + res.statusText);
    err.status = res.status;
    err.body = body;
    throw err;
  }
  return {body, headers: res.headers, status: res.status};
}

function num(v, digits = 0) {
  if (v === null || v === undefined) return '—';
  return Number(v).toLocaleString('en-US', {maximumFractionDigits: digits, minimumFractionDigits: digits});
}

function pct(v, digits = 1) {
  return v === null || v === undefined ? '—' : (100 * v).toFixed(digits) + ' %';
}

function when(iso) {
  return iso ? new Date(iso).toISOString().replace('T', ' ').slice(0, 19) + ' UTC' : '—';
}

function secs(s) {
  if (s === null || s === undefined) return '—';
  return s < 120 ? s.toFixed(1) + ' s' : (s / 60).toFixed(1) + ' min';
}

function bar(percent, big) {
  return `<span class="bar${big ? ' big' : ''}" role="progressbar" aria-valuenow="${percent}" aria-valuemin="0" aria-valuemax="100">` +
    `<span style="width:${Math.max(0, Math.min(100, percent))}%"></span></span>`;
}

function statusPill(s) {
  return `<span class="status ${esc(s)}">${esc(s)}</span>`;
}

function showError(e) {
  view.insertAdjacentHTML('afterbegin', `<p class="error" role="alert">${esc(e.message)}</p>`);
}

const inFlight = s => s === 'queued' || s === 'running';

// ---- live events ------------------------------------------------------------------------------

function connectEvents() {
  if (events) return;
  const live = document.getElementById('live');
  const source = events = new EventSource('/api/runs/events');
  source.onopen = () => { live.textContent = '● live'; live.classList.add('on'); };
  source.onerror = () => { live.textContent = '○ reconnecting'; live.classList.remove('on'); };
  source.addEventListener('run', ev => {
    const run = JSON.parse(ev.data);
    runs.set(run.id, run);
    if (current && current.refresh) current.refresh(run);
  });
}

// ---- router -----------------------------------------------------------------------------------

const routes = [
  [/^#?\/?$/, overview],
  [/^#\/scenarios$/, scenarioList],
  [/^#\/scenarios\/new$/, () => editor(null)],
  [/^#\/scenarios\/(\d+)$/, m => editor(Number(m[1]))],
  [/^#\/runs$/, runList],
  [/^#\/runs\/(\d+)$/, m => runPage(Number(m[1]))],
  [/^#\/runs\/(\d+)\/plan$/, m => planPage(Number(m[1]))],
  [/^#\/compare(?:\?(.*))?$/, m => comparePage(new URLSearchParams(m[1] || ''))],
];

async function route() {
  const hash = location.hash || '#/';
  current = null;
  for (const [re, fn] of routes) {
    const m = hash.match(re);
    if (m) {
      const section = hash.split('/')[1] || 'overview';
      document.querySelectorAll('[data-nav]').forEach(a => a.classList.toggle('active', a.dataset.nav === (section.split('?')[0] || 'overview')));
      view.innerHTML = '<p class="muted">Loading…</p>';
      try {
        await fn(m);
      } catch (e) {
        view.innerHTML = '';
        showError(e);
      }
      return;
    }
  }
  view.innerHTML = `<p class="error">No page ${esc(hash)}.</p>`;
}

// ---- overview ---------------------------------------------------------------------------------

async function overview() {
  const [scen, list, health] = await Promise.all([api('/api/scenarios?limit=5'), api('/api/runs?limit=8'), api('/health')]);
  list.body.items.forEach(r => runs.set(r.id, r));
  const h = health.body;
  const latest = scen.body.items[0];
  view.innerHTML = `
    <h1>Overview</h1>
    <div class="cards">
      <div class="card"><div class="v">${scen.body.total}</div><div class="k">scenarios</div></div>
      <div class="card"><div class="v" id="ov-running">${h.runs.running}</div><div class="k">runs executing (${h.runs.workers} workers)</div></div>
      <div class="card"><div class="v" id="ov-queued">${h.runs.queued}</div><div class="k">runs waiting (at most ${h.runs.queueCapacity})</div></div>
      <div class="card"><div class="v">${esc(h.database.kind)}</div><div class="k">database, ${h.database.up ? 'up' : 'down'}</div></div>
    </div>
    ${latest ? `<h2>Fleet of ${esc(latest.name)}</h2><div class="map"><img alt="Fleet map of ${esc(latest.name)}" src="/api/scenarios/${latest.id}/map.svg"></div>`
             : `<p>No scenarios yet. <a href="#/scenarios/new">Create one</a>.</p>`}
    <h2>Recent runs</h2>
    <div id="recent"></div>`;
  const draw = () => { document.getElementById('recent').innerHTML = runTable([...runs.values()].sort((a, b) => b.id - a.id).slice(0, 8)); };
  draw();
  current = {name: 'overview', refresh: draw};
}

// ---- scenarios --------------------------------------------------------------------------------

async function scenarioList() {
  const {body} = await api('/api/scenarios?limit=500');
  view.innerHTML = `
    <div class="row"><h1>Scenarios</h1><a class="button primary" href="#/scenarios/new" id="new-scenario">New scenario</a></div>
    ${body.items.length === 0 ? '<p class="muted">None yet.</p>' : `
    <table><thead><tr><th>id</th><th>name</th><th class="n">version</th><th>format</th><th>updated</th></tr></thead><tbody>
    ${body.items.map(s => `<tr><td>${s.id}</td><td><a href="#/scenarios/${s.id}">${esc(s.name)}</a></td><td class="n">${s.version}</td>
      <td>${esc(s.format)}</td><td>${when(s.updatedAt)}</td></tr>`).join('')}
    </tbody></table>`}`;
}

const TEMPLATE = `name: My fleet
description: One campus, one training run, one service.
horizon: {start: 2028-01-01, end: 2028-04-01}
sites:
  - name: texas
    country: US
    region: ercot
    latitudeDeg: 32.5
    longitudeDeg: -99.8
    cooling: liquid_dtc
    grid: {interconnectMw: 300, availableDate: 2025-01-01}
    phases:
      - {name: hall 1, onlineDate: 2025-06-01, accelerator: nvidia_gb200, acceleratorCount: 60000}
training:
  jobs:
    - {name: run-1, acceleratorCount: 40000, durationH: 500, earliestStart: 2028-01-05}
`;

async function editor(id) {
  let scenario = null;
  if (id !== null) scenario = (await api('/api/scenarios/' + id)).body;
  view.innerHTML = `
    <div class="row"><h1>${scenario ? esc(scenario.name) + ` <small class="muted">v${scenario.version}</small>` : 'New scenario'}</h1></div>
    <div class="row">
      <button class="primary" id="save">Save</button>
      <button id="simulate" ${scenario ? '' : 'disabled'}>Simulate</button>
      <button id="plan" ${scenario && scenario.planning ? '' : 'disabled'} title="Needs a planning: section">Plan</button>
      ${scenario ? '<button id="delete">Delete</button>' : ''}
      <span id="validity" class="muted"></span>
    </div>
    <div class="editor"><div class="gutter" id="gutter"></div><textarea class="source" id="source" spellcheck="false" aria-label="Scenario YAML"></textarea></div>
    <ul class="problems" id="problems"></ul>
    ${scenario ? `<h2>Fleet</h2><div class="map"><img alt="Fleet map" src="/api/scenarios/${scenario.id}/map.svg?v=${scenario.version}"></div>` : ''}`;
  const source = document.getElementById('source');
  const gutter = document.getElementById('gutter');
  source.value = scenario ? scenario.source : TEMPLATE;
  let badLines = new Set();
  const drawGutter = () => {
    const n = source.value.split('\n').length;
    let html = '';
    for (let i = 1; i <= n; i++) html += badLines.has(i) ? `<span class="bad">${i}</span>\n` : i + '\n';
    gutter.innerHTML = html;
    gutter.scrollTop = source.scrollTop;
  };
  source.addEventListener('scroll', () => { gutter.scrollTop = source.scrollTop; });
  const showProblems = (errors, warnings) => {
    badLines = new Set(errors.filter(p => p.line).map(p => p.line));
    drawGutter();
    const items = [...errors, ...warnings];
    document.getElementById('problems').innerHTML = items.map((p, i) =>
      `<li class="${p.severity}" data-i="${i}">${esc(p.line ? 'line ' + p.line + ':' + p.column + ' ' : '')}${esc(p.severity)}: ${esc(p.path ? p.path + ': ' : '')}${esc(p.message)}</li>`).join('');
    document.querySelectorAll('#problems li').forEach(li => li.addEventListener('click', () => goToLine(items[li.dataset.i].line)));
    const v = document.getElementById('validity');
    v.className = errors.length ? 'error' : 'ok';
    v.textContent = errors.length ? `${errors.length} error${errors.length > 1 ? 's' : ''}` : `valid${warnings.length ? ', ' + warnings.length + ' warnings' : ''}`;
  };
  const goToLine = line => {
    if (!line) return;
    const lines = source.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((a, l) => a + l.length + 1, 0);
    source.focus();
    source.setSelectionRange(start, start + (lines[line - 1] || '').length);
  };
  let timer = null;
  const validate = async () => {
    const {body} = await api('/api/validate', {method: 'POST', headers: {'Content-Type': 'application/yaml'}, body: source.value});
    showProblems(body.errors, body.warnings);
    return body.valid;
  };
  source.addEventListener('input', () => { drawGutter(); clearTimeout(timer); timer = setTimeout(validate, 500); });
  drawGutter();
  validate();
  document.getElementById('save').addEventListener('click', async () => {
    try {
      const opts = {headers: {'Content-Type': 'application/yaml'}, body: source.value};
      const res = scenario
        ? await api('/api/scenarios/' + scenario.id, {...opts, method: 'PUT', headers: {...opts.headers, 'If-Match': '"' + scenario.version + '"'}})
        : await api('/api/scenarios', {...opts, method: 'POST'});
      location.hash = '#/scenarios/' + res.body.id;
      if (scenario) route();
    } catch (e) {
      if (e.body && e.body.problems) showProblems(e.body.problems.filter(p => p.severity === 'error'), e.body.problems.filter(p => p.severity !== 'error'));
      showError(e);
    }
  });
  const start = kind => async () => {
    try {
      const {body} = await api('/api/runs', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({scenarioId: scenario.id, kind})});
      runs.set(body.id, body);
      location.hash = '#/runs/' + body.id;
    } catch (e) { showError(e); }
  };
  if (scenario) {
    document.getElementById('simulate').addEventListener('click', start('simulate'));
    document.getElementById('plan').addEventListener('click', start('plan'));
    document.getElementById('delete').addEventListener('click', async () => {
      if (!confirm('Delete scenario ' + scenario.name + '? Its runs stay.')) return;
      await api('/api/scenarios/' + scenario.id, {method: 'DELETE'});
      location.hash = '#/scenarios';
    });
  }
}

// ---- runs -------------------------------------------------------------------------------------

function runTable(list) {
  if (list.length === 0) return '<p class="muted">No runs yet.</p>';
  return `<table class="runs"><thead><tr><th>run</th><th>scenario</th><th>kind</th><th>status</th><th>progress</th><th>stage</th>
    <th>started</th><th class="n">time</th><th></th></tr></thead><tbody>
    ${list.map(r => `<tr data-run="${r.id}"><td><a href="#/runs/${r.id}">${r.id}</a></td><td>${esc(r.scenarioName)} <span class="muted">v${r.scenarioVersion}</span></td>
      <td>${esc(r.kind)}</td><td>${statusPill(r.status)}</td><td>${bar(r.progressPercent)} ${r.progressPercent.toFixed(0)} %</td>
      <td class="muted">${esc(r.error || r.stage || '')}</td><td>${when(r.startedAt)}</td><td class="n">${secs(r.runSeconds)}</td>
      <td>${inFlight(r.status) ? `<button data-cancel="${r.id}">Cancel</button>` : ''}</td></tr>`).join('')}
    </tbody></table>`;
}

function wireCancel() {
  document.querySelectorAll('[data-cancel]').forEach(b => b.addEventListener('click', async () => {
    b.disabled = true;
    try { await api('/api/runs/' + b.dataset.cancel, {method: 'DELETE'}); } catch (e) { showError(e); }
  }));
}

async function runList() {
  const {body} = await api('/api/runs?limit=200');
  body.items.forEach(r => runs.set(r.id, r));
  view.innerHTML = '<h1>Runs</h1><div id="run-table"></div>';
  const draw = () => {
    document.getElementById('run-table').innerHTML = runTable([...runs.values()].sort((a, b) => b.id - a.id));
    wireCancel();
  };
  draw();
  current = {name: 'runs', refresh: draw};
}

const FIGURES = [
  ['Accelerators', s => num(s.fleet.accelerators)], ['IT capacity', s => num(s.fleet.itCapacityMw) + ' MW'],
  ['Peak facility power', s => num(s.power.peakFacilityMw) + ' MW'], ['Mean PUE', s => num(s.power.meanPue, 3)],
  ['Carbon', s => num(s.energy.carbonTonnes / 1000) + ' kt CO2'], ['Carbon-free energy', s => pct(s.energy.carbonFreeShare)],
  ['Training goodput', s => pct(s.training.goodput)], ['Jobs completed', s => s.training.completed + ' of ' + s.training.jobs],
  ['Inference SLO attainment', s => pct(s.inference.sloAttainment, 2)], ['Total cost', s => '$' + num(s.cost.totalUsd / 1e9, 2) + ' B'],
  ['Cost per accelerator-hour', s => '$' + num(s.cost.usdPerAcceleratorHour, 2)],
];

async function runPage(id) {
  const run = (await api('/api/runs/' + id)).body;
  runs.set(id, run);
  const header = r => `
    <div class="row"><h1>Run ${r.id}: ${esc(r.kind)} of ${esc(r.scenarioName)} <small class="muted">v${r.scenarioVersion}</small></h1></div>
    <div class="row">${statusPill(r.status)} <span id="pct">${r.progressPercent.toFixed(1)} %</span>
      ${r.scenarioId ? `<a href="#/scenarios/${r.scenarioId}">scenario</a>` : ''}
      ${r.kind === 'plan' && r.status === 'succeeded' ? `<a class="button" href="#/runs/${r.id}/plan">Plan and buildout</a>` : ''}
      ${inFlight(r.status) ? `<button data-cancel="${r.id}">Cancel</button>` : ''}</div>
    ${bar(r.progressPercent, true)}
    <p class="muted">${esc(r.error || r.stage || '')} · queued ${secs(r.queuedSeconds)}, ran ${secs(r.runSeconds)}${r.seed !== undefined ? ', seed ' + r.seed : ''}</p>`;
  view.innerHTML = `<div id="run-head">${header(run)}</div><div id="results"></div>`;
  wireCancel();
  let shown = false;
  const results = async r => {
    if (shown || r.status !== 'succeeded') return;
    shown = true;
    const [summary, files] = await Promise.all([api(`/api/runs/${id}/summary`), api(`/api/runs/${id}/files`)]);
    const s = summary.body;
    document.getElementById('results').innerHTML = `
      <div class="cards" id="figures">${FIGURES.map(([k, f]) => `<div class="card"><div class="v">${esc(f(s))}</div><div class="k">${esc(k)}</div></div>`).join('')}</div>
      <p>Files: ${files.body.items.map(f => `<a href="${esc(f.href)}">${esc(f.name)}</a>`).join(' · ')}</p>
      <h2>Report</h2>
      <iframe class="report" title="Run report" src="/api/runs/${id}/report" sandbox></iframe>`;
  };
  results(run);
  current = {name: 'run', refresh: r => {
    if (r.id !== id) return;
    document.getElementById('run-head').innerHTML = header(r);
    wireCancel();
    results(r);
  }};
}

async function planPage(id) {
  const [run, plan] = await Promise.all([api('/api/runs/' + id), api(`/api/runs/${id}/plan`)]);
  const p = plan.body.plan;
  const years = [...new Set(p.sites.map(s => s.year))].sort();
  const sites = [...new Set(p.sites.map(s => s.site))];
  const it = new Map(p.sites.map(s => [s.site + '|' + s.year, s]));
  const max = Math.max(1, ...p.sites.map(s => s.itMw));
  const cw = 90, rh = 24, lw = 170;
  const w = lw + cw * years.length + 10, h = rh * (sites.length + 1) + 10;
  let svg = `<svg class="timeline" role="img" aria-label="Buildout timeline" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" style="max-width:100%;height:auto">`;
  years.forEach((y, j) => { svg += `<text x="${lw + cw * j + cw / 2}" y="16" text-anchor="middle">${y}</text>`; });
  sites.forEach((s, i) => {
    const yTop = rh * (i + 1);
    svg += `<text x="${lw - 8}" y="${yTop + 16}" text-anchor="end">${esc(s)}</text>`;
    years.forEach((y, j) => {
      const c = it.get(s + '|' + y);
      if (!c || c.itMw <= 0) return;
      const a = 0.15 + 0.85 * c.itMw / max;
      svg += `<rect x="${lw + cw * j + 2}" y="${yTop + 2}" width="${cw - 4}" height="${rh - 4}" rx="3" fill="rgba(9,105,218,${a.toFixed(3)})">` +
        `<title>${esc(s)} ${y}: ${num(c.itMw)} MW IT${c.blocksAdded ? ', +' + c.blocksAdded + ' blocks' : ''}${c.accelerator ? ', ' + esc(c.accelerator) : ''}</title></rect>` +
        `<text x="${lw + cw * j + cw / 2}" y="${yTop + 16}" text-anchor="middle" fill="${a > 0.55 ? '#fff' : '#1b1f24'}">${num(c.itMw)}</text>`;
    });
  });
  svg += '</svg>';
  view.innerHTML = `
    <h1>Plan: ${esc(p.scenario)} <small class="muted">run ${id}</small></h1>
    <div class="cards">
      <div class="card"><div class="v">${esc(p.status)}</div><div class="k">solve status, gap ${(100 * p.gap).toFixed(3)} %</div></div>
      <div class="card"><div class="v">$${num(p.objectiveUsd / 1e9, 2)} B</div><div class="k">net present cost</div></div>
      <div class="card"><div class="v">${pct(p.carbonFreeShare)}</div><div class="k">carbon-free energy</div></div>
      <div class="card"><div class="v">${num(p.solveSeconds, 1)} s</div><div class="k">solve time, ${p.iterations} iterations</div></div>
    </div>
    <h2>Buildout timeline (IT MW online by site and year)</h2>
    ${svg}
    <h2>Milestones</h2>
    <table><thead><tr><th>date</th><th>site</th><th>milestone</th></tr></thead><tbody>
    ${p.milestones.map(m => `<tr><td>${esc(m.date)}</td><td>${esc(m.site)}</td><td>${esc(m.what)}</td></tr>`).join('')}</tbody></table>
    ${p.bindingConstraints.length ? `<h2>Binding constraints</h2><ul>${p.bindingConstraints.map(b => `<li>${esc(b)}</li>`).join('')}</ul>` : ''}
    <p><a href="#/runs/${id}">Run ${id}: the planned fleet's last year, simulated (${esc(run.body.status)})</a></p>`;
}

// ---- comparison -------------------------------------------------------------------------------

async function comparePage(params) {
  const {body} = await api('/api/runs?status=succeeded&limit=500');
  const options = sel => body.items.map(r => `<option value="${r.id}" ${String(r.id) === sel ? 'selected' : ''}>${r.id}: ${esc(r.kind)} of ${esc(r.scenarioName)} v${r.scenarioVersion}</option>`).join('');
  const a = params.get('a') || (body.items[1] ? String(body.items[1].id) : '');
  const b = params.get('b') || (body.items[0] ? String(body.items[0].id) : '');
  view.innerHTML = `
    <h1>Compare runs</h1>
    ${body.items.length < 2 ? '<p class="muted">Two succeeded runs are needed.</p>' : `
    <div class="row"><label>A <select id="a">${options(a)}</select></label><label>B <select id="b">${options(b)}</select></label>
    <button class="primary" id="go">Compare</button></div><div id="cmp"></div>`}`;
  if (body.items.length < 2) return;
  document.getElementById('go').addEventListener('click', () => {
    location.hash = `#/compare?a=${document.getElementById('a').value}&b=${document.getElementById('b').value}`;
  });
  const cmp = (await api(`/api/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`)).body;
  const fmt = (v, unit) => v === undefined || v === null ? '—' : unit === '' && Math.abs(v) <= 1 && v % 1 !== 0 ? num(v, 4) : num(v, Math.abs(v) < 10 ? 2 : 0);
  document.getElementById('cmp').innerHTML = `
    <table id="comparison"><thead><tr><th>figure</th><th>unit</th><th class="n">A: run ${cmp.a.id}</th><th class="n">B: run ${cmp.b.id}</th><th class="n">B − A</th><th class="n">change</th></tr></thead><tbody>
    ${cmp.figures.map(f => `<tr><td>${esc(f.label)}</td><td>${esc(f.unit)}</td><td class="n">${fmt(f.a, f.unit)}</td><td class="n">${fmt(f.b, f.unit)}</td>
      <td class="n">${fmt(f.difference, f.unit)}</td><td class="n ${f.relative > 0 ? 'up' : f.relative < 0 ? 'down' : ''}">${f.relative === undefined ? '—' : (100 * f.relative).toFixed(1) + ' %'}</td></tr>`).join('')}
    </tbody></table>`;
}

// ---- session ----------------------------------------------------------------------------------

// a request that found the session over has already shown the login form
window.addEventListener('unhandledrejection', ev => { if (ev.reason && ev.reason.loggedOut) ev.preventDefault(); });

function showSession(s) {
  csrf = s.csrfToken || null;
  document.getElementById('who').textContent = s.authRequired ? `${s.workspace} · ${s.role}` : '';
  document.getElementById('logout').hidden = !s.authRequired;
}

function login(message) {
  current = null;
  if (events) { events.close(); events = null; }
  csrf = null;
  document.getElementById('who').textContent = '';
  document.getElementById('logout').hidden = true;
  view.innerHTML = `
    <form class="login" id="login">
      <h1>Log in</h1>
      <p class="muted">This server needs an API token (<code>stargate token create --workspace W --role R</code>).</p>
      <label for="token">Token</label>
      <input id="token" type="password" autocomplete="off" required>
      <button class="primary" type="submit">Log in</button>
      <p class="error" id="login-error">${esc(message || '')}</p>
    </form>`;
  document.getElementById('login').addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      const {body} = await api('/api/session', {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({token: document.getElementById('token').value})});
      showSession(body);
      connectEvents();
      route();
    } catch (e) {
      document.getElementById('login-error').textContent = e.message;
    }
  });
}

async function start() {
  document.getElementById('logout').addEventListener('click', async () => {
    try { await api('/api/session', {method: 'DELETE'}); } finally { login(); }
  });
  window.addEventListener('hashchange', route);
  try {
    const {body} = await api('/api/session');
    showSession(body);
  } catch (e) {
    login(e.status === 401 ? '' : e.message);
    return;
  }
  connectEvents();
  route();
}

start();
