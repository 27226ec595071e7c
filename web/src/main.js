// rightstrack's web app: hash routes over the REST API. Nothing from the server is ever parsed as
// HTML (dom.js); the session cookie is HttpOnly and changes carry the CSRF token (api.js).
import './style.css';
import { api, ApiError } from './api.js';
import { barChart } from './charts.js';
import { append, el, marked } from './dom.js';
import { lang, t, toggleLang } from './i18n.js';

const app = document.getElementById('app');
let me = null;

function show(...nodes) {
  app.replaceChildren(...nodes.flat());
}

function failure(e) {
  if (e instanceof ApiError && e.status === 401) { location.hash = '#/login'; return el('p'); }
  return el('p', { class: 'error', role: 'alert' }, String(e.message || e));
}

function header() {
  const top = document.getElementById('top');
  // Anonymous visitors of a public server see the published documents and search only.
  const nav = me ? [['#/', t('dashboard')], ['#/search', t('search')], ['#/documents', t('documents')],
    ['#/commitments', t('commitments')], ['#/reports', t('reports')]]
    : [['#/search', t('search')], ['#/documents', t('documents')], ['#/login', t('login')]];
  if (me && me.role !== 'viewer') nav.push(['#/upload', t('upload')]);
  top.replaceChildren(el('nav', {},
    el('strong', {}, t('title')), ...nav.map(([href, label]) => el('a', { href }, label)),
    el('button', { type: 'button', class: 'lang', onclick: () => { toggleLang(); route(); } }, t('lang')),
    me ? el('button', { type: 'button', id: 'logout', onclick: async () => { await api.logout(); me = null; location.hash = '#/login'; } },
      `${t('logout')} (${me.user})`) : null));
}

async function loginPage() {
  const name = el('input', { id: 'name', autocomplete: 'username', required: true });
  const password = el('input', { id: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const message = el('p', { role: 'alert' });
  const form = el('form', {
    onsubmit: async (ev) => {
      ev.preventDefault();
      try { me = await api.login(name.value, password.value); location.hash = '#/'; } catch (e) { message.textContent = e.message; }
    },
  }, el('label', {}, t('user'), name), el('label', {}, t('password'), password),
  el('button', { type: 'submit', id: 'login' }, t('login')), message);
  show(el('h1', {}, t('login')), form);
}

async function dashboard() {
  const [card, concepts] = await Promise.all([api.get('/api/reports?format=json'), api.get('/api/concepts')]);
  const kindOf = Object.fromEntries(concepts.map((k) => [k.id, k.kind]));
  const labelOf = Object.fromEntries(concepts.map((k) => [k.id, lang === 'zh' ? k.zh || k.en : k.en || k.zh]));
  const statuses = Object.entries(card.by_status);
  const themes = Object.entries(card.by_concept).filter(([k]) => kindOf[k] === 'theme' || kindOf[k] === 'group')
    .sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, n]) => [labelOf[k] || k, n]);
  const states = {};
  for (const c of card.commitments) states[c.actor || '?'] = (states[c.actor || '?'] || 0) + 1;
  const overdue = card.commitments.filter((c) => c.overdue);
  show(el('h1', {}, t('dashboard')),
    el('p', { id: 'totals' }, `${t('total')} ${card.total} · ${t('overdue')} ${card.overdue}`),
    el('section', { class: 'charts' },
      el('figure', { id: 'by-status' }, el('figcaption', {}, t('byStatus')), barChart(t('byStatus'), statuses)),
      el('figure', {}, el('figcaption', {}, t('byTheme')), barChart(t('byTheme'), themes)),
      el('figure', {}, el('figcaption', {}, t('byState')), barChart(t('byState'), Object.entries(states)))),
    el('h2', {}, t('overdue')),
    el('ul', {}, overdue.slice(0, 20).map((c) => el('li', {}, el('a', { href: `#/commitment/${c.id}` }, c.id), ` ${c.due_date} ${c.actor} — ${c.text.slice(0, 80)}`))));
}

