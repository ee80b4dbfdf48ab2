// @ts-check
/**
 * Loaded when a reader points at or focuses a search control (the inline
 * script of src/components/SearchButton.astro adds it): fetches the search
 * engine, the index entry and the vocabulary before the first keystroke.
 * The dialog and the search page import the same core.js, so nothing loads twice.
 */
import { preloadSearch } from './core.js';

preloadSearch();
