// The globe icon's path data on its own (no JSX), because index.html's first screen draws it
// at build time too (tools/first-screen) and must draw it exactly as the app does.

/** Path data of the globe icon: a circle (as icons.tsx's circle(12, 12, 10)), the equator and a meridian. */
export const GLOBE_PATHS = ['M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0', 'M2 12h20', 'M12 2c3 3 4 6.5 4 10s-1 7-4 10c-3-3-4-6.5-4-10s1-7 4-10z'] as const;
