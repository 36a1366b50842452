import {h, s, link, seg, clip, plural, prettyDate, monthName} from './dom.js';
import {get} from './api.js';

const DAY = 86400000;
const ROW = 24;
const AXIS = 30;
const MAX_ROWS = 300;

function dayNumber(iso) {
  return Math.floor(Date.parse(iso + 'T00:00:00Z') / DAY);
}

function isoOf(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Where an entry's evidence is: its first source's article, with the event selected. */
export function evidenceLink(entry) {
  const src = entry.sources[0];
  return src ? link('/article/' + seg(src.article_id), {event: src.event_id}) : null;
}

/** Axis ticks for a view of [from, to) days: years, months or days, at most about ten. */
function ticks(from, to) {
  const span = to - from;
  const out = [];
  const start = new Date(from * DAY);
  if (span > 3 * 365) {
    const step = [1, 2, 5, 10, 20, 50].find((k) => span / 365 / k <= 10) || 100;
    for (let y = Math.ceil(start.getUTCFullYear() / step) * step; ; y += step) {
      const d = dayNumber(String(y).padStart(4, '0') + '-01-01');
      if (d > to) break;
      if (d >= from) out.push({day: d, label: String(y)});
    }
  } else if (span > 100) {
    const step = [1, 2, 3, 6].find((k) => span / 30 / k <= 10) || 12;
    let y = start.getUTCFullYear();
    let m = start.getUTCMonth();
    for (let i = 0; i < 200; i++) {
      const d = Date.UTC(y, m, 1) / DAY;
      if (d > to) break;
      if (d >= from && m % step === 0) out.push({day: d, label: monthName(m) + (m === 0 || out.length === 0 ? ' ' + y : '')});
      m++;
      if (m === 12) { m = 0; y++; }
    }
  } else {
    const step = [1, 2, 7, 14].find((k) => span / k <= 12) || 28;
    for (let d = Math.ceil(from); d <= to; d++) {
      const date = new Date(d * DAY);
      if ((step === 1 || (step === 7 || step === 14 ? date.getUTCDay() === 1 && (step === 7 || Math.floor(d / 7) % 2 === 0) : d % step === 0))) {
        out.push({day: d, label: date.getUTCDate() + ' ' + monthName(date.getUTCMonth()) + (date.getUTCDate() <= step || out.length === 0 ? ' ' + date.getUTCFullYear() : '')});
      }
    }
  }
  return out;
}

/**
 * A zoomable SVG timeline of entries: each a bar from its first to its last day (a day is a dot, a month a bar, a
 * year-only date a hatched span, a range a bar with ends), linking to its evidence. Zoom with the buttons, the + and
 * − keys, or Ctrl+wheel; pan with the arrows, Shift+wheel or by dragging.
 */
export function timelineChart(entries, options = {}) {
  const dated = entries.filter((e) => e.start && e.end).map((e) => ({e, from: dayNumber(e.start), to: dayNumber(e.end) + 1}));
  const wrap = h('div', {class: 'timeline'});
  if (dated.length === 0) {
    wrap.append(h('p', {class: 'empty'}, 'No dated events.'));
    return wrap;
  }
  const lo = Math.min(...dated.map((d) => d.from));
  const hi = Math.max(...dated.map((d) => d.to));
  const pad = Math.max(3, (hi - lo) * 0.04);
  const full = [lo - pad, hi + pad];
  let view = [...full];
  const width = options.width || 1140;
  const chart = h('div', {class: 'timeline-chart', tabindex: '0', 'aria-label': 'Timeline chart. Plus and minus zoom, arrow keys pan, 0 fits.'});
  const range = h('span', {class: 'timeline-range muted small'});
  const zoom = (factor, centre) => {
    const c = centre === undefined ? (view[0] + view[1]) / 2 : centre;
    const span = Math.min((full[1] - full[0]) * 4, Math.max(4, (view[1] - view[0]) * factor));
    const left = (c - view[0]) / (view[1] - view[0]);
    view = [c - span * left, c - span * left + span];
    draw();
  };
  const pan = (fraction) => {
    const d = (view[1] - view[0]) * fraction;
    view = [view[0] + d, view[1] + d];
    draw();
  };
  const fit = () => {
    view = [...full];
    draw();
  };
  const button = (label, title, action) => h('button', {type: 'button', class: 'tool', title, 'aria-label': title, onclick: action}, label);
  wrap.append(h('div', {class: 'timeline-tools'},
      button('−', 'Zoom out', () => zoom(1.6)), button('+', 'Zoom in', () => zoom(1 / 1.6)),
      button('←', 'Earlier', () => pan(-0.3)), button('→', 'Later', () => pan(0.3)), button('Fit', 'Show everything', fit),
      range, h('span', {class: 'muted small legend-inline'},
          h('span', {class: 'lg lg-day'}), 'day ', h('span', {class: 'lg lg-month'}), 'month ',
          h('span', {class: 'lg lg-range'}), 'range ', h('span', {class: 'lg lg-year'}), 'year only')),
  chart);

  const label = (d) => (options.labels === 'short' ? '' : prettyDate(d.e.date) + '  ') + d.e.description;

  function draw() {
    const [v0, v1] = view;
    const x = (day) => (day - v0) / (v1 - v0) * width;
    const visible = dated.filter((d) => d.to >= v0 && d.from <= v1);
    const rows = visible.slice(0, MAX_ROWS);
    const height = AXIS + Math.max(1, rows.length) * ROW + 8;
    const svg = s('svg', {viewBox: `0 0 ${width} ${height}`, width, height, class: 'timeline-svg', role: 'img',
      'aria-label': plural(visible.length, 'event') + ' from ' + isoOf(Math.floor(v0)) + ' to ' + isoOf(Math.floor(v1))});
    svg.append(s('defs', null,
        s('pattern', {id: 'hatch', patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)'},
            s('rect', {width: 6, height: 6, class: 'hatch-bg'}), s('line', {x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line'}))));
    for (const t of ticks(v0, v1)) {
      const tx = x(t.day);
      svg.append(s('line', {x1: tx, x2: tx, y1: AXIS - 6, y2: height, class: 'grid'}),
          s('text', {x: tx + 3, y: AXIS - 10, class: 'tick'}, t.label));
    }
    svg.append(s('line', {x1: 0, x2: width, y1: AXIS - 6, y2: AXIS - 6, class: 'axis'}));
    rows.forEach((d, i) => {
      const y = AXIS + i * ROW + 4;
      const x0 = Math.max(-10, x(d.from));
      const x1 = Math.min(width + 10, x(d.to));
      const p = d.e.precision;
      const shape = [];
      if (p === 'DAY' || x1 - x0 < 6) {
        const cx = (x(d.from) + x(d.to)) / 2;
        shape.push(s('circle', {cx, cy: y + 8, r: 5, class: 'ev ev-' + p.toLowerCase() + (d.e.negated ? ' ev-negated' : '')}));
      } else {
        shape.push(s('rect', {x: x0, y: y + 2, width: Math.max(2, x1 - x0), height: 12, rx: 2,
          class: 'ev ev-' + p.toLowerCase() + (d.e.negated ? ' ev-negated' : '')}));
        if (p === 'RANGE') {
          shape.push(s('line', {x1: x0, x2: x0, y1: y, y2: y + 16, class: 'ev-cap'}), s('line', {x1: x1, x2: x1, y1: y, y2: y + 16, class: 'ev-cap'}));
        }
      }
      const text = clip(label(d), 90);
      const right = Math.max(x(d.from), x(d.to)) + 8;
      const onLeft = right + text.length * 6.2 > width && x(d.from) - 8 > text.length * 6.2;
      const tx = onLeft ? Math.min(x(d.from), x(d.to)) - 8 : Math.max(4, right);
      const title = prettyDate(d.e.date) + ' (' + p.toLowerCase() + ')\n' + d.e.description + '\n' + plural(d.e.sources.length, 'source');
      const href = evidenceLink(d.e);
      svg.append(s('a', {href, class: 'ev-link', 'aria-label': d.e.date + ': ' + d.e.description},
          s('title', null, title), s('rect', {x: 0, y, width, height: ROW - 2, class: 'ev-row'}), shape,
          s('text', {x: tx, y: y + 12, class: 'ev-label', 'text-anchor': onLeft ? 'end' : 'start'}, text)));
    });
    if (visible.length === 0) {
      svg.append(s('text', {x: width / 2, y: AXIS + 16, class: 'tick', 'text-anchor': 'middle'}, 'No events in this part of the timeline.'));
    }
    chart.replaceChildren(svg);
    range.textContent = prettyDate(isoOf(Math.floor(v0))) + ' – ' + prettyDate(isoOf(Math.floor(v1))) + ' · '
        + plural(visible.length, 'event') + (visible.length > MAX_ROWS ? ' (first ' + MAX_ROWS + ' drawn)' : '');
  }

  chart.addEventListener('wheel', (e) => {
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      const box = chart.getBoundingClientRect();
      const centre = view[0] + (e.clientX - box.left) / box.width * (view[1] - view[0]);
      zoom(e.deltaY > 0 ? 1.25 : 0.8, centre);
    } else if (e.shiftKey) {
      e.preventDefault();
      pan((e.deltaY || e.deltaX) > 0 ? 0.1 : -0.1);
    }
  }, {passive: false});
  let dragFrom = null;
  chart.addEventListener('pointerdown', (e) => {
    if (e.button === 0 && !e.target.closest('a')) dragFrom = e.clientX;
  });
  window.addEventListener('pointerup', () => { dragFrom = null; });
  chart.addEventListener('pointermove', (e) => {
    if (dragFrom === null) return;
    const box = chart.getBoundingClientRect();
    const delta = (dragFrom - e.clientX) / box.width;
    if (Math.abs(delta) > 0.01) {
      dragFrom = e.clientX;
      pan(delta);
    }
  });
  chart.addEventListener('keydown', (e) => {
    if (e.key === '+' || e.key === '=') zoom(1 / 1.6);
    else if (e.key === '-' || e.key === '_') zoom(1.6);
    else if (e.key === 'ArrowLeft') pan(-0.2);
    else if (e.key === 'ArrowRight') pan(0.2);
    else if (e.key === '0') fit();
    else return;
    e.preventDefault();
  });
  draw();
  return wrap;
}

/** The entries as a list: date, what happened, and every source with a link to its evidence. */
export function timelineList(entries) {
  const list = h('ol', {class: 'event-list'});
  for (const e of entries) {
    list.append(h('li', null,
        h('span', {class: 'event-date'}, h('time', null, e.date), e.precision !== 'DAY' ? h('span', {class: 'precision'}, ' ' + e.precision.toLowerCase()) : null),
        h('span', {class: 'ev-type'}, e.type.toLowerCase()), ' ',
        h('a', {href: evidenceLink(e)}, e.description),
        e.sources.length > 1 ? h('span', {class: 'muted small'}, ' · ', plural(new Set(e.sources.map((x) => x.article_id)).size, 'source'), ': ',
            e.sources.map((src, i) => [i ? ', ' : '', h('a', {href: link('/article/' + seg(src.article_id), {event: src.event_id}), title: src.evidence}, clip(src.article_title, 40))])) : null));
  }
  return list;
}

export async function timelinePage(view, _segments, params) {
  const filter = {entity: params.get('entity') || '', story: params.get('story') || '', from: params.get('from') || '', to: params.get('to') || ''};
  const [data, stories] = await Promise.all([get('/api/timeline', {...filter, limit: 1000}), get('/api/stories', {limit: 100})]);
  view.append(h('h1', null, 'Timeline'));
  const field = (name, labelText, input) => h('label', {class: 'field'}, h('span', null, labelText), input);
  const storySelect = h('select', {name: 'story'}, h('option', {value: ''}, 'All stories'),
      stories.stories.map((st) => h('option', {value: st.id, selected: st.id === filter.story}, clip(st.title, 60))));
  const form = h('form', {class: 'filters', role: 'search', 'aria-label': 'Timeline filters'},
      field('entity', 'Entity', h('input', {name: 'entity', value: filter.entity, placeholder: 'any name', maxlength: 200})),
      field('story', 'Story', storySelect),
      field('from', 'From', h('input', {name: 'from', value: filter.from, placeholder: 'yyyy[-mm[-dd]]', size: 12, maxlength: 40})),
      field('to', 'To', h('input', {name: 'to', value: filter.to, placeholder: 'yyyy[-mm[-dd]]', size: 12, maxlength: 40})),
      h('button', {type: 'submit'}, 'Show'),
      filter.entity || filter.story || filter.from || filter.to ? h('a', {href: '#/timeline', class: 'small'}, 'Clear') : null);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = new FormData(form);
    location.hash = link('/timeline', {entity: f.get('entity').trim(), story: f.get('story'), from: f.get('from').trim(), to: f.get('to').trim()});
  });
  view.append(form);
  view.append(h('p', {class: 'muted small'}, plural(data.total, 'dated event'),
      data.total > data.entries.length ? ' (first ' + data.entries.length + ' shown)' : '',
      '. Each event links to the words it was read from. Ctrl+wheel zooms, Shift+wheel or dragging pans.'));
  view.append(timelineChart(data.entries));
  view.append(h('h2', null, 'Events'), timelineList(data.entries));
}
