// How far each extraction rule is to be trusted: the share of its facts that were right on the dev set when the
// rule was written (`npm run eval -- --verbose` shows the misses). Stored on every extracted relationship; the
// curated seed's facts are 1.0.
export const CONFIDENCE = {
  /** "під головуванням X", "chaired by X": the chair named in the phrase itself. */
  chairPhrase: 0.95,
  /** A speech verb or quote in the sentence that names the event. */
  speechAtEvent: 0.9,
  /** A speech verb or quote in a later sentence, the event carried over from before. */
  speechCarried: 0.75,
  /** The body whose own meeting it is ("засідання Правління АМУ"), or "з ініціативи X", "organised by X". */
  organiser: 0.85,
  /** Bodies named in a sentence about taking part. */
  participant: 0.75,
  /** A reform named in a sentence about the event. */
  topic: 0.6,
  /** A title next to the person's name, its body in the same phrase. */
  positionInPhrase: 0.95,
  /** A title whose body is named by reference ("міської ради") and resolved to one named elsewhere. */
  positionByReference: 0.8,
  /** "funded by X", "впроваджує X": a project's funder or implementer stated in a sentence. */
  projectRole: 0.85,
  /** The project publishing the article organises what its body credits to "the Project". */
  projectFromSource: 0.7,
  /** The article names the actor or reports the event: as sure as the names are read (persons and organisations score 0.95+). */
  mention: 0.9,
  /** A fact from a writer that does not rate it (a facts file without confidences). */
  unrated: 0.5,
} as const;
