// Runs as soon as it arrives (async in <head>, a file: the CSP allows no inline script; being
// tiny it comes before the stylesheet, so before the first paint). Decides, the way the app
// will, whether this device sees the language list index.html draws (tools/first-screen; CSS
// keeps it hidden until then): only on the holder's start route of a device that never showed a pass
// (ui/holder/pass-state.ts keeps 'bbpass.pass' once it has), so a pass holder or a staff page
// never sees it flash. Sets the page's language and direction as ui/i18n's initialLanguage()
// will, so the list does not flip sides when the app arrives, and keeps a tap on the list made
// before the app is there (<html data-chosen>, applied by ui/shell/early-choice.ts).
// Starts the app after the first paint: a build names its entry and the entry's imports in
// <meta name="bbpass-entry"> (tools/first-screen/entry-after-paint.ts) instead of loading them
// from the page, so they do not compete with the stylesheet the first paint waits for. The dev
// server's page loads its entry itself (no meta). A hidden tab paints no frame: the timer starts
// the app there.
(() => {
  let started = false;
  const start = () => {
    if (started) return;
    if (document.readyState === 'loading') return void document.addEventListener('DOMContentLoaded', start, { once: true });
    started = true;
    const meta = document.querySelector('meta[name="bbpass-entry"]');
    if (!meta) return;
    const [entry, ...imports] = meta.content.split(' ');
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
    // The entry's imports, fetched now rather than when the entry is read; two per task, as
    // each link cost a phone-speed CPU (4x slowed) up to ~9 ms of main thread.
    const queue = imports;
    const preload = () => {
      for (const href of queue.splice(0, 2)) {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        document.head.append(link);
      }
      if (queue.length > 0) setTimeout(preload, 0);
    };
    preload();
  };
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 500);
})();
(() => {
  const root = document.documentElement;
  const read = (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null; // storage disabled (private mode): as on a new device
    }
  };
  const route = location.hash.replace(/^#\/?/, '').replace(/\/+$/, '');
  if ((route !== '' && route !== 'holder') || read('bbpass.pass') !== null) return;
  const meta = document.querySelector('meta[name="bbpass-languages"]');
  const langs = (meta ? meta.content : '').split(' ').map((l) => l.split(':'));
  const wanted = [read('bbpass.lang'), ...(navigator.languages || [navigator.language]).map((tag) => tag.toLowerCase().split('-')[0])];
  const lang = wanted.map((w) => langs.find(([code]) => code === w)).find(Boolean) || ['de'];
  root.lang = lang[0];
  root.dir = lang[1] || 'ltr';
  root.setAttribute('data-start', 'list');
  document.addEventListener(
    'click',
    (e) => {
      // data-static is gone once Preact took the list over: its own handler answers then.
      const choice = e.target instanceof Element ? e.target.closest('button[data-static]') : null;
      if (!choice) return;
      root.setAttribute('data-chosen', choice.lang);
      choice.classList.add('is-current');
      choice.setAttribute('aria-pressed', 'true');
    },
    true,
  );
})();
