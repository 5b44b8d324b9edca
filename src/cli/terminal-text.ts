/**
 * Customer text printed on a terminal must stay text. Control characters
 * (ESC starting colour or cursor sequences, OSC title and clipboard writes,
 * BEL, backspace, carriage return overwriting a line, the C1 range) are
 * dropped; tabs and newlines stay, as the layout uses them.
 */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalText(text: string): string {
  return text.replace(TERMINAL_CONTROLS, "");
}
