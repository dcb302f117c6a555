// The coordinator's planning view (issue 17): needs recorded in Beratung entries appear as
// demand beside supply, merged from office exports (the newer export of an office month wins),
// and every figure on screen and in the CSV is suppressed: nothing under 3, no total that
// gives a hidden figure away.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildCounts, germanMonth, monthOf, type Entry } from '../../src/core';
import { baseUrl, browserPerSuite } from './harness';
import { artifactFiles, shotIfAsked } from './holder-steps';

const DESK = { width: 1280, height: 860 };
const DAY = 86_400;
const file = artifactFiles('planning');

/** The cells of a table's body, row by row, as shown. */
const cells = (page: Page, testId: string) => page.getByTestId(testId).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));

describe('coordinator planning view', () => {
  const suite = browserPerSuite();

  it('shows needs from Beratung entries beside modules and exams, suppressed on screen and in the CSV', async () => {
    const { page, guard } = await suite.open({ viewport: DESK });
    await page.goto(`${baseUrl()}/#/coordinator/numbers`);
    const t = Math.floor(Date.now() / 1000);
    const month = monthOf(t);
    const times = <T,>(n: number, x: T): T[] => Array.from({ length: n }, () => x);
    const sk = (level: 'A1' | 'B1', status: 'completed' | 'exam-passed' = 'completed'): Entry => ({ type: 'sprachkurs', course: 'integrationskurs', level, status });
    const need = (n: Extract<Entry, { type: 'beratung' }>['needs']): Entry => ({ type: 'beratung', topics: ['language-course-access'], date: '2026-01-01', needs: n });
    const vhs = { id: 'vhs-dachau', name: 'VHS Dachau', kind: 'volkshochschule' };
    const mbe = { id: 'mbe-dachau', name: 'MBE Dachau', kind: 'migrationsberatung' };
    const exp = (office: typeof vhs, generatedAt: number, issued: Entry[]) =>
      JSON.stringify(buildCounts(issued.map((e) => ({ issuedAt: t, entry: e })), { district: '09174', office, generatedAt, months: [month] }));
    const oldVhs = exp(vhs, t - DAY, [sk('A1')]);
    const newVhs = exp(vhs, t, [...times(4, sk('A1')), ...times(3, sk('B1')), ...times(3, sk('B1', 'exam-passed'))]);
    const mbeFile = exp(mbe, t, [
      ...times(5, need([{ need: 'integrationskurs', level: 'B1' }])),
      ...times(3, need([{ need: 'berufssprachkurs', level: 'B2' }])),
      need([{ need: 'recognition' }, { need: 'praktikum', field: 'Pflege' }]),
    ]);
    const input = page.locator('input[name="counts-file"]');
    await input.setInputFiles([file('vhs-old.json', oldVhs), file('mbe.json', mbeFile)]);
    await page.getByTestId('table-demand').waitFor();
    await input.setInputFiles([file('vhs-new.json', newVhs), file('vhs-old-again.json', oldVhs)]);
    await expect.poll(() => cells(page, 'table-completed')).toEqual([
      ['Integrationskurs A1', '4', '4'],
      ['Integrationskurs B1', '3', '3'],
      ['Summe', '7', '7'],
    ]);
    // Anerkennung and Praktikum (1 each) are hidden; Berufssprachkurs B2 (3) too, or 9 − 5 − 3 would give them away.
    expect(await cells(page, 'table-demand')).toEqual([
      ['Integrationskurs B1', '5', '5'],
      ['Berufssprachkurs B2', 'x', 'x'],
      ['Anerkennung von Abschlüssen', 'x', 'x'],
      ['Praktikum', 'x', 'x'],
      ['Summe', '10', '10'],
    ]);
    expect(await cells(page, 'table-exam-passed')).toEqual([
      ['Integrationskurs B1', '3', '3'],
      ['Summe', '3', '3'],
    ]);
    expect(await page.getByTestId('chart-planning').locator('svg').getAttribute('aria-label')).toContain('Integrationskurs B1: Bedarf (Beratungen) 5, Module abgeschlossen 3, Prüfungen bestanden 3');
    expect(await page.getByTestId('suppression-legend').textContent()).toContain('x = weniger als 3');
    await shotIfAsked(page, 'coordinator-planning');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shotIfAsked(page, 'coordinator-planning-phone');

    const download = page.waitForEvent('download');
    await page.getByTestId('csv').click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFTabelle;Art;Niveau;Monat;Anzahl');
    const m = germanMonth(month);
    expect(lines).toContain(`Bedarf (Beratungen);Integrationskurs;B1;${m};5`);
    expect(lines).toContain(`Bedarf (Beratungen);Anerkennung;;${m};x`);
    expect(lines).toContain(`Bedarf (Beratungen);Summe;;Summe;10`);
    expect(lines).toContain(`Module abgeschlossen;Integrationskurs;A1;${m};4`);
    // No published figure is 1 or 2, and no office name or free text leaves the device.
    expect(lines.slice(1, -1).map((l) => l.split(';')[4]).filter((n) => n === '1' || n === '2')).toEqual([]);
    expect(csv).not.toMatch(/VHS Dachau|MBE Dachau|Pflege/);
    guard.assertClean();
  });
});
