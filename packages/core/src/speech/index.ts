export { speechAid } from './aid.js';
export { chunk, MAX_BYTES } from './chunk.js';
export { createSpeech, DWELL, type SpeechValue } from './speech.js';
export { chooseVoice, loadVoices, type Voice } from './voices.js';
export type { SpeechOptions, SpeechProvider } from './provider.js';
