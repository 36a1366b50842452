import {h, s, link, clip, plural, prettyDate, monthName, shortSource} from './dom.js';
import {get} from './api.js';

const PAGE = 20;
const FILTERS = ['entity', 'type', 'source', 'event_type', 'story'];
const LABELS = {entity: 'entity', type: 'type', source: 'source', event_type: 'event', story: 'story', from: 'from', to: 'to'};

/** The search's parameters as an object of arrays (filters) and strings. */
function state(params) {
  const st = {q: params.get('q') || '', from: params.get('from') || '', to: params.get('to') || '',
    offset: Math.max(0, parseInt(params.get('offset') || '0', 10) || 0)};
  for (const f of FILTERS) st[f] = params.getAll(f);
  return st;
}

function withChange(st, change) {
  const next = {...st, offset: 0};
  for (const f of FILTERS) next[f] = [...st[f]];
  change(next);
  if (!next.offset) delete next.offset;
  return link('/search', next);
}

export async function searchPage(view, _segments, params) {
  const st = state(params);
  document.getElementById('q').value = st.q;
  const data = await get('/api/search', {...st, limit: PAGE});
  const title = st.q ? 'Search: ' + st.q : 'Articles';
  view.append(h('h1', {class: 'visually-hidden'}, title));
  if (data.total === 0 && !st.q && FILTERS.every((f) => st[f].length === 0) && !st.from && !st.to) {
    view.append(h('div', {class: 'panel'}, h('h2', null, 'The store is empty'),
        h('p', null, 'Upload articles to start: ', h('a', {href: '#/upload'}, 'drop files or paste text'), '.')));
    return;
  }
  view.append(h('div', {class: 'search-layout'}, facetColumn(st, data), resultColumn(st, data)));
}

function resultColumn(st, data) {
  const col = h('section', {class: 'results', 'aria-label': 'Results'});
  const chips = [];
  for (const f of FILTERS) {
    for (const v of st[f]) {
      const label = f === 'story' ? storyLabel(data, v) : v;
      chips.push(h('a', {class: 'chip', href: withChange(st, (n) => { n[f] = n[f].filter((x) => x !== v); }),
        'aria-label': 'Remove filter ' + LABELS[f] + ' ' + label}, h('span', {class: 'chip-key'}, LABELS[f]), ' ', label, ' ×'));
    }
  }
  for (const f of ['from', 'to']) {
    if (st[f]) {
      chips.push(h('a', {class: 'chip', href: withChange(st, (n) => { n[f] = ''; }), 'aria-label': 'Remove filter ' + f},
          h('span', {class: 'chip-key'}, f), ' ', st[f], ' ×'));
    }
  }
  const first = data.total === 0 ? 0 : st.offset + 1;
  const last = st.offset + data.hits.length;
  col.append(h('div', {class: 'result-head'},
      h('p', {class: 'count'}, data.total === 0 ? 'No articles match.' : `${first}–${last} of ${plural(data.total, 'article')}`
          + (st.q ? ' for “' + st.q + '”' : '')),
      chips.length ? h('div', {class: 'chips'}, chips) : null));
  const list = h('ol', {class: 'hits', start: first || 1});
  for (const hit of data.hits) {
    list.append(h('li', {class: 'hit'},
        h('h2', null, h('a', {href: link('/article/' + encodeURIComponent(hit.id))}, hit.title || '(untitled)')),
        h('p', {class: 'meta'},
            h('time', null, prettyDate(hit.date)),
            hit.source ? h('span', {title: hit.source}, ' · ', shortSource(hit.source)) : null,
            hit.stories.map((sr) => h('span', null, ' · ', h('a', {class: 'story-link', href: link('/story/' + encodeURIComponent(sr.id))}, 'story: ', clip(sr.title, 50)))),
            hit.duplicate_of ? h('span', {class: 'dup'}, ' · near-duplicate') : null),
        hit.snippet ? h('p', {class: 'snippet'}, clip(hit.snippet, 260)) : null));
  }
  col.append(list);
  const pager = h('nav', {class: 'pager', 'aria-label': 'Pages of results'});
  if (st.offset > 0) pager.append(h('a', {href: withChange(st, (n) => { n.offset = Math.max(0, st.offset - PAGE); }), rel: 'prev'}, '← Previous'));
  if (last < data.total) pager.append(h('a', {href: withChange(st, (n) => { n.offset = st.offset + PAGE; }), rel: 'next'}, 'Next →'));
  if (pager.childElementCount) col.append(pager);
  return col;
}

function storyLabel(data, id) {
  const f = (data.facets.stories || []).find((x) => x.value === id);
  return f && f.label ? clip(f.label, 40) : id;
}

