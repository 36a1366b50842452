import {h, link, seg, clip, plural, prettyDate, emptyNote, shortSource} from './dom.js';
import {get} from './api.js';
import {evidenceLink} from './timeline.js';

function span(first, last) {
  if (!first) return 'undated';
  return first === last ? prettyDate(first) : prettyDate(first) + ' – ' + prettyDate(last);
}

export async function storiesPage(view, _segments, params) {
  const all = params.get('all') === 'true';
  const data = await get('/api/stories', {all, limit: 100});
  view.append(h('h1', null, 'Stories'),
      h('p', {class: 'muted small'}, plural(data.total, 'story', 'stories'), all ? '' : ' with more than one article', ' · ',
          h('a', {href: link('/stories', all ? {} : {all: true})}, all ? 'only stories of several articles' : 'also single articles')));
  if (data.stories.length === 0) {
    view.append(emptyNote('No stories yet: stories form when several articles report one development. ', h('a', {href: '#/upload'}, 'Upload articles'), '.'));
    return;
  }
  view.append(h('ul', {class: 'story-cards'}, data.stories.map((st) => h('li', {class: 'story-card'},
      h('h2', null, h('a', {href: link('/story/' + seg(st.id))}, st.title)),
      h('p', {class: 'meta'}, span(st.first, st.last), ' · ', plural(st.articles, 'article'), ' · ',
          h('a', {href: link('/timeline', {story: st.id})}, 'timeline')),
      st.key_entities.length ? h('p', {class: 'chips'}, st.key_entities.map((k) => h('a', {class: 'chip', href: link('/entity/' + seg(k.dossier_id))}, k.name))) : null))));
}

export async function storyPage(view, segments) {
  const data = await get('/api/stories/' + seg(segments[0]));
  const st = data.story;
  view.append(h('header', {class: 'story-head'},
      h('h1', null, st.title),
      h('p', {class: 'meta'}, span(st.first, st.last), ' · ', plural(st.articles, 'article'), ' · ',
          h('a', {href: link('/timeline', {story: st.id})}, 'timeline of this story'), ' · ',
          h('a', {href: link('/search', {story: st.id})}, 'search within it')),
      st.key_entities.length ? h('p', {class: 'chips'}, h('span', {class: 'k'}, 'About '), st.key_entities.map((k) =>
          h('a', {class: 'chip', href: link('/entity/' + seg(k.dossier_id))}, k.name))) : null));
  const list = h('ol', {class: 'story-articles'});
  data.articles.forEach((a, i) => {
    list.append(h('li', {class: 'story-article'},
        h('div', {class: 'story-when'}, h('time', null, prettyDate(a.date)), h('span', {class: 'muted small source', title: a.source || ''}, a.source ? clip(shortSource(a.source), 28) : '')),
        h('div', {class: 'story-body'},
            h('h2', null, h('a', {href: link('/article/' + seg(a.id))}, a.title || a.id)),
            a.lead ? h('p', {class: 'lead'}, clip(a.lead, 280)) : null,
            h('div', {class: 'added'},
                h('p', null, h('span', {class: 'k'}, i === 0 ? 'Introduces ' : 'New entities '),
                    a.new_entities.length ? a.new_entities.map((p) => h('a', {class: 'chip', href: link('/entity/' + seg(p.id))}, p.name))
                      : h('span', {class: 'muted'}, 'none')),
                a.new_events.length ? h('div', null, h('span', {class: 'k'}, i === 0 ? 'Reports ' : 'New events '),
                    h('ul', {class: 'new-events'}, a.new_events.map((e) => h('li', null, h('time', null, e.date), ' ',
                        h('a', {href: evidenceLink(e)}, e.description))))) : null,
                a.also_reports || a.quotes ? h('p', {class: 'muted small'},
                    a.also_reports ? 'Also reports ' + plural(a.also_reports, 'event') + ' an earlier article gave. ' : '',
                    a.quotes ? plural(a.quotes, 'quote') + '.' : '') : null,
                a.joined_because ? h('p', {class: 'muted small'}, 'In this story because ', a.joined_because, '.') : null))));
  });
  view.append(list);
}
