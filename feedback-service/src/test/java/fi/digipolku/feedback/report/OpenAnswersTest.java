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

    private static Map<String, Long> themes(Report report) {
        Map<String, Long> themes = new LinkedHashMap<>();
        for (ThemeCount theme : report.themes()) {
            themes.put(theme.theme(), theme.count());
        }
        return themes;
    }

    @Test
    void wordsUsedInAtLeastThreeAnswersAreListedAndTwoAreNot() {
        Report report = OPEN_ANSWERS.analyse(group(
                "Hoitaja oli ystävällinen.",
                "Ystävällinen palvelu!",
                "Todella YSTÄVÄLLINEN vastaanotto",
                "Hoitaja soitti heti.",
                "Palvelu toimi."));

        assertThat(report.words()).containsExactly(new WordCount("ystävällinen", 3));
    }

    @Test
    void differentInflectionsAreNotMergedInTheWordList() {
        Report report = OPEN_ANSWERS.analyse(group(
                "jono oli pitkä",
                "jono jatkui",
                "jonossa meni tunti",
                "jonossa odotin",
                "jonoa ei ollut",
                "jonoa purettiin"));

        assertThat(report.words()).extracting(WordCount::word).doesNotContain("jono", "jonossa", "jonoa");
        assertThat(themes(report)).containsEntry("waiting", 6L);
    }

    @Test
    void anAnswerCountsOnceHoweverOftenItRepeatsAWord() {
        Report report = OPEN_ANSWERS.analyse(group("Kiitos kiitos kiitos kiitos!", "kiitos"));

        assertThat(report.words()).extracting(WordCount::word).doesNotContain("kiitos");
    }

    @Test
    void stopWordsMarkersNumbersAndShortWordsNeverCount() {
        Report report = OPEN_ANSWERS.analyse(group(
                "[NIMI] soitti mutta ei vastannut, ok 112 3.",
                "[NIMI] [PUHELIN] mutta ok 112 3. kerran",
                "[NIMI] [EMAIL] [HETU] mutta ok 112 3. [OSOITE] [POSTINUMERO] [IP] [SIJAINTI] [NUMERO]",
                "[NIMI] [EMAIL] [HETU] [PUHELIN] [OSOITE] [POSTINUMERO] [IP] [SIJAINTI] [NUMERO] 2024 mutta ok",
                "hoitaja",
                "hoitaja",
                "hoitaja"));

        assertThat(report.words()).containsExactly(new WordCount("hoitaja", 3));
    }

    @Test
    void theSnowballStopListsOfAllThreeLanguagesNeverCount() {
        String text = "what very och eikä hoitaja would yourselves själv";
        Report report = OPEN_ANSWERS.analyse(group(text, text, text));

        assertThat(report.words()).containsExactly(new WordCount("hoitaja", 3));
    }

    @Test
    void finnishSwedishAndEnglishStopWordsNeverCount() {
        String text = "eikä ettei hoitaja och jag det the and with";
        Report report = OPEN_ANSWERS.analyse(group(text, text, text));

        assertThat(report.words()).containsExactly(new WordCount("hoitaja", 3));
    }

    @Test
    void stopWordsMentionNoTheme() {
        OpenAnswers digest = new OpenAnswers(Map.of("small_talk", List.of("the*", "och*", "ettei*")));
        Report report = digest.analyse(group("the och ettei", "The och", "ettei"));

        assertThat(report.themes()).allSatisfy(theme -> assertThat(theme.count()).isZero());
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
        Report report = OPEN_ANSWERS.analyse(group(
                "palvelu aamulla ystävällinen",
                "palvelu aamulla ystävällinen",
                "palvelu ystävällinen aamulla",
                "palvelu"));

        assertThat(report.words()).containsExactly(new WordCount("palvelu", 4), new WordCount("aamulla", 3),
                new WordCount("ystävällinen", 3));
    }

    @Test
    void punctuationIsStrippedAndCaseIsFolded() {
        Report report = OPEN_ANSWERS.analyse(group("\"Sote-keskus\" oli hyvä.", "(sote-keskus)", "SOTE-KESKUS!"));

        assertThat(report.words()).containsExactly(new WordCount("sote-keskus", 3));
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
        Report report = OPEN_ANSWERS.analyse(group(text));

        assertThat(themes(report)).containsEntry(theme, 1L);
    }

    @Test
    void theFinnishStemmerConflatesInflectedFormsWithTheLexiconsBaseWords() {
        // Base words only, no prefixes: whatever matches here matches by stemming.
        OpenAnswers stemmedOnly = new OpenAnswers(Map.of(
                "waiting", List.of("odottaa", "jono"),
                "appointment", List.of("vastaanotto")));

        Map<String, Long> themes = themes(stemmedOnly.analyse(group(
                "Odotin pitkään.", // odottaa → odot ← odotin
                "Odotimme koko päivän.", // odotimme → odot
                "Olin jonossa tunnin.", // jono ← jonossa
                "Jonot olivat pitkiä.", // jono ← jonot
                "Vastaanotolla kaikki sujui.", // vastaanotto → vastaanoto ← vastaanotolla
                "Vastaanotolle oli helppo tulla.")));

        assertThat(themes).containsEntry("waiting", 4L).containsEntry("appointment", 2L);
    }

    @Test
    void prefixesCoverCompoundsTheStemmerCannotSplit() {
        OpenAnswers stemmedOnly = new OpenAnswers(Map.of("waiting", List.of("odotus")));
        OpenAnswers withPrefix = new OpenAnswers(Map.of("waiting", List.of("odotus", "odotus*")));
        List<String> texts = group("Odotusaika oli pitkä.", "Odotusajat ovat kohtuuttomia.");

        assertThat(themes(stemmedOnly.analyse(texts))).containsEntry("waiting", 0L);
        assertThat(themes(withPrefix.analyse(texts))).containsEntry("waiting", 2L);
    }

    @Test
    void themesCountAnswersNotMentionsAndListEveryThemeOfTheLexicon() {
        Report report = OPEN_ANSWERS.analyse(group(
                "Odotin ja odotin, jono oli pitkä ja odotusaika kohtuuton.",
                "Jonossa meni koko aamu."));

        Map<String, Long> themes = themes(report);
        assertThat(themes).containsOnlyKeys(OPEN_ANSWERS.themeKeys());
        assertThat(themes).containsKeys("waiting", "appointment", "information_flow", "digital_services", "encounter",
                "competence", "treatment", "professionals", "costs");
        assertThat(themes).containsEntry("waiting", 2L).containsEntry("costs", 0L).containsEntry("encounter", 0L);
        assertThat(report.themes().get(0).theme()).isEqualTo("waiting");
        assertThat(report.themes().get(0).count()).isEqualTo(2);
        assertThat(report.themes().subList(1, report.themes().size())).extracting(ThemeCount::theme).isSorted();
    }

    @Test
    void markersDoNotMentionThemes() {
        Report report = OPEN_ANSWERS.analyse(group("[NIMI] [PUHELIN] [EMAIL] [SIJAINTI] [OSOITE]"));

        assertThat(report.themes()).allSatisfy(theme -> assertThat(theme.count()).isZero());
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
        assertThat(report.words()).containsExactly(new WordCount("jono", count), new WordCount("pitkä", count));
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
