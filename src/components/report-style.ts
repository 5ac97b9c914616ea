/**
 * The compact report's stylesheet (src/styles/report.css) as a string, for `<unitscore-report>`'s
 * shadow root; `/embed` and `<StaticReport>` load the same file as an ordinary stylesheet.
 */
import css from '../styles/report.css?raw';

/** CSS for `.us-report` and everything inside it. */
export const REPORT_CSS: string = css;
