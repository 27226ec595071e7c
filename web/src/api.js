// The REST API: the session cookie is HttpOnly; the CSRF token from login goes with every change.
let csrf = sessionStorage.getItem('rightstrack.csrf') || '';

export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

async function call(method, path, body, isForm = false) {
  const headers = {};
  if (method !== 'GET') headers['X-CSRF-Token'] = csrf;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  const type = res.headers.get('Content-Type') || '';
  const data = type.startsWith('application/json') ? await res.json() : await res.text();
  if (!res.ok) throw new ApiError(res.status, (data && data.error) || res.statusText);
  return data;
}

export const api = {
  get: (path) => call('GET', path),
  post: (path, body) => call('POST', path, body),
  upload: (form) => call('POST', '/api/documents', form, true),
  async login(name, password) {
    const r = await call('POST', '/api/login', { name, password });
    csrf = r.csrf;
    sessionStorage.setItem('rightstrack.csrf', csrf);
    return r;
  },
  async me() {
    const r = await call('GET', '/api/me');
    if (r.csrf) { csrf = r.csrf; sessionStorage.setItem('rightstrack.csrf', csrf); }
    return r;
  },
  async logout() { await call('POST', '/api/logout'); csrf = ''; sessionStorage.removeItem('rightstrack.csrf'); },
};