async function searchPage(params) {
  const q = params.get('q') || '';
  const input = el('input', { id: 'q', type: 'search', value: q, placeholder: t('searchPlaceholder'), size: 50 });
  const form = el('form', { role: 'search', onsubmit: (ev) => { ev.preventDefault(); location.hash = `#/search?q=${encodeURIComponent(input.value)}`; } },
    input, el('button', { type: 'submit' }, t('search')));
  if (!q) return show(el('h1', {}, t('search')), form);
  const res = await api.get(`/api/search?q=${encodeURIComponent(q)}&limit=20`);
  const facetLink = (name, v) => {
    const filter = name.startsWith('concept') ? 'concept' : name === 'year' ? 'date' : name;
    return el('a', { href: `#/search?q=${encodeURIComponent(`${q} ${filter}:${v.value}`)}` }, v.value);
  };
  const facetList = ([name, values]) => el('div', {}, el('h3', {}, name),
    el('ul', {}, values.slice(0, 8).map((v) => el('li', {}, facetLink(name, v), ` ${v.count}`))));
  const facets = el('aside', { class: 'facets' }, el('h2', {}, t('facets')), Object.entries(res.facets).map(facetList));
  const list = el('ol', { id: 'results' }, res.results.map((r) => el('li', {},
    el('a', { href: `#/doc/${r.document.id}?p=${r.provision}` }, r.document.symbol || r.document.file_name, ' ', r.provision),
    ` [${r.kind}] `, el('span', { class: 'snippet' }, marked(r.snippet, r.highlights, 'hit')),
    el('small', { class: 'why' }, ` ${t('why')}: ${r.why.join('; ')}`))));
  show(el('h1', {}, t('search')), form, el('p', {}, `${res.total} ${t('results')}`), el('div', { class: 'with-facets' }, list, facets));
}

async function documentsPage() {
  const docs = await api.get('/api/documents');
  show(el('h1', {}, t('documents')), el('table', {}, el('tbody', {}, docs.map((d) => el('tr', {},
    el('td', {}, el('a', { href: `#/doc/${d.id}` }, d.symbol || d.file_name)), el('td', {}, d.type), el('td', {}, d.date),
    el('td', {}, d.title))))));
}

async function documentPage(id) {
  const d = await api.get(`/api/documents/${encodeURIComponent(id)}`);
  const doc = d.document;
  const provisions = el('ol', { class: 'provisions' }, doc.provisions.map((p) => el('li', { id: p.id, class: `kind-${p.kind}` },
    el('span', { class: 'label' }, p.label || ''), ' ',
    marked(p.text, p.annotations.map((a) => [a.begin, a.end, a.concept]), 'concept', (r) => r[2]),
    p.cites.length ? el('div', { class: 'cites' }, `${t('cites')}: `, p.cites.map((s) => [el('a', { href: `#/cites?symbol=${encodeURIComponent(s)}` }, s), ' '])) : null)));
  show(el('h1', {}, doc.document.title || d.file_name), el('p', {}, [d.symbol, d.type, d.date, d.author].filter(Boolean).join(' · ')),
    d.symbol ? el('p', {}, el('a', { href: `#/cites?symbol=${encodeURIComponent(d.symbol)}` }, t('citedBy'))) : null,
    el('h2', {}, t('provisions')), provisions);
}

async function citesPage(params) {
  const symbol = params.get('symbol') || '';
  const r = await api.get(`/api/cites?symbol=${encodeURIComponent(symbol)}`);
  show(el('h1', {}, `${t('citedBy')} ${symbol}`), el('ul', {}, r.citing.map((c) => el('li', {},
    el('a', { href: `#/doc/${c.document.id}` }, c.document.symbol || c.document.file_name), ` ${c.provisions.join(', ')}`))));
}

async function commitmentsPage(params) {
  const q = params.get('q') || '';
  const list = await api.get(`/api/commitments${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  show(el('h1', {}, t('commitments')), el('table', { id: 'commitments' }, el('tbody', {}, list.map((c) => el('tr', {},
    el('td', {}, el('a', { href: `#/commitment/${c.id}` }, c.id)), el('td', {}, c.kind), el('td', {}, c.actor),
    el('td', { class: `status-${c.status}` }, c.status), el('td', {}, c.due_date || ''), el('td', {}, c.text.slice(0, 90)))))));
}

