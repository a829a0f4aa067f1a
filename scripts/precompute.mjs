// Build step (after tsc): precompute what the check would otherwise compute at every start —
// the folded Dutch word lists and the compiled lexicon — into dist/, beside the modules that
// read them. Each file carries a key of its sources; a stale or missing file is recomputed at run time.
import { writeFileSync } from 'node:fs';

const dict = await import('../dist/check/lexicon/dictionary.js');
const words = dict.precomputedWordsFile();
// (a Buffer)
if (words) writeFileSync(new URL(`../dist/check/lexicon/${dict.PRECOMPUTED_WORDS}`, import.meta.url), words);
const lex = await import('../dist/check/lexicon/index.js');
writeFileSync(new URL(`../dist/check/lexicon/${lex.LEXICON_SNAPSHOT}`, import.meta.url), lex.lexiconSnapshot());
// the demo school's roster, the CLI's default registry (generated at every start otherwise)
const demo = await import('../dist/demo/roster.js');
const roster = demo.demoRosterSnapshot();
if (roster) writeFileSync(new URL(`../dist/demo/${demo.DEMO_ROSTER_FILE}`, import.meta.url), roster);
// and the check's index of its names (normalised at every start otherwise)
const rosterIndex = demo.demoRosterIndexSnapshot();
if (rosterIndex) writeFileSync(new URL(`../dist/demo/${demo.DEMO_ROSTER_INDEX_FILE}`, import.meta.url), rosterIndex);
// the learned reading's weights as a hash table over typed arrays, derived from decency-model.json
// (which stays the trainer's source): a check then builds no map of its 24,000 features at start
const learned = await import('../dist/check/learned/model.js');
const weights = learned.weightTableFile();
if (weights) writeFileSync(new URL(`../dist/check/learned/${learned.WEIGHT_TABLE_FILE}`, import.meta.url), weights);
