// Set up before every unit, browser and system test file: Limber speaks English unless a test chooses otherwise, as
// the main process and the renderer choose a language before they show a word.
import { speakWith } from '../../core/i18n/speak';
import { english } from '../../i18n/english';

speakWith(english);
