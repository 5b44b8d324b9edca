/**
 * Text a machine wrote, pasted into a ticket: a JSON body, a curl command or
 * an HTTP request line, a stack frame, a timestamped log line. It quotes what
 * a system said ("unauthorized", "access denied", "deleted") and states
 * nothing the customer means, so the learned reader, trained on what people
 * say, does not read it. The customer's own words around it still count.
 */
const MACHINE_TEXT = [
  /\{\s*"[^"]+"\s*:/, // a JSON object
  /^\s*(?:\$\s*)?curl\s/i,
  /^\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+\/\S*/,
  /^\s*at\s+[\w$.<>]+\s*\(/, // a stack frame
  /^\s*\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?/, // a log line's timestamp
  /^\s*(?:HTTP\/\d(?:\.\d)?\s+\d{3}|[\w.]+Error:|Traceback \(most recent call last\))/,
];

/** True when `sentence` (as written) is machine output rather than the customer's words. */
export function isMachineText(sentence: string): boolean {
  return MACHINE_TEXT.some((pattern) => pattern.test(sentence));
}
