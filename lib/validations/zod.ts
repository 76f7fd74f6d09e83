import { z } from "zod";

// In the browser, zod would compile object parsers with `new Function`, first probing whether it may;
// under our CSP (no 'unsafe-eval', proxy.ts) that probe is reported as a violation. The browser parses a
// few forms, so the interpreted parser costs nothing noticeable; the server keeps the compiled one.
// Every schema module imports z from here, so this runs before any schema is built.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
