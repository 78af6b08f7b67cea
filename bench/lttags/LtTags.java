// LanguageTool's Spanish tagger and disambiguator, for bench/lt_tag_context.py.
//
// Run in Java's source-file mode with LanguageTool's jars on the class path
// (no build step):  java -cp "LIB/*" LtTags.java < lines
// Each input line is tagged as a paragraph; for every token it prints
//   offset<TAB>token<TAB>tag tag ...
// (offset in UTF-16 units from the line's start; only the readings left
// after disambiguation), then "E" after the line. The CPU time spent tagging
// (class loading and the first sentences excluded) goes to stderr at the end.
import java.io.*;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.languagetool.*;

public class LtTags {
  public static void main(String[] args) throws Exception {
    JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("es"));
    lt.analyzeText("El ministro publicó un informe sobre la economía.");  // loads the dictionaries
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)),
                                      false, "UTF-8");
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long tokens = 0;
    String line;
    while ((line = in.readLine()) != null) {
      int sentenceStart = 0;
      for (AnalyzedSentence sentence : lt.analyzeText(line)) {
        for (AnalyzedTokenReadings token : sentence.getTokensWithoutWhitespace()) {
          if (token.getToken().isEmpty()) continue;  // the sentence-start marker
          StringBuilder tags = new StringBuilder();
          for (AnalyzedToken reading : token.getReadings()) {
            String tag = reading.getPOSTag();
            // chunk and disambiguation marks (_GN_FS, _PUNCT, SENT_END) are not word classes
            if (tag == null || tag.isEmpty() || tag.startsWith("_") || tag.startsWith("SENT_")
                || tag.equals("PARA_END") || !Character.isUpperCase(tag.charAt(0))) continue;
            if (tags.length() > 0) tags.append(' ');
            tags.append(tag);
          }
          out.print(sentenceStart + token.getStartPos());
          out.print('\t');
          out.print(token.getToken());
          out.print('\t');
          out.println(tags);
          tokens++;
        }
        sentenceStart += sentence.getText().length();
      }
      out.println("E");
    }
    out.flush();
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
    System.err.println("tagged " + tokens + " tokens in " + (cpu / 1_000_000) + " ms of CPU");
  }
}
