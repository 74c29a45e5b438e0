// HTML attachments and HTML mail parts go through the core's one HTML-to-text converter, so the
// body and attachments are read the same way.
export { htmlToText as htmlText } from "../text/html-to-text";
