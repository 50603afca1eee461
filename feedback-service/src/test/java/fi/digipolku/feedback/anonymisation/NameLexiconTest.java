package fi.digipolku.feedback.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameLexiconTest {

    private static final NameLexicon LEXICON = NameLexicon.bundled();

    @Test
    void bundledListsAreLargeEnough() throws IOException {
        assertThat(names("first-names.txt")).hasSizeGreaterThanOrEqualTo(300).doesNotHaveDuplicates();
        assertThat(names("last-names.txt")).hasSizeGreaterThanOrEqualTo(300).doesNotHaveDuplicates()
                .contains("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
                        "Heikkinen", "Koskinen", "Järvinen");
    }

    @Test
    void everyCommonWordAndPlaceIsAListedName() throws IOException {
        List<String> listed = names("first-names.txt");
        listed.addAll(names("last-names.txt"));

        assertThat(listed).containsAll(names("common-word-names.txt")).containsAll(names("place-names.txt"));
    }

    @ParameterizedTest
    @CsvSource({"Virtanen, Virtaselle", "Virtanen, Virtasen", "Virtanen, Virtasta", "Virtanen, Virtaset",
            "Mäkinen, Mäkisen", "Mäkinen, Mäkiseltä", "Pekka, Pekan", "Pekka, Pekkaa", "Anna, Annalle",
            "Matti, Matille", "Matti, Mattia", "Heikki, Heikiltä", "Timo, Timolle", "Mikael, Mikaelille",
            "Tuomas, Tuomaksen", "Niemi, Niemelle", "Mäki, Mäen", "Lahti, Lahdessa", "Lahti, Lahteen",
            "Koski, Kosken", "Virta, Virran", "Ranta, Rannalla", "Laine, Laineelle", "Rinne, Rinteen",
            "Kurki, Kurjen", "Lampi, Lammen", "Aalto, Aallon", "Johansson, Johanssonille"})
    void inflectedFormsAreKnown(String name, String form) {
        assertThat(LEXICON.get(form)).as(form).isNotNull();
        assertThat(LEXICON.get(name).baseForm()).isTrue();
        assertThat(LEXICON.get(form).baseForm()).isFalse();
    }

    @Test
    void ambiguityIsRecorded() {
        assertThat(LEXICON.get("Virtanen").unambiguous()).isTrue();
        assertThat(LEXICON.get("Tuuli").commonWord()).isTrue();
        assertThat(LEXICON.get("Tuulille").commonWord()).isTrue();
        assertThat(LEXICON.get("Lahdessa").place()).isTrue();
        assertThat(LEXICON.get("Pekka").firstName()).isTrue();
        assertThat(LEXICON.get("Pekka").lastName()).isFalse();
    }

    @Test
    void wordsThatOnlyLookLikeNameFormsAreNotNames() {
        assertThat(LEXICON.get("Ainoa")).isNull();
        assertThat(LEXICON.get("Onneksi")).isNull();
        assertThat(LEXICON.get("virtanen")).isNull();
    }

    private static List<String> names(String file) throws IOException {
        try (InputStream in = NameLexiconTest.class.getResourceAsStream("/anonymisation/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        }
    }
}
