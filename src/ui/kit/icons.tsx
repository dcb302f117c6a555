import { GLOBE_PATHS } from './icon-globe';

// Line icons drawn here (no icon font, nothing fetched): each button pairs a picture with
// its words, which helps people who read little German or English.

const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

const PATHS = {
  qr: ['M3 3h7v7H3z', 'M14 3h7v7h-7z', 'M3 14h7v7H3z', 'M14 14h3v3h-3z', 'M18 18h3v3h-3z', 'M14 21h1', 'M21 14v1'],
  camera: ['M3 8h4l2-3h6l2 3h4v12H3z', circle(12, 13.5, 3.5)],
  list: ['M9 6h12', 'M9 12h12', 'M9 18h12', 'M4 6h1', 'M4 12h1', 'M4 18h1'],
  card: ['M2 5h20v14H2z', circle(8, 10.5, 2), 'M4.5 16c1-2.5 6-2.5 7 0', 'M14 10h5', 'M14 14h4'],
  show: ['M1.5 12S5.5 5 12 5s10.5 7 10.5 7-4 7-10.5 7S1.5 12 1.5 12z', circle(12, 12, 3)],
  download: ['M12 3v12', 'M7 10l5 5 5-5', 'M4 17v4h16v-4'],
  upload: ['M12 15V3', 'M7 8l5-5 5 5', 'M4 17v4h16v-4'],
  print: ['M6 9V3h12v6', 'M6 18H3v-8h18v8h-3', 'M6 14h12v7H6z'],
  settings: ['M3 6h11', 'M18 6h3', 'M3 12h4', 'M11 12h10', 'M3 18h13', 'M20 18h1', circle(16, 6, 2), circle(9, 12, 2), circle(18, 18, 2)],
  check: ['M4 12.5l5 5L20 6.5'],
  cross: ['M6 6l12 12', 'M18 6L6 18'],
  info: [circle(12, 12, 10), 'M12 11v6', 'M12 7.5v.5'],
  warning: ['M12 3L1.5 21h21z', 'M12 10v5', 'M12 18v.5'],
  trash: ['M4 7h16', 'M9 7V4h6v3', 'M6 7l1 14h10l1-14'],
  globe: GLOBE_PATHS,
  plus: ['M12 5v14', 'M5 12h14'],
  minus: ['M5 12h14'],
  file: ['M6 2h8l4 4v16H6z', 'M14 2v4h4'],
  play: ['M7 4l13 8-13 8z'],
  pause: ['M7 4v16', 'M17 4v16'],
  speaker: ['M4 9h4l5-4v14l-5-4H4z', 'M16.5 8.5a5 5 0 0 1 0 7'],
  signpost: ['M12 3v18', 'M5 6h12l3 2.5-3 2.5H5z', 'M19 13H8l-3 2.5L8 18h11z'],
  phone: ['M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z'],
  mail: ['M3 5h18v14H3z', 'M3 6l9 7 9-7'],
  pin: ['M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12z', circle(12, 9, 2.5)],
  copy: ['M8 8h12v12H8z', 'M4 16V4h12'],
} as const;

/** Names of the available icons. */
export type IconName = keyof typeof PATHS;

/** A decorative 24×24 line icon in the current text colour; the text next to it carries the meaning. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