async function commitmentPage(id) {
  const c = await api.get(`/api/commitments/${encodeURIComponent(id)}`);
  const status = el('select', { id: 'status' }, ['in_progress', 'partially_implemented', 'implemented', 'not_implemented', 'withdrawn', 'not_started']
    .map((s) => el('option', { value: s }, s)));
  const note = el('input', { id: 'note', size: 40 });
  const evidence = el('input', { id: 'evidence', size: 40, placeholder: 'A/HRC/RES/21/21#4, https://…' });
  const message = el('p', { role: 'alert', id: 'message' });
  const canEdit = me && me.role !== 'viewer';
  const form = canEdit ? el('form', {
    id: 'set-status',
    onsubmit: async (ev) => {
      ev.preventDefault();
      try {
        await api.post(`/api/commitments/${encodeURIComponent(id)}/status`, {
          status: status.value, note: note.value, expected_version: c.version,
          evidence: evidence.value.split(/\s*,\s*|\s+/).filter(Boolean),
        });
        route();
      } catch (e) { message.textContent = e.message; }
    },
  }, el('h2', {}, t('setStatus')), status, el('label', {}, t('note'), note), el('label', {}, t('evidence'), evidence),
  el('button', { type: 'submit' }, t('setStatus')), message) : null;
  const timeline = c.history.length ? el('ol', { class: 'timeline', id: 'history' }, c.history.map((h) => el('li', {},
    el('time', {}, h.at), ` ${h.who}: ${h.from} → ${h.to} `, h.note ? el('q', {}, h.note) : null,
    el('ul', {}, h.evidence.map((e) => el('li', {}, `${e.kind}: `, e.kind === 'url' ? el('a', { href: e.ref, rel: 'noopener noreferrer' }, e.ref) : e.ref, e.note ? ` — ${e.note}` : '')))))) : el('p', { id: 'history' }, t('noHistory'));
  const suggestions = el('ul', { id: 'suggestions' }, c.suggestions.map((g) => el('li', {},
    `#${g.number} ${g.relation} (${g.score.toFixed(2)}) `, el('a', { href: `#/doc/${g.document_id}` }, `${g.document_id}#${g.provision}`),
    ` — ${g.text.slice(0, 120)} `, el('small', {}, g.spans.join(' · ')), ` [${g.state}] `,
    canEdit && g.state === 'suggested' ? [
      el('button', { type: 'button', onclick: async () => { await api.post(`/api/suggestions/${g.number}/accept`, {}); route(); } }, t('accept')),
      el('button', { type: 'button', onclick: async () => { await api.post(`/api/suggestions/${g.number}/reject`, {}); route(); } }, t('reject'))] : null)));
  show(el('h1', {}, c.id), el('p', { id: 'current-status', class: `status-${c.status}` }, `${t('status')}: ${c.status} · ${t('actor')}: ${c.actor} · ${t('level')}: ${c.action_level}${c.due_date ? ` · ${t('due')}: ${c.due_date}` : ''}`),
    el('blockquote', {}, c.text), el('p', {}, el('a', { href: `#/doc/${c.document_id}` }, `${c.document_id}#${c.provision}`)),
    form, el('h2', {}, t('history')), timeline, el('h2', {}, t('suggestions')), suggestions,
    el('h2', {}, t('cluster')), el('ul', { id: 'cluster' }, c.links.map((l) => el('li', {}, el('a', { href: `#/commitment/${l.commitment}` }, l.commitment), ` ${l.state} ${l.score.toFixed(2)}`))),
    canEdit && c.links.length ? ['confirmed', 'split'].map((state) => el('button', {
      type: 'button', class: `cluster-${state}`,
      onclick: async () => { await api.post(`/api/commitments/${encodeURIComponent(id)}/cluster`, { state }); route(); },
    }, t(state))) : null);
}

async function uploadPage() {
  const files = el('input', { id: 'files', type: 'file', multiple: true });
  const out = el('ul', { id: 'upload-results' });
  const form = el('form', {
    onsubmit: async (ev) => {
      ev.preventDefault();
      const data = new FormData();
      for (const f of files.files) data.append('files', f, f.name);
      try {
        const r = await api.upload(data);
        out.replaceChildren(...r.results.map((x) => el('li', { class: `result-${x.result.replace(' ', '-')}` }, `${x.file}: ${x.result}`, x.reason ? ` — ${x.reason}` : '')));
      } catch (e) { out.replaceChildren(failure(e)); }
    },
  }, el('p', {}, t('uploadHelp')), files, el('button', { type: 'submit' }, t('uploadButton')));
  show(el('h1', {}, t('upload')), form, out);
}

async function reportsPage() {
  const formats = ['html', 'md', 'csv', 'json'];
  show(el('h1', {}, t('reports')), el('ul', {}, formats.map((f) => el('li', {},
    el('a', { href: `/api/reports?format=${f}`, download: `rightstrack.${f}` }, `${t('download')} ${f}`)))));
}

async function route() {
  document.documentElement.lang = lang;
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query || '');
  const parts = (path || '/').split('/').filter(Boolean);
  try {
    if (!me && parts[0] !== 'login') {
      try { me = await api.me(); } catch {
        // Not logged in: a public server still shows its published documents; others answer 401
        // and failure() sends the visitor to the login page.
        if (!['search', 'documents', 'doc', 'cites'].includes(parts[0])) {
          location.hash = parts[0] ? '#/login' : '#/documents';
          return;
        }
      }
    }
    header();
    switch (parts[0]) {
      case 'login': return await loginPage();
      case 'search': return await searchPage(params);
      case 'documents': return await documentsPage();
      case 'doc': return await documentPage(parts[1]);
      case 'cites': return await citesPage(params);
      case 'commitments': return await commitmentsPage(params);
      case 'commitment': return await commitmentPage(parts[1]);
      case 'upload': return await uploadPage();
      case 'reports': return await reportsPage();
      default: return await dashboard();
    }
  } catch (e) {
    show(failure(e));
  }
}

window.addEventListener('hashchange', route);
append(document.head, [el('meta', { name: 'color-scheme', content: 'light' })]);
route();
