// How far each extraction rule is to be trusted: the share of its facts that were right on articles the rules were
// not written against. Stored on every extracted relationship; the curated seed's facts are 1.0.
// Set from the test part of the dev set (`npm run eval -- test/devset/heldout --calibration`, 2026-12-02), rounded
// to 0.05: the dev part, where the rules were tuned, overstates them (SPOKE_AT 0.98-0.99 there against 0.79-0.87).
// Re-measure when a rule changes; the figures it gave are in docs/extraction.md.
export const CONFIDENCE = {
  /** "під головуванням X", "chaired by X", "Засідання провела X": 6 of 6 right (42 of 42 on the dev part). */
  chairPhrase: 0.95,
  /** A speech verb or quote in the sentence that names the event: 11 of 14. */
  speechAtEvent: 0.8,
  /** A speech verb or quote in a later sentence, the event carried over from before: 73 of 84. */
  speechCarried: 0.85,
  /** The body whose own meeting it is ("засідання Правління АМУ"), "з ініціативи X", "organised by X": 21 of 26. */
  organiser: 0.8,
  /** Bodies and people named in a sentence about taking part: 31 of 37. */
  participant: 0.85,
  /** A reform named in a sentence about the event: 15 of 28. */
  topic: 0.55,
  /** A title next to the person's name, its body in the same phrase: 78 of 86. */
  positionInPhrase: 0.9,
  /** A title whose body is named by reference ("міської ради") and resolved to one named elsewhere: 6 of 8. */
  positionByReference: 0.75,
  /** "funded by X", "впроваджує X": a project's funder or implementer stated in a sentence: 19 of 23. */
  projectRole: 0.8,
  /** The project publishing the article organises what its body credits to "the Project": rare, 0 of 1 on the dev part. */
  projectFromSource: 0.5,
  /** The article names the actor or reports the event: as sure as names are read (persons 0.98, organisations 0.90 F1). */
  mention: 0.9,
  /** A fact from a writer that does not rate it (a facts file without confidences). */
  unrated: 0.5,
} as const;
