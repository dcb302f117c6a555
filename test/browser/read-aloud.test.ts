// Read-aloud in real Chromium with a recording speechSynthesis (issue 19.3): an entry is read
// field by field, each label and value its own utterance in the holder's voice, a new field only
// after the last one ended and a pause; German place names in the German voice; a second tap
// stops. Without a voice for the language the button stays and says so, and offers German.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, browserPerSuite } from './harness';
import { confirmDemo, entryCount, go, switchLanguage } from './holder-steps';

const SHOTS = process.env.BBPASS_SHOTS ?? '/tmp/shots-read-aloud';

interface Said {
  text: string;
  lang: string;
  voice: string | undefined;
  /** Utterances still waiting when this one was queued: 0 = a field's first, after the pause. */
  behind: number;
}

/** Replaces speechSynthesis with a recorder offering `voices`; it ends utterances one by one unless held. */
async function fakeSpeech(page: Page, voices: Array<{ lang: string; name: string }>): Promise<void> {
  await page.addInitScript((list) => {
    const said: unknown[] = [];
    const queue: Array<{ text: string; onend: (() => void) | null }> = [];
    const state = { said, cancels: 0, hold: false };
    Object.assign(window, { speech: state });
    let busy = false;
    const next = () => {
      if (busy || state.hold || !queue.length) return;
      busy = true;
      setTimeout(() => {
        busy = false;
        if (state.hold) return;
        queue.shift()?.onend?.();
        next();
      });
    };
    class Utterance {
      voice: { name: string; lang: string } | null = null;
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    const synth = {
      getVoices: () => list.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })),
      speak(u: Utterance) {
        said.push({ text: u.text, lang: u.lang, voice: u.voice?.name, behind: queue.length });
        queue.push(u);
        next();
      },
      cancel() {
        state.cancels++;
        queue.length = 0;
      },
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
  }, voices);
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { speech: { said: Said[] } }).speech.said);
const pressed = (page: Page) => page.getByTestId('read-aloud').getAttribute('aria-pressed');

/** Presses read-aloud and waits until the reading has ended (every field plus its pause). */
async function readToEnd(page: Page): Promise<void> {
  await page.getByTestId('read-aloud').click();
  await expect.poll(() => pressed(page)).toBe('true');
  await expect.poll(() => pressed(page), { timeout: 30_000 }).toBe('false');
}

/** Demo mode's sample pass, on the detail of its first entry. */
async function openEntry(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/#/coordinator`);
  await page.getByTestId('demo-start').click();
  await confirmDemo(page);
  await page.getByTestId('demo-notice').waitFor();
  await entryCount(page);
  await page.getByTestId('entry-item').first().click();
  await page.getByTestId('entry-fields').waitFor();
}

