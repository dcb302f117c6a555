// One way to show a person's name everywhere: the Latin name as on the ID first (what staff
// compare), the holder's own script beside it, each part isolated so neither reorders the other.
import type { Person } from '../../core';

/** The native-script name as one line, or undefined when the person gave none. */
export function nativeNameOf(p: Person): string | undefined {
  const n = [p.givenNameNative, p.familyNameNative].filter(Boolean).join(' ');
  return n || undefined;
}

/** Latin name, then (when given) the native-script name in a quieter span of its own. */
export function PersonName({ person }: { person: Person }) {
  const native = nativeNameOf(person);
  return (
    <>
      <bdi>{person.givenName}</bdi> <bdi>{person.familyName}</bdi>
      {native && (
        <>
          {' '}
          <bdi class="native-name" dir="auto" data-testid="native-name">
            {native}
          </bdi>
        </>
      )}
    </>
  );
}
