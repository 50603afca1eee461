package fi.digipolku.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fi.digipolku.feedback.report.OpenAnswers.Report;
import fi.digipolku.feedback.report.OpenAnswers.ThemeCount;
import fi.digipolku.feedback.report.OpenAnswers.WordCount;

class OpenAnswersTest {

    private static final OpenAnswers OPEN_ANSWERS = new OpenAnswers();

    /** Pads a group to ten texts with answers that contain no listable word and no theme. */
    private static List<String> group(String... texts) {
        List<String> all = new ArrayList<>(Arrays.asList(texts));
        while (all.size() < Suppression.MIN_ANSWERS) {
            all.add("Ok.");
        }
        return all;
    }

    /** {@code n} copies of a text. */
    private static List<String> times(int n, String text) {
        return Collections.nCopies(n, text);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** How many of the texts use each countable word. */
    private static Map<String, Long> wordUses(OpenAnswers digest, String... texts) {
        Map<String, Long> uses = new LinkedHashMap<>();
        for (String text : texts) {
            digest.mentions(text).words().forEach(word -> uses.merge(word, 1L, Long::sum));
        }
        return uses;
    }

    /** How many of the texts mention each theme. */
    private static Map<String, Long> themeUses(OpenAnswers digest, String... texts) {
        Map<String, Long> uses = new LinkedHashMap<>();
        for (String text : texts) {
            digest.mentions(text).themes().forEach(theme -> uses.merge(theme, 1L, Long::sum));
        }
        return uses;
    }

    private static Map<String, Long> themes(Report report) {
        Map<String, Long> themes = new LinkedHashMap<>();
        for (ThemeCount theme : report.themes()) {
            themes.put(theme.theme(), theme.count());
        }
        return themes;
    }

    @Test
    void aWordIsListedWhenTenAnswersUseItAndTheOthersAreNoneOrAtLeastTen() {
        List<String> texts = new ArrayList<>(times(10, "Ikkuna oli auki."));
        texts.addAll(times(9, "Palvelu toimi."));
        texts.add("Palvelu ja ikkuna.");

        Report report = OPEN_ANSWERS.analyse(texts);

        // palvelu 10 of 20, auki 10 of 20; toimi 9 (too few); ikkuna 11, but then 9 did not use it.
        assertThat(report.words()).containsExactly(new WordCount("auki", 10), new WordCount("palvelu", 10));
    }

    @Test
    void differentInflectionsAreNotMergedInTheWordList() {
        String[] texts = {"ikkuna oli auki", "ikkuna jäi", "ikkunassa oli jäätä", "ikkunassa huurretta",
                "ikkunaa ei ollut", "ikkunaa pestiin"};
        assertThat(wordUses(OPEN_ANSWERS, texts)).containsEntry("ikkuna", 2L).containsEntry("ikkunassa", 2L)
                .containsEntry("ikkunaa", 2L);

        String[] queues = {"jono oli pitkä", "jono jatkui", "jonossa meni tunti", "jonossa odotin", "jonoa ei ollut",
                "jonoa purettiin"};
        assertThat(themeUses(OPEN_ANSWERS, queues)).containsEntry("waiting", 6L);
        assertThat(wordUses(OPEN_ANSWERS, queues)).as("theme words are counted by their theme")
                .doesNotContainKeys("jono", "jonossa", "jonoa");
    }

    @Test
    void anAnswerCountsOnceHoweverOftenItRepeatsAWord() {
        Report report = OPEN_ANSWERS.analyse(concat(times(10, "Kiitos kiitos kiitos kiitos!"), times(10, "Ok.")));

        assertThat(report.words()).containsExactly(new WordCount("kiitos", 10));
    }

    @Test
    void stopWordsMarkersNumbersAndShortWordsNeverCount() {
        assertThat(wordUses(OPEN_ANSWERS,
                "[NIMI] soitti mutta ei vastannut, ok 112 3.",
                "[NIMI] [PUHELIN] mutta ok 112 3. kerran",
                "[NIMI] [EMAIL] [HETU] mutta ok 112 3. [OSOITE] [POSTINUMERO] [IP] [SIJAINTI] [NUMERO]",
                "[NIMI] [EMAIL] [HETU] [PUHELIN] [OSOITE] [POSTINUMERO] [IP] [SIJAINTI] [NUMERO] 2024 mutta ok",
                "ikkuna")).containsOnlyKeys("soitti", "vastannut", "kerran", "ikkuna");
    }

    @Test
    void aWordThatPutsATextInAThemeIsCountedByTheThemeNotListed() {
        // Ten wrote "odotus", one "odotusta": listing "odotus" (10) next to waiting (11) would single out the one.
        Report report = OPEN_ANSWERS.analyse(concat(times(10, "Odotus oli pitkä mutta hoitaja oli ystävällinen."),
                concat(times(1, "Liikaa odotusta puhelimessa."), times(14, "Palvelu toimi hyvin ja nopeasti."))));

        assertThat(report.words()).extracting(WordCount::word).doesNotContain("odotus", "odotusta")
                .contains("palvelu");
        assertThat(OPEN_ANSWERS.mentions("Odotus oli pitkä, jonossa tunti.").words()).doesNotContain("odotus",
                "jonossa");
        assertThat(OPEN_ANSWERS.mentions("Odotus oli pitkä, jonossa tunti.").themes()).contains("waiting");
    }

    @Test
    void theSnowballStopListsOfAllThreeLanguagesNeverCount() {
        assertThat(OPEN_ANSWERS.mentions("what very och eikä ikkuna would yourselves själv").words())
                .containsExactly("ikkuna");
    }

    @Test
    void finnishSwedishAndEnglishStopWordsNeverCount() {
        assertThat(OPEN_ANSWERS.mentions("eikä ettei ikkuna och jag det the and with").words())
                .containsExactly("ikkuna");
    }

    @Test
    void stopWordsMentionNoTheme() {
        OpenAnswers digest = new OpenAnswers(Map.of("small_talk", List.of("the*", "och*", "ettei*")));

        assertThat(themeUses(digest, "the och ettei", "The och", "ettei")).isEmpty();
    }

    @Test
    void everyThemeComesWithItsLabelsInFinnishSwedishAndEnglish() {
        Report report = OPEN_ANSWERS.analyse(group("Jonossa meni koko aamu."));

        assertThat(report.themes()).hasSize(OPEN_ANSWERS.themeKeys().size()).allSatisfy(theme -> assertThat(
                theme.labels()).containsOnlyKeys("fi", "sv", "en").allSatisfy(
                        (language, label) -> assertThat(label)
                                .isNotBlank()));
        ThemeCount waiting = report.themes().stream().filter(t -> t.theme().equals("waiting")).findFirst()
                .orElseThrow();
        assertThat(waiting.labels()).containsEntry("fi", "Odottaminen ja jonot").containsEntry("sv", "Väntan och köer")
                .containsEntry("en", "Waiting and queues");
    }

    @Test
    void wordsAreSortedByCountThenAlphabetically() {
        Report report = OPEN_ANSWERS.analyse(concat(times(10, "palvelu ikkuna aamulla"), times(10, "palvelu")));

        assertThat(report.words()).containsExactly(new WordCount("palvelu", 20), new WordCount("aamulla", 10),
                new WordCount("ikkuna", 10));
    }

    @Test
    void punctuationIsStrippedAndCaseIsFolded() {
        assertThat(wordUses(OPEN_ANSWERS, "\"Sote-keskus\" oli hyvä.", "(sote-keskus)", "SOTE-KESKUS!"))
                .containsEntry("sote-keskus", 3L);
    }

    @ParameterizedTest
    @CsvSource({
            "Odotin pitkään., waiting",
            "Odotusaika oli kohtuuton, waiting",
            "Odottaminen turhautti, waiting",
            "Olin jonossa tunnin, waiting",
            "Ajanvarauksen kanssa oli vaikeuksia, appointment",
            "Vastaanotolla kaikki sujui, appointment",
            "Tiedonkulussa oli ongelmia, information_flow",
            "Ohjeita ei annettu, information_flow",
            "Sovelluksessa kirjautuminen ei toiminut, digital_services",
            "Hän kuunteli minua, encounter",
            "Töykeää käytöstä, encounter",
            "Erittäin ammattitaitoista työtä, competence",
            "Lääkkeet vaihdettiin, treatment",
            "Lääkärille pääsi nopeasti, professionals",
            "Maksut nousivat, costs",
            "Aivan liian kallista, costs"})
    void inflectedFormsFindTheirTheme(String text, String theme) {
        assertThat(OPEN_ANSWERS.mentions(text).themes()).contains(theme);
    }

    @Test
    void theFinnishStemmerConflatesInflectedFormsWithTheLexiconsBaseWords() {
        // Base words only, no prefixes: whatever matches here matches by stemming.
        OpenAnswers stemmedOnly = new OpenAnswers(Map.of(
                "waiting", List.of("odottaa", "jono"),
                "appointment", List.of("vastaanotto")));

        Map<String, Long> themes = themeUses(stemmedOnly,
                "Odotin pitkään.", // odottaa → odot ← odotin
                "Odotimme koko päivän.", // odotimme → odot
                "Olin jonossa tunnin.", // jono ← jonossa
                "Jonot olivat pitkiä.", // jono ← jonot
                "Vastaanotolla kaikki sujui.", // vastaanotto → vastaanoto ← vastaanotolla
                "Vastaanotolle oli helppo tulla.");

        assertThat(themes).containsEntry("waiting", 4L).containsEntry("appointment", 2L);
    }

    @Test
    void prefixesCoverCompoundsTheStemmerCannotSplit() {
        OpenAnswers stemmedOnly = new OpenAnswers(Map.of("waiting", List.of("odotus")));
        OpenAnswers withPrefix = new OpenAnswers(Map.of("waiting", List.of("odotus", "odotus*")));
        String[] texts = {"Odotusaika oli pitkä.", "Odotusajat ovat kohtuuttomia."};

        assertThat(themeUses(stemmedOnly, texts)).doesNotContainKey("waiting");
        assertThat(themeUses(withPrefix, texts)).containsEntry("waiting", 2L);
    }

    @Test
    void themesCountAnswersNotMentionsAndListEveryThemeOfTheLexicon() {
        Report report = OPEN_ANSWERS.analyse(concat(
                times(5, "Odotin ja odotin, jono oli pitkä ja odotusaika kohtuuton."),
                concat(times(5, "Jonossa meni koko aamu."), times(10, "Ok."))));

        Map<String, Long> themes = themes(report);
        assertThat(themes).containsOnlyKeys(OPEN_ANSWERS.themeKeys());
        assertThat(themes).containsKeys("waiting", "appointment", "information_flow", "digital_services", "encounter",
                "competence", "treatment", "professionals", "costs");
        assertThat(themes).containsEntry("waiting", 10L).containsEntry("costs", 0L).containsEntry("encounter", 0L);
        assertThat(report.themes().get(0).theme()).isEqualTo("waiting");
        assertThat(report.themes().get(0).count()).isEqualTo(10);
        assertThat(report.themes().subList(1, report.themes().size())).extracting(ThemeCount::theme).isSorted();
    }

    @Test
    void aThemeOfOneToNineAnswersIsListedWithoutItsCountLast() {
        Report report = OPEN_ANSWERS.analyse(group("Jonossa meni koko aamu.", "Maksut nousivat."));

        assertThat(themes(report)).containsEntry("waiting", null).containsEntry("costs", null)
                .containsEntry("encounter", 0L);
        assertThat(report.themes().subList(report.themes().size() - 2, report.themes().size()))
                .extracting(ThemeCount::theme).containsExactly("costs", "waiting");
    }

    @Test
    void markersDoNotMentionThemes() {
        assertThat(OPEN_ANSWERS.mentions("[NIMI] [PUHELIN] [EMAIL] [SIJAINTI] [OSOITE]").themes()).isEmpty();
    }

    @Test
    void theSameTextsInAnotherOrderGiveTheSameReport() {
        List<String> texts = group("palvelu jono", "palvelu odotin", "palvelu maksu", "jono", "jono");
        List<String> reversed = new ArrayList<>(texts);
        Collections.reverse(reversed);

        assertThat(OPEN_ANSWERS.analyse(reversed)).isEqualTo(OPEN_ANSWERS.analyse(texts));
    }

    @Test
    void nineTextsAreSuppressed() {
        List<String> texts = Collections.nCopies(9, "Jono oli pitkä, jono jono.");

        Report report = OPEN_ANSWERS.analyse(texts);

        assertThat(report.suppressed()).isTrue();
        assertThat(report.answers()).isNull();
        assertThat(report.words()).isNull();
        assertThat(report.themes()).isNull();
    }

    @Test
    void blankTextsAreNotAnswers() {
        List<String> texts = new ArrayList<>(Collections.nCopies(9, "Jono oli pitkä."));
        texts.add("");
        texts.add("   \n");
        texts.add(null);

        assertThat(OPEN_ANSWERS.analyse(texts).suppressed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 11})
    void tenOrMoreTextsAreShown(int count) {
        List<String> texts = Collections.nCopies(count, "Jono oli pitkä.");

        Report report = OPEN_ANSWERS.analyse(texts);

        assertThat(report.suppressed()).isFalse();
        assertThat(report.answers()).isEqualTo((long) count);
        assertThat(report.words()).containsExactly(new WordCount("pitkä", count));
        assertThat(themes(report)).containsEntry("waiting", (long) count);
    }

    @Test
    void lexiconWordsThatCouldNeverMatchAreRefused() {
        assertThatThrownBy(() -> new OpenAnswers(Map.of("waiting", List.of("mutta"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mutta");
        assertThatThrownBy(() -> new OpenAnswers(Map.of("waiting", List.of("pitkä jono"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenAnswers(Map.of("waiting", List.of("od*"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenAnswers(Map.of("waiting", List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