describe('read-aloud', () => {
  const suite = browserPerSuite();

  /** A phone page with a German voice and `voices`, on the sample pass's first entry in the language named `name`. */
  const entryIn = async (voices: Array<{ lang: string; name: string }>, name: string, code: string) => {
    const tab = await suite.open({ viewport: { width: 360, height: 740 } });
    await fakeSpeech(tab.page, [{ lang: 'de-DE', name: 'Anna' }, ...voices]);
    await openEntry(tab.page);
    await switchLanguage(tab.page, name);
    await expect.poll(() => tab.page.getAttribute('html', 'lang')).toBe(code);
    return tab;
  };

  it('reads an Arabic entry field by field in the Arabic voice, German names in the German voice, and stops on a second tap', async () => {
    const { page, guard } = await entryIn([{ lang: 'ar-SA', name: 'Maged' }], 'العربية', 'ar');
    await readToEnd(page);

    const spoken = await said(page);
    const heading = (await page.locator('main h1').textContent())!;
    const rows = await page.getByTestId('entry-fields').locator('.field-row').evaluateAll((els) => els.map((el) => [el.querySelector('dt')!.textContent!, el.querySelector('dd')!.textContent!.replace(/[\u200e\u200f\u2066-\u2069]/g, '')]));
    expect(spoken[0]).toEqual({ text: heading, lang: 'ar-SA', voice: 'Maged', behind: 0 });
    expect(spoken.every((s) => s.lang === 'ar-SA' && s.voice === 'Maged')).toBe(true);
    // Every label starts a field of its own (after the last ended and the pause), its value queued right behind it.
    const texts = spoken.map((s) => s.text);
    for (const [label, value] of rows) {
      const at = texts.indexOf(label!);
      expect(at, label).toBeGreaterThan(0);
      expect(spoken[at]!.behind).toBe(0);
      expect(spoken[at + 1]).toMatchObject({ text: value!.replace(/\s+/g, ' ').trim(), behind: 1 });
    }
    expect(texts.indexOf(rows.at(-1)![0]!)).toBeGreaterThan(texts.indexOf(rows[0]![0]!));
    expect(texts.join(' ')).not.toContain('قراءة بصوت عالٍ');

    // A Wegweiser offer: its German name and places in the German voice, the labels in Arabic.
    await go(page, '#/holder/offer/integrationsbeauftragte');
    await page.getByTestId('offer-contact').waitFor();
    const before = spoken.length;
    await readToEnd(page);
    const offer = (await said(page)).slice(before);
    expect(offer[0]).toMatchObject({ text: (await page.locator('main h1').textContent())!.trim(), lang: 'de-DE', voice: 'Anna' });
    expect(offer.some((s) => s.lang === 'ar-SA')).toBe(true);

    // Held engine: the first field is queued, a second tap cancels, nothing more is said.
    await page.evaluate(() => ((window as unknown as { speech: { hold: boolean } }).speech.hold = true));
    const held = (await said(page)).length;
    await page.getByTestId('read-aloud').click();
    await expect.poll(() => pressed(page)).toBe('true');
    await page.getByTestId('read-aloud').click();
    await expect.poll(() => pressed(page)).toBe('false');
    expect((await said(page)).length).toBe(held + 1);
    guard.assertClean();
  });

  it('says where the phone has no voice for the language, names a near voice for Dari, and offers German', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, guard } = await entryIn([{ lang: 'fa-IR', name: 'Dariush' }], 'دری', 'prs');
    await expect.poll(() => page.getByTestId('read-aloud-near').textContent()).toContain('فارسی');
    await page.screenshot({ path: `${SHOTS}/prs-entry-near-voice.png` });

    await switchLanguage(page, 'پښتو');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ps');
    expect(await page.getByTestId('read-aloud-no-voice').count()).toBe(0);
    await page.getByTestId('read-aloud').click();
    const notice = page.getByTestId('read-aloud-no-voice');
    await expect.poll(() => notice.textContent()).toContain('دا ټیلیفون د \u2068پښتو\u2069 لپاره غږ نه لري.');
    expect(await said(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/ps-entry-no-voice.png` });

    await page.getByTestId('read-aloud-german').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('de');
    await expect.poll(async () => (await said(page)).length).toBeGreaterThan(2);
    const spoken = await said(page);
    expect(spoken[0]!.text).toBe((await page.locator('main h1').textContent())!.trim());
    expect(spoken.every((s) => s.lang === 'de-DE')).toBe(true);
    await expect.poll(() => pressed(page), { timeout: 30_000 }).toBe('false');
    guard.assertClean();
  });

  it('says so in headless Chromium, which has no voice at all, instead of hiding the button', async () => {
    const { page, guard } = await suite.open();
    await page.goto(`${baseUrl()}/#/holder/directory`);
    await page.getByTestId('offer-item').first().waitFor();
    await page.getByTestId('read-aloud').click();
    await expect.poll(() => page.getByTestId('read-aloud-no-voice').textContent()).toContain('Dieses Telefon hat keine Stimme für \u2068Deutsch\u2069.');
    expect(await page.getByTestId('read-aloud-german').count()).toBe(0);
    await page.getByTestId('read-aloud').click();
    expect(await page.getByTestId('read-aloud-no-voice').count()).toBe(0);
    guard.assertClean();
  });
});
