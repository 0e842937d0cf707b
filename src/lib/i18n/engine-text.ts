// Every text of the engine's codes in the page's language, by topic. Components import the topic
// module they render (diagnostic-text.ts, field-text.ts ...), so a page bundles only those tables;
// this index is for tests and scripts that want them all.
export { diagnosticText } from './diagnostic-text.ts';
export { buildProblemText, handshakeLineMeaning } from './handshake-text.ts';
export { closeMeaning, opcodeMeaning } from './meaning-text.ts';
export { fieldLabel, fieldMeaning } from './field-text.ts';
export { inputErrorText, inputNoteText, readingName } from './input-text.ts';
export { keyProblemText, mistakeText } from './problem-text.ts';
export { workerFailureText } from './failure-text.ts';
