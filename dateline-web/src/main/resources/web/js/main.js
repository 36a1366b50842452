import {h, link, plural} from './dom.js';
import {get} from './api.js';
import {searchPage} from './search.js';
import {articlePage} from './article.js';
import {entityPage, entitiesPage} from './entity.js';
import {timelinePage} from './timeline.js';
import {storiesPage, storyPage} from './stories.js';
import {uploadPage} from './upload.js';

const routes = {
  '': searchPage,
  search: searchPage,
  article: articlePage,
  entity: entityPage,
  entities: entitiesPage,
  timeline: timelinePage,
  stories: storiesPage,
  story: storyPage,
  upload: uploadPage,
};

let renderCount = 0;
let lastPath = null;

function parseHash() {
  const raw = location.hash.startsWith('#/') ? location.hash.slice(1) : '/';
  const at = raw.indexOf('?');
  const path = at < 0 ? raw : raw.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : raw.slice(at + 1));
  const segments = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch (e) {
      return p;
    }
  });
  return {path, segments, params};
}

async function render() {
  if (location.hash && !location.hash.startsWith('#/')) return; // an anchor within the page
  const {path, segments, params} = parseHash();
  const page = routes[segments[0] || ''];
  const main = document.getElementById('main');
  const mine = ++renderCount;
  const view = h('div', {class: 'view'});
  main.setAttribute('aria-busy', 'true');
  for (const a of document.querySelectorAll('[data-nav]')) {
    const active = a.dataset.nav === (segments[0] || 'search')
        || (a.dataset.nav === 'stories' && segments[0] === 'story')
        || (a.dataset.nav === 'entities' && segments[0] === 'entity');
    if (active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (segments[0] && segments[0] !== 'search') document.getElementById('q').value = '';
  try {
    if (!page) {
      view.append(h('h1', null, 'Not found'), h('p', null, 'No page at ', h('code', null, path), '. ',
          h('a', {href: '#/'}, 'Search the articles'), '.'));
    } else {
      await page(view, segments.slice(1), params, () => mine === renderCount);
    }
  } catch (e) {
    view.replaceChildren(h('div', {class: 'error', role: 'alert'},
        h('strong', null, e.status === 404 ? 'Not found: ' : 'Something went wrong: '), e.message || String(e)));
  }
  if (mine !== renderCount) return; // a later navigation won
  main.replaceChildren(view);
  main.removeAttribute('aria-busy');
  if (path !== lastPath) {
    window.scrollTo(0, 0);
  }
  lastPath = path;
  const focusTarget = view.querySelector('[data-autofocus]');
  if (focusTarget) {
    focusTarget.scrollIntoView({block: 'center'});
    focusTarget.focus({preventScroll: true});
  } else if (document.activeElement === document.body || !document.contains(document.activeElement)) {
    main.focus({preventScroll: true});
  }
  const heading = view.querySelector('h1');
  document.title = (heading ? heading.textContent + ' · ' : '') + 'Dateline';
}

function isTyping(target) {
  if (!target) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

document.addEventListener('keydown', (e) => {
  if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
    e.preventDefault();
    const q = document.getElementById('q');
    q.focus();
    q.select();
  } else if (e.key === 'Escape' && e.target && e.target.id === 'q') {
    e.target.blur();
  }
});

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('q').value.trim();
  location.hash = link('/search', {q});
});

async function showStatus() {
  try {
    const st = await get('/api/status');
    document.getElementById('status').textContent = plural(st.articles, 'article') + ' · '
        + plural(st.dossiers, 'entity', 'entities') + ' · ' + plural(st.stories, 'story', 'stories')
        + ' · ' + plural(st.timeline, 'dated event') + (st.read_only ? ' · read-only' : '');
  } catch (e) {
    document.getElementById('status').textContent = 'status unavailable';
  }
}

window.addEventListener('hashchange', render);
document.addEventListener('dateline:ingested', showStatus);
render();
showStatus();
