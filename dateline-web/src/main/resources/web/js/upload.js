import {h, link, seg, plural} from './dom.js';
import {postForm, postJson} from './api.js';

function report(result) {
  return h('div', {class: 'report'},
      h('p', null, result.summary),
      result.articles.length ? h('ul', null, result.articles.map((a) => h('li', null,
          h('a', {href: link('/article/' + seg(a.id))}, a.title || a.id), ' ',
          h('span', {class: 'status status-' + a.status}, a.status === 'duplicate' ? 'near-duplicate' : a.status)))) : null,
      result.errors.length ? h('ul', {class: 'problems'}, result.errors.map((e) => h('li', null, e.input, ': ', e.problem))) : null);
}

export async function uploadPage(view) {
  view.append(h('h1', null, 'Upload articles'),
      h('p', {class: 'muted'}, 'Articles are extracted and stored once each; near-duplicates are linked to what they republish. ',
          'Text files (first line the title), JSON Lines, HTML pages, RSS/Atom feeds and WARC archives, up to 5 MB a file.'));

  const input = h('input', {type: 'file', id: 'files', multiple: true, class: 'visually-hidden',
    accept: '.txt,.jsonl,.json,.html,.htm,.xml,.rss,.atom,.warc,.gz'});
  const queue = h('ul', {class: 'upload-queue', 'aria-live': 'polite'});
  const drop = h('div', {class: 'dropzone', tabindex: '0', role: 'button', 'aria-controls': 'files',
    'aria-label': 'Drop files here, or press Enter to choose files'},
  h('p', {class: 'drop-title'}, 'Drop files here'),
  h('p', {class: 'muted'}, 'or ', h('label', {for: 'files', class: 'linkish'}, 'choose files'), ' (Enter)'));
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      input.click();
    }
  });
  drop.addEventListener('click', (e) => {
    if (!e.target.closest('label')) input.click();
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    uploadAll([...e.dataTransfer.files]);
  });
  input.addEventListener('change', () => {
    uploadAll([...input.files]);
    input.value = '';
  });

  async function uploadAll(files) {
    for (const file of files) {
      const bar = h('progress', {max: '100', value: '0', 'aria-label': 'Upload of ' + file.name});
      const state = h('span', {class: 'upload-state'}, 'waiting');
      const row = h('li', {class: 'upload-row'}, h('span', {class: 'upload-name'}, file.name), bar, state);
      queue.append(row);
    }
    const rows = [...queue.children].slice(-files.length);
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      const row = rows[i];
      const bar = row.querySelector('progress');
      const state = row.querySelector('.upload-state');
      const form = new FormData();
      form.append('files', file, file.name);
      state.textContent = 'uploading';
      try {
        const result = await postForm('/api/ingest', form, (fraction) => {
          bar.value = Math.round(fraction * 100);
          if (fraction >= 1) state.textContent = 'extracting…';
        });
        bar.value = 100;
        state.textContent = plural(result.stored, 'article') + ' stored';
        row.classList.add('done');
        row.append(report(result));
        document.dispatchEvent(new CustomEvent('dateline:ingested'));
      } catch (e) {
        row.classList.add('failed');
        state.textContent = 'failed: ' + e.message;
      }
    }
  }

  const title = h('input', {id: 'paste-title', name: 'title', required: true, maxlength: 500, placeholder: 'Headline'});
  const published = h('input', {id: 'paste-published', name: 'published', type: 'date'});
  const text = h('textarea', {id: 'paste-text', name: 'text', rows: 10, required: true,
    placeholder: 'ROME, 11 December. Russia is not about to join the coalition, Foreign Minister Sergey Lavrov said…'});
  const result = h('div', {class: 'paste-result', 'aria-live': 'polite'});
  const submit = h('button', {type: 'submit'}, 'Ingest article');
  const form = h('form', {class: 'paste-form', 'aria-label': 'Paste an article'},
      h('label', {for: 'paste-title'}, 'Title'), title,
      h('label', {for: 'paste-published'}, 'Published (optional)'), published,
      h('label', {for: 'paste-text'}, 'Text'), text,
      h('div', null, submit), result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    result.replaceChildren(h('p', {class: 'muted'}, h('progress', {'aria-label': 'Extracting'}), ' extracting and storing…'));
    try {
      const answer = await postJson('/api/ingest', {title: title.value, text: text.value, published: published.value || null});
      result.replaceChildren(report(answer));
      document.dispatchEvent(new CustomEvent('dateline:ingested'));
      title.value = '';
      text.value = '';
      published.value = '';
    } catch (err) {
      result.replaceChildren(h('p', {class: 'error', role: 'alert'}, 'Not stored: ', err.message));
    } finally {
      submit.disabled = false;
    }
  });

  view.append(h('div', {class: 'upload-layout'},
      h('section', {class: 'panel'}, h('h2', null, 'Files'), input, drop, queue),
      h('section', {class: 'panel'}, h('h2', null, 'Paste text'), form)));
}
