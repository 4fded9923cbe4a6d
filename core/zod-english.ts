import * as z from 'zod/mini';

// Unlike zod, zod/mini sets up no language: without one, every message zod writes itself reads "Invalid input".
// Each module that builds schemas imports this one, so that English is in place before anything is parsed.
z.config(z.locales.en());
