/** Moves focus to the main region after a step changes within one route, as the shell does between routes. */
export function focusMain(): void {
  document.getElementById('main')?.focus();
  scrollTo(0, 0);
}
