/**
 * Registers the analysis Worker (off-thread-analyser.ts) with the state layer. Imported first by
 * the playground's script, so that even a huge workspace restored at load (autosave, link) is
 * analysed off the main thread. Importing it starts nothing: the worker starts on the first
 * workspace over DEFER_ANALYSIS_CHARS.
 */
import { analyseLargeInputsWith } from '../state/report.ts';
import { offThreadAnalyser } from './off-thread-analyser.ts';

analyseLargeInputsWith(offThreadAnalyser());
