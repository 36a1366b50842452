import {h, s, link, seg, clip, plural, prettyDate, typeBadge, emptyNote} from './dom.js';
import {get} from './api.js';
import {timelineChart, timelineList} from './timeline.js';

export async function entitiesPage(view, _segments, params) {
  const name = params.get('name') || '';
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const data = await get('/api/entities', {name, offset, limit: 50});
  view.append(h('h1', null, name ? 'Entities named “' + name + '”' : 'Entities'));
  const input = h('input', {name: 'name', value: name, placeholder: 'Any name: Lavrov, ISIS, Thailand', 'aria-label': 'Entity name', maxlength: 200});
  const form = h('form', {class: 'filters', role: 'search'}, input, h('button', {type: 'submit'}, 'Find'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = link('/entities', {name: input.value.trim()});
  });
  view.append(form);
  if (data.dossiers.length === 0) {
    view.append(emptyNote(name ? 'No entity goes by that name.' : 'No entities yet.'));
    return;
  }
  const table = h('table', {class: 'table'},
      h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Type'), h('th', {class: 'num'}, 'Articles'),
          h('th', {class: 'num'}, 'Mentions'), h('th', null, 'Also known as'))),
      h('tbody', null, data.dossiers.map((d) => h('tr', null,
          h('td', null, h('a', {href: link('/entity/' + seg(d.id))}, d.name)), h('td', null, typeBadge(d.type)),
          h('td', {class: 'num'}, String(d.articles)), h('td', {class: 'num'}, String(d.mentions)),
          h('td', {class: 'muted small'}, clip(d.aliases.join(', '), 90))))));
  view.append(table);
  const pager = h('nav', {class: 'pager', 'aria-label': 'Pages'});
  if (offset > 0) pager.append(h('a', {href: link('/entities', {name, offset: Math.max(0, offset - 50) || ''})}, '← Previous'));
  if (offset + data.dossiers.length < data.total) pager.append(h('a', {href: link('/entities', {name, offset: offset + 50})}, 'Next →'));
  view.append(h('p', {class: 'muted small'}, plural(data.total, 'entity', 'entities')), pager);
}

export async function entityPage(view, segments, params) {
  const id = segments[0];
  const data = await get('/api/entities/' + seg(id));
  const d = data.dossier;
  const rel = params.get('rel');
  view.append(h('header', {class: 'dossier-head'},
      h('h1', null, d.name, ' ', typeBadge(d.type)),
      h('p', {class: 'meta'}, plural(d.articles, 'article'), ' · ', plural(d.mentions, 'mention'), ' · ',
          h('a', {href: link('/search', {entity: d.name})}, 'search its articles'), ' · ',
          h('a', {href: link('/timeline', {entity: d.id})}, 'its timeline')),
      d.aliases.length ? h('p', null, h('span', {class: 'k'}, 'Also known as '), d.aliases.map((a) => h('span', {class: 'alias'}, a))) : null,
      d.roles.length ? h('p', null, h('span', {class: 'k'}, 'Roles '), d.roles.join('; ')) : null));

  const graphBox = h('section', {class: 'panel graph-panel'}, h('h2', null, 'Related entities'));
  if (data.related.length === 0) {
    graphBox.append(emptyNote('No other entity is named in its articles.'));
  } else {
    graphBox.append(h('p', {class: 'muted small'}, 'Entities named in the same articles. Pick a line to see the articles and sentences behind it.'));
    graphBox.append(graph(d, data.related, rel));
    const relation = data.related.find((r) => r.id === rel);
    if (relation) graphBox.append(relationPanel(d, relation));
  }

  const quotes = h('section', {class: 'panel'}, h('h2', null, 'Quotes ', h('span', {class: 'count-badge'}, String(data.quote_count))));
  if (data.quotes.length === 0) quotes.append(emptyNote('No quotes attributed to ' + d.name + '.'));
  else {
    quotes.append(h('ul', {class: 'quote-list'}, data.quotes.map((q) => h('li', null,
        h('blockquote', {class: q.direct ? 'direct' : 'reported'}, h('a', {href: link('/article/' + seg(q.article_id), {focus: q.start + '-' + q.end})},
            q.direct ? '“' + clip(q.text, 300) + '”' : clip(q.text, 300))),
        h('p', {class: 'muted small'}, q.direct ? 'quote' : 'reported', ' · ', prettyDate(q.date), ' · ', clip(q.article_title, 70),
            q.about.length ? ' · about ' + q.about.map((p) => p.name).join(', ') : '')))));
  }

  const events = h('section', {class: 'panel'}, h('h2', null, 'Events ', h('span', {class: 'count-badge'}, String(data.event_count))));
  if (data.events.length === 0) events.append(emptyNote('No dated events involve ' + d.name + '.'));
  else events.append(timelineChart(data.events, {width: 1100}), timelineList(data.events));

  const articles = h('section', {class: 'panel'}, h('h2', null, 'Articles ', h('span', {class: 'count-badge'}, String(data.article_count))),
      h('ul', {class: 'article-list'}, data.articles.map((a) => h('li', null, h('time', null, prettyDate(a.date)), ' ',
          h('a', {href: link('/article/' + seg(a.id))}, a.title || a.id)))));

  const merges = data.merges.length ? h('details', {class: 'panel merges'},
      h('summary', null, 'Why these mentions are one entity (', String(data.merge_count), ' links)'),
      h('ul', null, data.merges.map((m) => h('li', {class: 'small'}, h('code', null, m.rule), ' ', m.evidence || '', ' ',
          h('span', {class: 'muted'}, m.left, ' + ', m.right))))) : null;

  view.append(h('div', {class: 'dossier-grid'}, h('div', null, graphBox, articles), h('div', null, quotes)), events, merges);
}