function facetColumn(st, data) {
  const col = h('aside', {class: 'facets', 'aria-label': 'Filters'});
  col.append(histogram(st, data.facets.months || []));
  const groups = [
    ['entity', 'Entities', data.facets.entities, (f) => f.value],
    ['type', 'Entity types', data.facets.types, (f) => f.value.toLowerCase()],
    ['event_type', 'Event types', data.facets.event_types, (f) => f.value.toLowerCase()],
    ['story', 'Stories', data.facets.stories, (f) => f.label ? clip(f.label, 46) : f.value],
    ['source', 'Sources', data.facets.sources, (f) => clip(f.value, 46)],
  ];
  for (const [key, title, values, label] of groups) {
    if (!values || values.length === 0) continue;
    const list = h('ul', {class: 'facet-list'});
    for (const f of values) {
      const active = st[key].includes(f.value);
      const href = withChange(st, (n) => {
        n[key] = active ? n[key].filter((x) => x !== f.value) : [...n[key], f.value];
      });
      list.append(h('li', null,
          h('a', {href, class: active ? 'active' : null, 'aria-pressed': active ? 'true' : 'false',
            title: f.value}, h('span', {class: 'facet-label'}, label(f)), h('span', {class: 'facet-count'}, String(f.count))),
          key === 'entity' && f.id ? h('a', {class: 'facet-aside', href: link('/entity/' + encodeURIComponent(f.id)),
            'aria-label': 'Dossier of ' + f.value, title: 'Dossier'}, '›') : null));
    }
    col.append(h('section', {class: 'facet'}, h('h2', null, title), list));
  }
  return col;
}

/** Articles by month as bars; a bar is a link that filters to its month (or its year when months are many). */
function histogram(st, months) {
  const box = h('section', {class: 'facet histogram'}, h('h2', null, 'Dates'));
  if (months.length === 0) {
    box.append(h('p', {class: 'muted small'}, 'No dated articles.'));
    return box;
  }
  // A true time axis: every month from the first to the last (every year when that is more than five years).
  const counts = new Map(months.map((m) => [m.value.slice(0, 7), m.count]));
  const first = months[0].value;
  const last = months[months.length - 1].value;
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const endY = Number(last.slice(0, 4));
  const endM = Number(last.slice(5, 7));
  const byYear = (endY - y) * 12 + (endM - m) >= 60;
  let bins = [];
  if (byYear) {
    const years = new Map();
    for (const [key, count] of counts) years.set(key.slice(0, 4), (years.get(key.slice(0, 4)) || 0) + count);
    const every = endY - y <= 150; // else only the years that have articles, side by side
    for (let year = y; year <= endY; year++) {
      const count = years.get(String(year)) || 0;
      if (every || count > 0) bins.push({key: String(year), count, from: String(year), to: String(year)});
    }
  } else {
    while (y < endY || (y === endY && m <= endM)) {
      const key = y + '-' + String(m).padStart(2, '0');
      bins.push({key, count: counts.get(key) || 0, from: key, to: key});
      m++;
      if (m === 13) { m = 1; y++; }
    }
  }
  const width = 250;
  const height = 70;
  const gap = bins.length > 40 ? 1 : 2;
  const bar = Math.max(2, Math.min(24, (width - gap * bins.length) / bins.length));
  const used = bins.length * (bar + gap);
  const max = Math.max(...bins.map((b) => b.count));
  const svg = s('svg', {viewBox: `0 0 ${Math.max(width, used)} ${height + 18}`, class: 'histo', role: 'img',
    'aria-label': 'Articles by ' + (byYear ? 'year' : 'month')});
  bins.forEach((b, i) => {
    if (b.count === 0) return;
    const bh = Math.max(2, Math.round((b.count / max) * height));
    const x = i * (bar + gap);
    const active = st.from === b.from && st.to === b.to;
    const label = (byYear ? b.key : monthLabel(b.key)) + ': ' + plural(b.count, 'article');
    svg.append(s('a', {href: withChange(st, (n) => { n.from = active ? '' : b.from; n.to = active ? '' : b.to; }),
      'aria-label': label, class: active ? 'active' : null},
    s('title', null, label),
    s('rect', {x, y: 0, width: bar, height, class: 'histo-hit'}),
    s('rect', {x, y: height - bh, width: bar, height: bh, class: 'histo-bar'})));
  });
  const firstLabel = byYear ? bins[0].key : monthLabel(bins[0].key);
  const lastLabel = byYear ? bins[bins.length - 1].key : monthLabel(bins[bins.length - 1].key);
  svg.append(s('text', {x: 0, y: height + 14, class: 'histo-label'}, firstLabel));
  if (bins.length > 1) {
    svg.append(s('text', {x: Math.max(width, used), y: height + 14, class: 'histo-label', 'text-anchor': 'end'}, lastLabel));
  }
  box.append(svg);
  if (st.from || st.to) {
    box.append(h('p', {class: 'small'}, h('a', {href: withChange(st, (n) => { n.from = ''; n.to = ''; })}, 'Any date')));
  }
  return box;
}

function monthLabel(value) {
  const m = /^(\d{4})-(\d{2})/.exec(value);
  return m ? monthName(Number(m[2]) - 1) + ' ' + m[1] : value;
}

