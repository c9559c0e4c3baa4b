// Dumps the proper-name forms of VESUM (ua.net.nlp:morfologik-ukrainian-lt) to gzipped TSV tables.
//
//   java -cp <morfologik-stemming.jar>:<morfologik-fsa.jar>:<morfologik-ukrainian-lt.jar> Export.java OUT_DIR
//       writes OUT_DIR/names.tsv.gz (tags with fname, lname or pname — VESUM's patronymic tag; the tagset
//       doc calls it "patr"), OUT_DIR/given.tsv.gz (fname only, the given-names-only option) and
//       OUT_DIR/geo.tsv.gz (tags with geo); rows are form<TAB>lemma<TAB>tag, in the dictionary's sorted order.
//   java -cp ... Export.java --lexicon OUT_FILE
//       writes the extractor's names lexicon (src/extract/lexicon.ts): one row per singular non-vocative
//       masculine or feminine name form, key<TAB>lemma<TAB>code, sorted by key (UTF-16 order, which is UTF-8
//       byte order for these letters) so that the reader binary-searches the file as it lies on disk. key and
//       lemma are lower case with apostrophes as ASCII; code is role (g given, s surname, p patronymic), gender
//       (m, f), case (0 nom … 5 loc) and 1 when VESUM marks the form or lemma non-standard, else 0.
//   java -cp ... Export.java --lookup WORD...
//       prints every analysis of each word in the whole dictionary (any part of speech), for checking.
//
// Single-file program for Java 17's source launcher; the dictionary is read straight from the jar on the
// class path, nothing is unpacked.
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

public class Export {
  static final String DICT = "/org/languagetool/resource/uk/ukrainian.dict";
  static final Set<String> NAME_TAGS = Set.of("fname", "lname", "pname", "patr");

  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    URL url = Export.class.getResource(DICT);
    if (url == null) url = Thread.currentThread().getContextClassLoader().getResource(DICT.substring(1));
    if (url == null) throw new IllegalStateException("ukrainian.dict not on the class path (morfologik-ukrainian-lt jar)");
    Dictionary dict = Dictionary.read(url);
    DictionaryLookup lookup = new DictionaryLookup(dict);

    if (args.length > 0 && args[0].equals("--lookup")) {
      for (int i = 1; i < args.length; i++) {
        String w = args[i];
        var found = lookup.lookup(w);
        if (found.isEmpty() && !w.equals(w.toLowerCase())) found = lookup.lookup(w.toLowerCase());
        if (found.isEmpty()) System.out.println(w + "\t-\t-");
        for (WordData wd : found) System.out.println(w + "\t" + wd.getStem() + "\t" + wd.getTag());
      }
      return;
    }

    if (args.length > 1 && args[0].equals("--lexicon")) {
      writeLexicon(lookup, Path.of(args[1]));
      System.err.printf("lexicon %s: %d bytes, %.1f s%n", args[1], Files.size(Path.of(args[1])), (System.nanoTime() - t0) / 1e9);
      return;
    }

    Path out = Path.of(args.length > 0 ? args[0] : ".vesum");
    Files.createDirectories(out);
    long total = 0, names = 0, given = 0, geo = 0;
    try (Writer nw = gz(out.resolve("names.tsv.gz")); Writer fw = gz(out.resolve("given.tsv.gz"));
         Writer gw = gz(out.resolve("geo.tsv.gz"))) {
      for (WordData wd : lookup) {
        total++;
        String tag = wd.getTag().toString();
        boolean isName = false, isGiven = false, isGeo = false;
        for (String part : tag.split(":")) {
          if (NAME_TAGS.contains(part)) { isName = true; isGiven |= part.equals("fname"); }
          else if (part.equals("geo")) isGeo = true;
        }
        if (!isName && !isGeo) continue;
        String row = wd.getWord() + "\t" + wd.getStem() + "\t" + tag + "\n";
        if (isName) { nw.write(row); names++; }
        if (isGiven) { fw.write(row); given++; }
        if (isGeo) { gw.write(row); geo++; }
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.err.printf("entries %d, names %d (%d bytes), given %d (%d bytes), geo %d (%d bytes), %.1f s, heap used %d MB%n",
        total, names, Files.size(out.resolve("names.tsv.gz")), given, Files.size(out.resolve("given.tsv.gz")),
        geo, Files.size(out.resolve("geo.tsv.gz")),
        (System.nanoTime() - t0) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  static final Map<String, String> ROLES = Map.of("fname", "g", "lname", "s", "pname", "p", "patr", "p");
  static final Map<String, String> CASES = Map.of("v_naz", "0", "v_rod", "1", "v_dav", "2", "v_zna", "3", "v_oru", "4", "v_mis", "5");
  static final Set<String> MARKS = Set.of("bad", "err", "alt", "subst", "arch", "rare", "coll", "slang");

  static String fold(String s) {
    return s.replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2018', '\'').replace('`', '\'').toLowerCase();
  }

  static void writeLexicon(DictionaryLookup lookup, Path file) throws IOException {
    TreeSet<String> rows = new TreeSet<>();
    for (WordData wd : lookup) {
      String role = null, gender = null, kase = null;
      boolean marked = false;
      for (String part : wd.getTag().toString().split(":")) {
        if (ROLES.containsKey(part)) role = ROLES.get(part);
        else if (CASES.containsKey(part)) kase = CASES.get(part);
        else if (part.equals("m") || part.equals("f")) gender = part;
        else if (MARKS.contains(part)) marked = true;
      }
      if (role == null || gender == null || kase == null) continue;
      String lemma = fold(wd.getStem().toString());
      // Russian spellings listed beside the Ukrainian ones (Бондарь beside Бондар) are marked, never preferred.
      if (lemma.endsWith("рь")) marked = true;
      rows.add(fold(wd.getWord().toString()) + "\t" + lemma + "\t" + role + gender + kase + (marked ? "1" : "0"));
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (String row : rows) { w.write(row); w.write('\n'); }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  static Writer gz(Path p) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(p), 1 << 16),
        StandardCharsets.UTF_8), 1 << 16);
  }
}
