package fi.digipolku.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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

    /**
     * Each text written by ten answers (so a word or theme of one text reaches the listing threshold), padded to ten
     * texts with answers that contain no listable word and no theme.
     */
    private static List<String> group(String... texts) {
        List<String> all = new ArrayList<>();
        for (String text : texts) {
            all.addAll(Collections.nCopies(Suppression.MIN_ANSWERS, text));
        }
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
    void wordsUsedInAtLeastTenAnswersAreListedAndNineAreNot() {
        List<String> texts = new ArrayList<>();
        texts.addAll(Collections.nCopies(5, "Hoitaja oli ystävällinen."));
        texts.addAll(Collections.nCopies(5, "Todella YSTÄVÄLLINEN"));
        texts.addAll(Collections.nCopies(4, "Hoitaja soitti."));
        texts.add("xyzzyplugh");

        Report report = OPEN_ANSWERS.analyse(texts);

        assertThat(report.words()).containsExactly(new WordCount("ystävällinen", 10));
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

        assertThat(report.words()).contains(new WordCount("jono", 20), new WordCount("jonossa", 20),
                new WordCount("jonoa", 20));
        assertThat(themes(report)).containsEntry("waiting", 60L);
    }

    @Test
    void anAnswerCountsOnceHoweverOftenItRepeatsAWord() {
        Report report = OPEN_ANSWERS.analyse(group("Kiitos kiitos kiitos kiitos!", "kiitos"));

        assertThat(report.words()).containsExactly(new WordCount("kiitos", 20));
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

        assertThat(report.words()).containsExactly(new WordCount("hoitaja", 30), new WordCount("kerran", 10),
                new WordCount("soitti", 10), new WordCount("vastannut", 10));
    }

    @Test
    void theSnowballStopListsOfAllThreeLanguagesNeverCount() {
        String text = "what very och eikä hoitaja would yourselves själv";
        Report report = OPEN_ANSWERS.analyse(group(text, text, text));

        assertThat(report.words()).containsExactly(new WordCount("hoitaja", 30));
    }

    @Test
    void finnishSwedishAndEnglishStopWordsNeverCount() {
        String text = "eikä ettei hoitaja och jag det the and with";
        Report report = OPEN_ANSWERS.analyse(group(text, text, text));

        assertThat(report.words()).containsExactly(new WordCount("hoitaja", 30));
    }

    @Test
    void stopWordsMentionNoTheme() {
        OpenAnswers digest = new OpenAnswers(Map.of("small_talk", List.of("the*", "och*", "ettei*")));
        Report report = digest.analyse(group("the och ettei", "The och", "ettei"));

        assertThat(report.themes()).isEmpty();
    }

    @Test
    void everyThemeComesWithItsLabelsInFinnishSwedishAndEnglish() {
        Report report = OPEN_ANSWERS.analyse(group("Jonossa meni koko aamu."));

        assertThat(report.themes()).isNotEmpty().allSatisfy(theme -> assertThat(
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

        assertThat(report.words()).containsExactly(new WordCount("palvelu", 40), new WordCount("aamulla", 30),
                new WordCount("ystävällinen", 30));
    }

    @Test
    void punctuationIsStrippedAndCaseIsFolded() {
        Report report = OPEN_ANSWERS.analyse(group("\"Sote-keskus\" oli hyvä.", "(sote-keskus)", "SOTE-KESKUS!"));

        assertThat(report.words()).first().isEqualTo(new WordCount("sote-keskus", 30));
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

        assertThat(themes(report)).containsEntry(theme, 10L);
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

        assertThat(themes).containsEntry("waiting", 40L).containsEntry("appointment", 20L);
    }

    @Test
    void prefixesCoverCompoundsTheStemmerCannotSplit() {
        OpenAnswers stemmedOnly = new OpenAnswers(Map.of("waiting", List.of("odotus")));
        OpenAnswers withPrefix = new OpenAnswers(Map.of("waiting", List.of("odotus", "odotus*")));
        List<String> texts = group("Odotusaika oli pitkä.", "Odotusajat ovat kohtuuttomia.");

        assertThat(themes(stemmedOnly.analyse(texts))).doesNotContainKey("waiting");
        assertThat(themes(withPrefix.analyse(texts))).containsEntry("waiting", 20L);
    }

    @Test
    void themesCountAnswersNotMentionsAndListOnlyThemesOfAtLeastTenAnswers() {
        Report report = OPEN_ANSWERS.analyse(group(
                "Odotin ja odotin, jono oli pitkä ja odotusaika kohtuuton.",
                "Jonossa meni koko aamu."));

        Map<String, Long> themes = themes(report);
        assertThat(OPEN_ANSWERS.themeKeys()).containsAll(themes.keySet());
        assertThat(themes).containsEntry("waiting", 20L).doesNotContainKeys("encounter", "competence");
        assertThat(report.themes().get(0).theme()).isEqualTo("waiting");
        assertThat(report.themes().get(0).count()).isEqualTo(20);
        assertThat(report.themes().subList(1, report.themes().size())).extracting(ThemeCount::theme).isSorted();
    }

    @Test
    void markersDoNotMentionThemes() {
        Report report = OPEN_ANSWERS.analyse(group("[NIMI] [PUHELIN] [EMAIL] [SIJAINTI] [OSOITE]"));

        assertThat(report.themes()).isEmpty();
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
