import {h, link, seg, clip, prettyDate, externalLink, typeBadge, shortSource} from './dom.js';
import {get} from './api.js';

const KIND_ORDER = ['entity', 'timex', 'trigger', 'event', 'cue', 'quote', 'focus'];
const LAYERS = [
  ['entity', 'Entities'],
  ['timex', 'Dates'],
  ['quote', 'Quotes'],
  ['event', 'Event evidence'],
];

/** Every highlighted span of one field (body or title): entities, time expressions, quotes, events. */
function annotations(data, field) {
  const x = data.extraction;
  const inField = (m) => (m.field === 'title') === (field === 'title');
  const out = [];
  for (const e of x.entities || []) {
    for (const m of [...(e.mentions || []), ...(e.references || [])]) {
      if (inField(m)) out.push({kind: 'entity', start: m.start, end: m.end, entity: e, mention: m});
    }
  }
  for (const t of x.timexes || []) {
    if (inField(t)) out.push({kind: 'timex', start: t.start, end: t.end, timex: t});
  }
  if (field === 'body') {
    for (const q of x.quotes || []) {
      out.push({kind: 'quote', start: q.start, end: q.end, quote: q});
      if (q.cue) out.push({kind: 'cue', start: q.cue.start, end: q.cue.end, quote: q});
    }
    for (const v of x.events || []) {
      for (const ev of [v.evidence, ...(v.more_evidence || [])]) {
        if (ev) out.push({kind: 'event', start: ev.start, end: ev.end, event: v});
      }
      if (v.trigger) out.push({kind: 'trigger', start: v.trigger.start, end: v.trigger.end, event: v});
    }
  }
  return out.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.end > a.start);
}

