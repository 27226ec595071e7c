// Building the page from data without ever parsing it as HTML: every string from a document or a
// user becomes a text node, so markup in a document is shown, never run.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  append(node, children);
  return node;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Text with the byte ranges [begin, end) (UTF-8 offsets, as the API gives them) marked.
export function marked(text, ranges, className, titleOf = () => undefined) {
  const bytes = encoder.encode(text);
  const out = [];
  let at = 0;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  for (const r of sorted) {
    const [b, e] = r;
    if (b < at || e > bytes.length || e <= b) continue;
    out.push(decoder.decode(bytes.slice(at, b)));
    out.push(el('mark', { class: className, title: titleOf(r) }, decoder.decode(bytes.slice(b, e))));
    at = e;
  }
  out.push(decoder.decode(bytes.slice(at)));
  return out;
}
