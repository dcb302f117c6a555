// Fills a message template. `{n}` inserts a value (numbers formatted for the language, e.g.
// Arabic digits); `{n:one=Eintrag|other=Einträge}` picks the form Intl.PluralRules gives for n,
// so Russian, Ukrainian and Arabic get their few/many/two/zero forms without a library. Inside
// a form, `#` stands for the formatted number (Arabic puts it inside some forms, not before).

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, lang: string, make: () => T): T {
  let value = map.get(lang);
  if (!value) map.set(lang, (value = make()));
  return value;
}

/** The plural forms of a `{name:cat=text|…}` block, e.g. { one: 'Eintrag', other: 'Einträge' }. */
export function pluralForms(spec: string): Record<string, string> {
  const forms: Record<string, string> = {};
  for (const part of spec.split('|')) {
    const eq = part.indexOf('=');
    if (eq > 0) forms[part.slice(0, eq).trim()] = part.slice(eq + 1);
  }
  return forms;
}

/** A template with its placeholders filled for `lang`; unknown placeholders stay visible. */
export function fill(lang: string, template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)(?::([^{}]*))?\}/g, (whole, name: string, spec: string | undefined) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    const shown = typeof value === 'number' ? cached(numbers, lang, () => new Intl.NumberFormat(lang)).format(value) : value;
    if (spec === undefined) return shown;
    const forms = pluralForms(spec);
    const category = cached(rules, lang, () => new Intl.PluralRules(lang)).select(Number(value));
    return (forms[category] ?? forms.other ?? '').replace(/#/g, shown);
  });
}