/** A small radial graph: the entity in the middle, related entities around it; each line links to its evidence. */
function graph(d, related, selected) {
  const W = 640;
  const H = 380;
  const cx = W / 2;
  const cy = H / 2;
  const R = 140;
  const max = Math.max(...related.map((r) => r.count));
  const svg = s('svg', {viewBox: `0 0 ${W} ${H}`, class: 'graph', role: 'group', 'aria-label': 'Related entities of ' + d.name});
  const edges = s('g', {class: 'edges'});
  const nodes = s('g', {class: 'nodes'});
  related.forEach((r, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / related.length;
    const x = cx + R * Math.cos(angle);
    const y = cy + R * Math.sin(angle);
    const widthPx = 1.5 + 4 * (r.count / max);
    const active = r.id === selected;
    const label = d.name + ' and ' + r.name + ': ' + plural(r.count, 'shared article');
    edges.append(s('a', {href: link('/entity/' + seg(d.id), {rel: active ? '' : r.id}), class: 'edge-link' + (active ? ' active' : ''), 'aria-label': label},
        s('title', null, label),
        s('line', {x1: cx, y1: cy, x2: x, y2: y, class: 'edge-hit'}),
        s('line', {x1: cx, y1: cy, x2: x, y2: y, class: 'edge', 'stroke-width': widthPx}),
        s('circle', {cx: (cx + x) / 2, cy: (cy + y) / 2, r: 9, class: 'edge-count-bg'}),
        s('text', {x: (cx + x) / 2, y: (cy + y) / 2 + 4, class: 'edge-count', 'text-anchor': 'middle'}, String(r.count))));
    const right = Math.cos(angle) > 0.2;
    const left = Math.cos(angle) < -0.2;
    const lx = x + (right ? 12 : left ? -12 : 0);
    const ly = y + (right || left ? 4 : Math.sin(angle) > 0 ? 22 : -14);
    nodes.append(s('a', {href: link('/entity/' + seg(r.id)), class: 'node-link', 'aria-label': 'Dossier of ' + r.name},
        s('title', null, r.name + ' (' + r.type.toLowerCase() + ')'),
        s('circle', {cx: x, cy: y, r: 8, class: 'node type-' + r.type.toLowerCase()}),
        s('text', {x: lx, y: ly, class: 'node-label', 'text-anchor': right ? 'start' : left ? 'end' : 'middle'}, clip(r.name, 24))));
  });
  nodes.append(s('g', {class: 'centre'}, s('circle', {cx, cy, r: 14, class: 'node centre type-' + d.type.toLowerCase()}),
      s('text', {x: cx, y: cy + 32, class: 'node-label centre-label', 'text-anchor': 'middle'}, clip(d.name, 30))));
  svg.append(edges, nodes);
  return svg;
}

function relationPanel(d, relation) {
  return h('div', {class: 'relation', 'data-autofocus': '', tabindex: '-1'},
      h('h3', null, d.name, ' — ', h('a', {href: link('/entity/' + seg(relation.id))}, relation.name), ' ',
          h('span', {class: 'muted small'}, plural(relation.count, 'shared article'))),
      h('ul', null, relation.articles.map((a) => h('li', null,
          h('a', {href: link('/article/' + seg(a.id))}, a.title || a.id), ' ', h('span', {class: 'muted small'}, prettyDate(a.date)),
          a.sentences.length ? h('ul', {class: 'sentences'}, a.sentences.map((sn) => h('li', null,
              h('a', {href: link('/article/' + seg(a.id), {focus: sn.start + '-' + sn.end})}, '“', clip(sn.text, 220), '”'))))
            : h('p', {class: 'muted small'}, 'Named in different sentences of this article.')))),
      relation.count > relation.articles.length ? h('p', {class: 'small'}, h('a', {href: link('/search', {entity: [d.name, relation.name]})},
          'All ' + relation.count + ' articles')) : null);
}