/** The text cut at every annotation boundary; each piece a text node or a <span> with the classes of what covers it. */
function highlighted(text, anns, onPick) {
  const cuts = new Set([0, text.length]);
  for (const a of anns) {
    cuts.add(Math.max(0, Math.min(text.length, a.start)));
    cuts.add(Math.max(0, Math.min(text.length, a.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  const byStart = [...anns].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const covering = byStart.filter((a) => a.start <= from && a.end >= to);
    if (covering.length === 0) {
      nodes.push(document.createTextNode(piece));
      continue;
    }
    covering.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    const classes = new Set(['hl']);
    for (const a of covering) {
      classes.add('hl-' + a.kind);
      if (a.kind === 'entity') {
        classes.add('ent-' + String(a.entity.type).toLowerCase());
        if (a.mention.kind && !['name', 'acronym', 'metonym'].includes(a.mention.kind)) classes.add('hl-ref');
      }
    }
    const span = h('span', {class: [...classes].join(' '), title: covering.map(summary).filter(Boolean).join('\n')}, piece);
    span.addEventListener('click', () => onPick(covering, span));
    span.dataset.start = String(from);
    span.dataset.end = String(to);
    nodes.push(span);
  }
  return nodes;
}

/** One line for a hover title. */
function summary(a) {
  switch (a.kind) {
    case 'entity': return a.entity.name + ' (' + String(a.entity.type).toLowerCase() + ')';
    case 'timex': return 'date: ' + (a.timex.resolved_value || a.timex.value);
    case 'quote': return (a.quote.direct ? 'quote' : 'reported speech') + (a.quote.speaker ? ' by ' + a.quote.speaker : ', speaker unknown');
    case 'event': return 'event ' + a.event.type + (a.event.resolved_date || a.event.date ? ' on ' + (a.event.resolved_date || a.event.date) : '');
    default: return null;
  }
}

export async function articlePage(view, segments, params) {
  const id = segments[0];
  const data = await get('/api/articles/' + seg(id));
  const x = data.extraction;
  const eventId = params.get('event');
  const focus = /^(\d+)-(\d+)$/.exec(params.get('focus') || '');
  const details = h('div', {class: 'details', 'aria-live': 'polite'},
      h('p', {class: 'muted'}, 'Click a highlighted word, or an item below, to see what was extracted.'));
  const bodyAnns = annotations(data, 'body');
  const focusSpans = [];
  if (focus) focusSpans.push({start: Number(focus[1]), end: Number(focus[2])});
  const focusEvent = eventId ? (x.events || []).find((v) => v.id === eventId) : null;
  if (focusEvent) {
    for (const ev of [focusEvent.evidence, ...(focusEvent.more_evidence || [])]) if (ev) focusSpans.push(ev);
  }
  for (const f of focusSpans) bodyAnns.push({kind: 'focus', start: f.start, end: f.end});

  let selected = [];
  const pick = (covering, span) => {
    for (const el of selected) el.classList.remove('selected');
    selected = [];
    if (span) {
      span.classList.add('selected');
      selected.push(span);
    }
    showDetails(details, covering.filter((a) => a.kind !== 'focus' && a.kind !== 'cue' && a.kind !== 'trigger'), data);
  };
  const textBox = h('div', {class: 'article-text', lang: 'en'}, highlighted(data.text, bodyAnns, pick));
  const titleBox = h('h1', {class: 'article-title'}, highlighted(data.title || '(untitled)', data.title ? annotations(data, 'title') : [], pick));

  /** Selects the first piece of an annotation in the text, scrolls to it and shows its details. */
  const reveal = (ann) => {
    const box = ann.mention && ann.mention.field === 'title' || ann.timex && ann.timex.field === 'title' ? titleBox : textBox;
    const pieces = [...box.querySelectorAll('span.hl')].filter((el) => Number(el.dataset.start) >= ann.start && Number(el.dataset.end) <= ann.end);
    for (const el of selected) el.classList.remove('selected');
    selected = pieces;
    for (const el of pieces) el.classList.add('selected');
    if (pieces[0]) pieces[0].scrollIntoView({block: 'center', behavior: 'smooth'});
    showDetails(details, [ann], data);
  };

  const dd = x.document_date || {};
  const date = data.document_date || dd.value;
  const explanation = (data.resolved_date && data.resolved_date.explanation) || dd.resolved_explanation || dd.explanation;
  const meta = h('p', {class: 'meta'},
      h('time', {title: explanation || ''}, prettyDate(date)),
      explanation ? h('span', {class: 'muted small'}, ' (' + clip(explanation, 140) + ')') : null,
      data.source ? h('span', {title: data.source}, ' · ', shortSource(data.source)) : null,
      data.url ? h('span', null, ' · ', externalLink(data.url, clip(data.url, 60))) : null,
      data.stories.map((sr) => h('span', null, ' · ', h('a', {href: link('/story/' + seg(sr.id))}, 'story: ', clip(sr.title, 60)))),
      data.duplicate_of ? h('span', null, ' · near-duplicate of ', h('a', {href: link('/article/' + seg(data.duplicate_of))}, data.duplicate_of)) : null);

  const toggles = h('div', {class: 'legend', role: 'group', 'aria-label': 'Highlights'});
  for (const [kind, label] of LAYERS) {
    const input = h('input', {type: 'checkbox', checked: true, id: 'layer-' + kind});
    input.addEventListener('change', () => textBox.classList.toggle('hide-' + kind, !input.checked));
    toggles.append(h('label', {class: 'legend-item', for: 'layer-' + kind}, input, h('span', {class: 'swatch sw-' + kind}), label));
  }

  view.append(h('article', {class: 'article-layout'},
      h('div', {class: 'article-main'}, titleBox, meta, toggles, textBox),
      h('aside', {class: 'article-side', 'aria-label': 'What was extracted'}, details, sideLists(data, reveal))));

  if (focusSpans.length) {
    const pieces = [...textBox.querySelectorAll('span.hl-focus')];
    if (pieces[0]) {
      pieces[0].setAttribute('tabindex', '-1');
      pieces[0].setAttribute('data-autofocus', '');
    }
    if (focusEvent) showDetails(details, [{kind: 'event', event: focusEvent}], data);
  }
}

function dossierLink(data, entityId, text) {
  const d = entityId && data.entity_dossiers[entityId];
  return d ? h('a', {href: link('/entity/' + seg(d.id)), class: 'dossier-link'}, text || 'Open dossier →') : null;
}

function showDetails(box, anns, data) {
  box.replaceChildren();
  if (anns.length === 0) {
    box.append(h('p', {class: 'muted'}, 'Nothing extracted here.'));
    return;
  }
  for (const a of anns) {
    if (a.kind === 'entity') {
      const e = a.entity;
      box.append(h('div', {class: 'detail detail-entity'},
          h('h3', null, e.name, ' ', typeBadge(e.type)),
          a.mention ? h('p', null, 'Written here as “', a.mention.text, '” (', a.mention.kind, ')') : null,
          e.aliases && e.aliases.length ? h('p', null, h('span', {class: 'k'}, 'also '), e.aliases.join(', ')) : null,
          e.roles && e.roles.length ? h('p', null, h('span', {class: 'k'}, 'roles '), e.roles.join('; ')) : null,
          h('p', null, dossierLink(data, e.id) || h('span', {class: 'muted'}, 'No dossier yet'))));
    } else if (a.kind === 'timex') {
      const t = a.timex;
      box.append(h('div', {class: 'detail detail-timex'},
          h('h3', null, '“', t.text, '”'),
          h('p', null, h('span', {class: 'k'}, 'normalized '), h('code', null, t.resolved_value || t.value), ' ', h('span', {class: 'muted'}, t.type)),
          t.resolved_value ? h('p', {class: 'small'}, 'The article alone gives ', h('code', null, t.value), '; its story fixes the year.') : null,
          t.anchor ? h('p', {class: 'small'}, 'resolved against ', t.anchor.kind.replace(/_/g, ' '), t.anchor.value ? ' ' + t.anchor.value : '') : null));
    } else if (a.kind === 'quote') {
      const q = a.quote;
      box.append(h('div', {class: 'detail detail-quote'},
          h('h3', null, q.direct ? 'Direct quote' : 'Reported speech'),
          h('p', null, h('span', {class: 'k'}, 'speaker '), q.speaker ? (dossierLink(data, q.speaker_id, q.speaker) || q.speaker) : h('em', null, 'not named')),
          h('blockquote', null, clip(q.text, 400)),
          q.cue ? h('p', {class: 'small'}, 'attributed by “', q.cue.text, '”') : null));
    } else if (a.kind === 'event') {
      const v = a.event;
      const parties = (list) => list.map((p, i) => [i ? ', ' : '', p.entity ? (dossierLink(data, p.entity, p.name) || p.name) : p.name]);
      box.append(h('div', {class: 'detail detail-event'},
          h('h3', null, v.type.toLowerCase(), v.negated ? ' (negated)' : '', ' ', h('span', {class: 'muted small'}, 'CAMEO ' + v.cameo)),
          v.actors.length ? h('p', null, h('span', {class: 'k'}, 'who '), parties(v.actors)) : null,
          v.targets.length ? h('p', null, h('span', {class: 'k'}, 'to whom '), parties(v.targets)) : null,
          h('p', null, h('span', {class: 'k'}, 'when '), v.resolved_date || v.date || 'undated', ' · ', v.modality),
          v.place ? h('p', null, h('span', {class: 'k'}, 'where '), v.place) : null,
          v.evidence ? h('blockquote', null, clip(v.evidence.text, 300)) : null));
    }
  }
}

function sideLists(data, reveal) {
  const x = data.extraction;
  const wrap = h('div', {class: 'side-lists'});
  const section = (title, count, items) => h('details', {class: 'side-section', open: true},
      h('summary', null, title, ' ', h('span', {class: 'count-badge'}, String(count))), h('ul', null, items));
  const item = (label, ann, extra) => h('li', null,
      h('button', {type: 'button', class: 'linkish', onclick: () => reveal(ann)}, label), extra || null);

  const entities = [...(x.entities || [])].sort((a, b) => (b.mentions.length + b.references.length) - (a.mentions.length + a.references.length));
  wrap.append(section('Entities', entities.length, entities.map((e) => {
    const first = e.mentions[0] || e.references[0];
    return item([h('span', {class: 'dot ent-' + String(e.type).toLowerCase()}), e.name],
        {kind: 'entity', entity: e, mention: first, start: first ? first.start : 0, end: first ? first.end : 0},
        h('span', {class: 'muted small'}, ' ', String(e.mentions.length + e.references.length), '×'));
  })));
  const timexes = x.timexes || [];
  wrap.append(section('Dates', timexes.length, timexes.map((t) => item(['“', t.text, '” ', h('code', null, t.resolved_value || t.value)],
      {kind: 'timex', timex: t, start: t.start, end: t.end}))));
  const quotes = x.quotes || [];
  wrap.append(section('Quotes', quotes.length, quotes.map((q) => item([h('strong', null, q.speaker || 'unnamed'), ': ', clip(q.text, 70)],
      {kind: 'quote', quote: q, start: q.start, end: q.end}))));
  const events = x.events || [];
  wrap.append(section('Events', events.length, events.map((v) => item(
      [h('span', {class: 'ev-type'}, v.type.toLowerCase()), ' ', (v.actors.map((p) => p.name).join(', ') || '—'),
        v.targets.length ? ' → ' + v.targets.map((p) => p.name).join(', ') : '', ' ',
        h('span', {class: 'muted small'}, v.resolved_date || v.date || '')],
      {kind: 'event', event: v, start: v.evidence ? v.evidence.start : 0, end: v.evidence ? v.evidence.end : 0}))));
  return wrap;
}
