/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** True in a demo build (no district pinned, or BBPASS_DEMO_BUILD=1): only then may DEMO code and anchors ship. See vite.config.ts. */
declare const __BBPASS_DEMO__: boolean;
