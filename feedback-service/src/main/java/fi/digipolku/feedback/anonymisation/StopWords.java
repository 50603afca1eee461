package fi.digipolku.feedback.anonymisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/** The Snowball stop lists shipped with lucene-analysis-common: the most common words of a language. */
public final class StopWords {

    private StopWords() {
    }

    /** The stop list of {@code language} ("finnish", "swedish", "english" ...), as {@code SnowballFilter} users load it. */
    public static CharArraySet snowball(String language) {
        try {
            return WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, language + "_stop.txt", StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + language + " stop words", e);
        }
    }
}
