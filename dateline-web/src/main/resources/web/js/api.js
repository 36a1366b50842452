import {toQuery} from './dom.js';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function answer(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, (body && body.error) || response.statusText || 'request failed');
  }
  return body;
}

/** GET a JSON answer of the API. */
export async function get(path, params) {
  const query = toQuery(params);
  const response = await fetch(path + (query ? '?' + query : ''), {headers: {Accept: 'application/json'}});
  return answer(response);
}

/** POST a JSON body. */
export async function postJson(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Accept: 'application/json'},
    body: JSON.stringify(body),
  });
  return answer(response);
}

/**
 * POST a FormData with upload progress (fetch cannot report it): onProgress(fraction) while sending, then
 * resolves with the JSON answer.
 */
export function postForm(path, form, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener('load', () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (e) {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, (body && body.error) || xhr.statusText || 'upload failed'));
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, 'the server could not be reached')));
    xhr.send(form);
  });
}
