// The preview's page script (runs in the webview; no module system, no remote resource).
// Receives the page HTML from the extension ('update') and swaps it in place, keeping the scroll
// position (no reload, no flicker); follows the editor ('scrollToLine'); tells the editor where
// the reader scrolled ('scrolled') and which heading was clicked ('reveal'); says which face
// stands in when a standard one (仿宋_GB2312 …) is not installed.
(function () {
  const vscode = acquireVsCodeApi();
  const pages = document.getElementById('pages');
  const notes = document.getElementById('notes');
  const pageStyle = document.getElementById('page-style');
  let css = '';
  let ignoreScrollUntil = 0;
  let facesKey = '';

  /** Blocks with their source line, in order. */
  const blocks = () => Array.from(pages.querySelectorAll('[data-line]'));

  function scrollToLine(line) {
    let target;
    const all = blocks();
    // At or above the first block: the top of the first sheet, margin and all.
    if (all.length === 0 || line <= Number(all[0].dataset.line)) {
      ignoreScrollUntil = Date.now() + 200;
      return window.scrollTo(0, 0);
    }
    for (const b of all) {
      if (Number(b.dataset.line) > line) break;
      target = b;
    }
    ignoreScrollUntil = Date.now() + 200;
    if (!target) window.scrollTo(0, 0);
    else window.scrollTo(0, window.scrollY + target.getBoundingClientRect().top - 8);
  }

  // Is a face installed? Text set in it measures differently from the fallbacks alone.
  const canvas = document.createElement('canvas').getContext('2d');
  const SAMPLE = 'mmmmmmmmmmlli1234567890巡视整改通报，。';
  function width(family) {
    canvas.font = '32px ' + family;
    return canvas.measureText(SAMPLE).width;
  }
  function installed(name) {
    return ['monospace', 'serif', 'sans-serif'].some((g) => width('"' + name + '", ' + g) !== width(g));
  }
  function checkFaces(faces, template, fallback, separator) {
    const key = JSON.stringify(faces);
    if (key === facesKey) return;
    facesKey = key;
    // One line per missing face and stand-in: "仿宋_GB2312 … 正文、三级标题 … AR PL UMing CN".
    const missing = new Map();
    for (const f of faces) {
      if (installed(f.standard)) continue;
      const used = f.stack.find((n) => n !== f.standard && installed(n)) || fallback;
      const k = f.standard + '\u0000' + used;
      if (!missing.has(k)) missing.set(k, { standard: f.standard, used, parts: [] });
      missing.get(k).parts.push(f.part);
    }
    notes.textContent = '';
    for (const m of missing.values()) {
      const p = document.createElement('p');
      p.textContent = template.replace('{standard}', m.standard).replace('{part}', m.parts.join(separator)).replace('{used}', m.used);
      notes.appendChild(p);
    }
    notes.hidden = missing.size === 0;
  }

  // The A4 sheet fits the panel's width (as a PDF viewer's "page width"), never enlarged.
  function fit() {
    const sheet = pages.querySelector('.page');
    if (!sheet) return;
    const zoom = Math.max(0.3, Math.min(1, (document.documentElement.clientWidth - 16) / sheet.offsetWidth));
    if (document.body.style.zoom !== String(zoom)) document.body.style.zoom = String(zoom);
  }
  window.addEventListener('resize', fit);

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m.type === 'update') {
      const y = window.scrollY;
      if (m.css !== css) pageStyle.textContent = css = m.css;
      pages.innerHTML = m.html;
      fit();
      ignoreScrollUntil = Date.now() + 100;
      window.scrollTo(0, y);
      document.body.dataset.version = String(m.version);
      vscode.setState({ uri: m.uri });
      checkFaces(m.faces, m.fontMissing, m.defaultFace, m.partSeparator);
    } else if (m.type === 'scrollToLine') {
      scrollToLine(m.line);
    }
  });

  let pending = false;
  window.addEventListener('scroll', () => {
    if (Date.now() < ignoreScrollUntil || pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const first = blocks().find((b) => b.getBoundingClientRect().bottom > 0);
      if (first) vscode.postMessage({ type: 'scrolled', line: Number(first.dataset.line) });
    });
  });

  pages.addEventListener('click', (e) => {
    const h = e.target.closest('.h, .title');
    if (h) vscode.postMessage({ type: 'reveal', line: Number(h.dataset.line) });
  });

  vscode.postMessage({ type: 'ready' });
})();
