// Writes what the catalogs' files imply (`npm run i18n:types`): core/i18n/messages.ts, the typed keys and values of the
// English catalog, and each language's index.ts, which joins its area files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languagesOnDisk, LOCALES_DIR, readAreas } from './i18n/files';
import { languageIndex, messageTypes } from './i18n/message-types';

const others = languagesOnDisk().filter((language) => language !== 'en').map(readAreas);
writeFileSync(join(import.meta.dirname, '..', 'core', 'i18n', 'messages.ts'), messageTypes(readAreas('en'), others));
for (const language of languagesOnDisk()) writeFileSync(join(LOCALES_DIR, language, 'index.ts'), languageIndex(language));
