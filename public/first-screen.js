// Runs as soon as it arrives (async in <head>, a file: the CSP allows no inline script; being
// tiny it comes before the stylesheet, so before the first paint). Decides, the way the app
// will, whether this device sees the language list index.html draws (tools/first-screen; CSS
// keeps it hidden until then): only on the holder's start route of a device that never showed a pass
// (ui/holder/pass-state.ts keeps 'bbpass.pass' once it has), so a pass holder or a staff page
// never sees it flash. Sets the page's language and direction as ui/i18n's initialLanguage()
// will, so the list does not flip sides when the app arrives, and keeps a tap on the list made
// before the app is there (<html data-chosen>, applied by ui/shell/early-choice.ts).
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
