// Imported first by main.tsx, so that a language is chosen before any other module of the page is evaluated.
import { speakWith } from '../core/i18n/speak';
import { english } from '../i18n/english';

speakWith(english);
