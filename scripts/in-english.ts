// Imported first by the scripts that run Limber's core: its words are read in English, as Limber chooses a language
// before it shows any.
import { speakWith } from '../core/i18n/speak';
import { english } from '../i18n/english';

speakWith(english);
