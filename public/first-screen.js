// Runs as soon as it arrives (async in <head>, a file: the CSP allows no inline script; being
// tiny it comes before the stylesheet, so before the first paint). Three jobs:
// - starts the app after the first paint, with the start route's view and messages beside it;
// - decides, the way the app will, whether this device sees the language list index.html draws
//   (tools/first-screen; CSS keeps it hidden until then): only on the holder's start route of a
//   device that never showed a pass (ui/holder/pass-state.ts keeps 'bbpass.pass' once it has),
//   so a pass holder or a staff page never sees it flash;
// - sets the page's language and direction as ui/i18n's initialLanguage() will, so the list does
//   not flip sides when the app arrives, and keeps a tap on the list made before the app is there
//   (<html data-chosen>, applied by ui/shell/early-choice.ts).
(() => {
  const root = document.documentElement;
  const read = (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null; // storage disabled (private mode): as on a new device
    }
  };
  const meta = (name) => {
    const el = document.querySelector(`meta[name="${name}"]`);
    return el ? el.content.split(' ').filter(Boolean) : [];
  };
  const path = location.hash.replace(/^#\/?/, '').replace(/\/+$/, '').split('/');
  // The app's language as ui/i18n's initialLanguage() picks it: the saved choice, else the
  // browser's first supported language, else German.
  const langs = meta('bbpass-languages').map((l) => l.split(':'));
  const wanted = [read('bbpass.lang'), ...(navigator.languages || [navigator.language]).map((tag) => tag.toLowerCase().split('-')[0])];
  const lang = wanted.map((w) => langs.find(([code]) => code === w)).find(Boolean) || ['de'];
  // The holder's start route on a device that never showed a pass: the page's own language list.
  const firstStart = (path[0] === '' || (path[0] === 'holder' && path.length === 1)) && read('bbpass.pass') === null;

  // The start route's view, its imports and its messages (<meta name="bbpass-routes">), which
  // the router would ask for only after the entry ran and the view arrived: three steps a staff
  // area's first screen waited for on a slow link. A staff area routes inside itself
  // (#/office/stamp is the office's view) and speaks German or English (ui/i18n's staffLang);
  // the holder's home is #/holder or no route. Not on a first start: the page already shows its
  // first screen, and the view's requests would only compete with it (lighthouse LCP 1.0 -> 1.8 s).
  const startFiles = () => {
    if (firstStart) return [];
    const route = path[0] === '' ? 'holder' : path[0] === 'holder' && path.length > 1 ? '' : path[0];
    const files = new Map(meta('bbpass-routes').map((r) => r.split('=')));
    const view = files.get(route);
    if (!view) return [];
    const staff = route === 'holder' ? undefined : lang[0] === 'de' ? 'de' : 'en';
    const messages = [lang[0], staff, staff && `${staff}-${route}`].map((name) => name && files.get(`messages:${name}`));
    return [...view.split(','), ...messages].filter(Boolean);
  };

  // Starts the app after the first paint: a build names its entry in <meta name="bbpass-entry">
  // (tools/first-screen/entry-after-paint.ts) instead of loading it from the page, so it does not
  // compete with the stylesheet the first paint waits for. The dev server's page loads its entry
  // itself (no meta). A hidden tab paints no frame: the timer starts the app there.
  let started = false;
  const start = () => {
    if (started) return;
    if (document.readyState === 'loading') return void document.addEventListener('DOMContentLoaded', start, { once: true });
    started = true;
    const [entry, ...imports] = meta('bbpass-entry');
    if (!entry) return;
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
    // import(), not <link rel="modulepreload"> per file: each link cost a phone-speed CPU up to
    // ~9 ms of main thread, and a module's own imports come with it. A view that runs before the
    // entry only imports the entry itself (one instance of each module); a failure here is the
    // router's to report when it asks for the same file.
    for (const file of [...imports, ...startFiles()]) {
      if (!file.endsWith('.css')) {
        import(file).catch(() => {});
        continue;
      }
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.crossOrigin = ''; // as Vite's loader asks for it, so it finds this link and does not fetch again
      link.href = file;
      document.head.append(link);
    }
  };
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 500);

  // Decides, the way the app will, whether this device sees the language list index.html draws.
  if (!firstStart) return;
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
