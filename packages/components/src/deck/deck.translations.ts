import type { Language } from '../shared/language.js';

/** One row of the keyboard help: the keys' names as words (read aloud as written), and what they do. */
export type KeyHelpRow = readonly [keys: readonly string[], action: string];

export interface DeckTranslation {
  /** The deck's region name when it has no `label`. */
  deck: string;
  /** The toggle button in the overview. */
  present: string;
  /** The toggle button while presenting. */
  overview: string;
  fullscreen: string;
  exitFullscreen: string;
  /** The help button and the help dialog's heading. */
  help: string;
  close: string;
  previous: string;
  next: string;
  /** "Folie 3 von 17": the position, spoken and announced. */
  position: (number: number, total: number) => string;
  /** Announced when presenting starts, before the position. */
  presenting: string;
  /** Announced when the overview opens. */
  showingAll: (total: number) => string;
  fullscreenOn: string;
  fullscreenOff: string;
  /** The help dialog's rows. */
  keys: readonly KeyHelpRow[];
  /** Below the keys: when they act. */
  keysNote: string;
  /** A slide without heading or id gets the id "folie-3" / "slide-3". */
  slideId: string;
}

export const deckTranslations: Record<Language, DeckTranslation> = {
  de: {
    deck: 'Präsentation',
    present: 'Präsentieren',
    overview: 'Alle Folien zeigen',
    fullscreen: 'Vollbild',
    exitFullscreen: 'Vollbild beenden',
    help: 'Tastenkürzel',
    close: 'Schließen',
    previous: 'Vorherige Folie',
    next: 'Nächste Folie',
    position: (number, total) => `Folie ${number} von ${total}`,
    presenting: 'Präsentationsmodus',
    showingAll: (total) => `Übersicht mit allen ${total} Folien`,
    fullscreenOn: 'Vollbild an',
    fullscreenOff: 'Vollbild aus',
    keys: [
      [['Pfeil rechts', 'Pfeil unten', 'Bild ab', 'Leertaste'], 'Nächste Folie'],
      [['Pfeil links', 'Pfeil oben', 'Bild auf', 'Umschalt + Leertaste'], 'Vorherige Folie'],
      [['Pos1'], 'Erste Folie'],
      [['Ende'], 'Letzte Folie'],
      [['?'], 'Diese Hilfe öffnen'],
      [['Esc'], 'Hilfe schließen, Vollbild beenden'],
    ],
    keysNote: 'Die Tasten wirken beim Präsentieren, nicht in Eingabefeldern und nicht mit Alt, Strg oder Meta. Auf einer Folie, die höher ist als der Bildschirm, scrollen alle außer Pfeil rechts und links zuerst.',
    slideId: 'folie',
  },
  en: {
    deck: 'Presentation',
    present: 'Present',
    overview: 'Show all slides',
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
    help: 'Keyboard shortcuts',
    close: 'Close',
    previous: 'Previous slide',
    next: 'Next slide',
    position: (number, total) => `Slide ${number} of ${total}`,
    presenting: 'Presentation mode',
    showingAll: (total) => `Overview of all ${total} slides`,
    fullscreenOn: 'Full screen on',
    fullscreenOff: 'Full screen off',
    keys: [
      [['Right arrow', 'Down arrow', 'Page Down', 'Space'], 'Next slide'],
      [['Left arrow', 'Up arrow', 'Page Up', 'Shift + Space'], 'Previous slide'],
      [['Home'], 'First slide'],
      [['End'], 'Last slide'],
      [['?'], 'Open this help'],
      [['Esc'], 'Close the help, leave full screen'],
    ],
    keysNote: 'The keys act while presenting, not in form fields and not with Alt, Ctrl or Meta. On a slide taller than the screen, all but arrow right and left scroll first.',
    slideId: 'slide',
  },
};
