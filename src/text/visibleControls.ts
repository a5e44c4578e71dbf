/**
 * Text for the terminal with its control characters made visible: C0 controls (other than newline
 * and tab), DEL and C1 controls become `\xNN`, so a message quoting binary input cannot move the
 * cursor, change colours or ring the bell.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function visibleControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
