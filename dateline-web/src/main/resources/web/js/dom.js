// DOM helpers. Every string from the API or the user goes into the page as a text node or an attribute value,
// never as markup: there is no innerHTML anywhere in this UI.

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttrs(el, attrs) {
  if (!attrs) return;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

function appendAll(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: h('a', {href: '#/x', class: 'y'}, 'text', otherNode). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  appendAll(el, children);
  return el;
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  appendAll(el, children);
  return el;
}

/** A link inside the app: link('/article/' + id, {event: 'v3'}) is "#/article/ID?event=v3". */
export function link(path, params) {
  const query = toQuery(params);
  return '#' + path + (query ? '?' + query : '');
}

/** Query string of an object: arrays repeat their key, empty values are left out. */
export function toQuery(params) {
  if (!params) return '';
  const q = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params.entries()].map(([k, v]) => [k, v]) : Object.entries(params);
  for (const [key, value] of entries) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== null && v !== undefined && v !== '') q.append(key, String(v));
    }
  }
  return q.toString();
}

/** Path segment of an id, escaped. */
export function seg(id) {
  return encodeURIComponent(id);
}

/** A link to an address outside the app, only for http(s) addresses; other schemes become text. */
export function externalLink(url, text) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return h('a', {href: url, rel: 'noopener noreferrer nofollow', target: '_blank'}, text || url);
  }
  return h('span', null, text || url || '');
}

/** The last part of a source path ("sample-corpus/articles/x/01.txt" → "01.txt"); the whole of anything else. */
export function shortSource(source) {
  if (!source) return '';
  const parts = String(source).split(/[\\/]/).filter(Boolean);
  return parts.length ? parts[parts.length - 1] : String(source);
}

export function plural(n, word, many) {
  return n + ' ' + (n === 1 ? word : (many || word + 's'));
}

export function clip(text, max) {
  if (!text) return '';
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2015-12-11" → "11 Dec 2015", "2015-12" → "Dec 2015"; other TIMEX3 values as they are. */
export function prettyDate(value) {
  if (!value) return 'undated';
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return Number(m[3]) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1];
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return MONTHS[Number(m[2]) - 1] + ' ' + m[1];
  return value;
}

export function monthName(index) {
  return MONTHS[index];
}

/** A small type badge: PERSON, ORGANIZATION, ... */
export function typeBadge(type) {
  return h('span', {class: 'badge type-' + String(type || 'misc').toLowerCase()}, String(type || '').toLowerCase());
}

export function emptyNote(text, ...more) {
  return h('p', {class: 'empty'}, text, ...more);
}
