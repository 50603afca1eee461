package fi.digipolku.feedback.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties over generated text: identity codes (valid and invalid check characters, every century sign, either
 * case), e-mail addresses, Finnish phone numbers in their usual written formats, and IPv4 and IPv6 addresses,
 * embedded in ordinary Finnish filler words. None of them may survive, and the filler must.
 */
class AnonymiserPropertyTest {

    private static final Anonymiser ANONYMISER = new Anonymiser();

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final String CENTURY_SIGNS = "+-ABCDEFXYWVU";

    /**
     * Ordinary words, some of them names too (tuuli, lumi, virta, toimi), without the words that make the next one a
     * name (hoitaja, lääkärin, kiitos, olen): after those "virta" may well be a nurse's name.
     */
    private static final List<String> FILLER = List.of("potilas", "oli", "ystävällinen", "ja", "vastasi",
            "nopeasti", "jonotin", "pitkään", "mutta", "palvelu", "toimi", "hyvin", "soittakaa", "minulle",
            "iltaisin", "tarkistakaa", "tiedot", "vastaanoton", "vastaanotolla", "kävin", "eilen", "numero",
            "sähköposti", "osoite", "palautetta", "hoidosta", "kotiin", "sain", "ajan", "odotin", "viikon", "tunnus",
            "yhteys", "katkesi", "kone", "näytti", "olin", "tyytyväinen", "hetu", "puhelin", "päivystys", "ohjeet",
            "selkeät", "kiireinen", "ei", "kuunnellut", "tuuli", "kesällä", "onneksi", "lumi", "virta");

    private static final Set<String> MARKER_WORDS = Set.of("HETU", "EMAIL", "PUHELIN", "IP");

    private static final Pattern LETTER_WORD = Pattern.compile("\\p{L}+");

    /** A piece of personal data as written in the text and the category it must be counted in. */
    record Piece(String text, Category category) {
    }

    /** A generated text with the filler words it contains and the pieces embedded in it. */
    record Sample(String text, List<String> filler, List<Piece> pieces) {

        @Override
        public String toString() {
            return text;
        }
    }

    @Property(tries = 1000)
    void noPersonalDataSurvivesAndFillerIsKept(@ForAll("samples") Sample sample) {
        Anonymised result = ANONYMISER.anonymise(sample.text());
        String out = result.text();

        assertThat(out).doesNotContainPattern("\\p{Nd}").doesNotContain("@");
        assertThat(wordsWithoutMarkers(out)).isEqualTo(sample.filler());
        Map<Category, Integer> expected = new EnumMap<>(Category.class);
        sample.pieces().forEach(piece -> expected.merge(piece.category(), 1, Integer::sum));
        assertThat(result.removed()).isEqualTo(expected);
    }

    @Property(tries = 300)
    void ordinaryFillerTextIsUnchanged(@ForAll("fillerRun") List<String> words) {
        String text = String.join(" ", words) + ".";

        assertThat(ANONYMISER.anonymise(text).text()).isEqualTo(text);
    }

    @Property(tries = 500)
    void everyIdentityCodeIsRemovedWhole(@ForAll("identityCodes") Piece code) {
        Anonymised result = ANONYMISER.anonymise("Tunnus " + code.text() + " on oikein.");

        assertThat(result.text()).isEqualTo("Tunnus [HETU] on oikein.");
    }

    @Provide
    Arbitrary<Sample> samples() {
        Arbitrary<Piece> piece = Arbitraries.oneOf(identityCodes(), emails(), phones(), ipv4Addresses(),
                ipv6Addresses());
        Arbitrary<String> separator = Arbitraries.of(" ", ", ", ": ", " – ", " (");
        Arbitrary<Piece> separated = Combinators.combine(piece, separator)
                .as((p, sep) -> new Piece(sep + p.text() + (sep.equals(" (") ? ") " : " "), p.category()));
        return separated.list().ofMinSize(1).ofMaxSize(5).flatMap(pieces -> fillerRun().list()
                .ofSize(pieces.size() + 1).map(runs -> assemble(pieces, runs)));
    }

    @Provide
    Arbitrary<List<String>> fillerRun() {
        return Arbitraries.of(FILLER).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Piece> identityCodes() {
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> year = Arbitraries.integers().between(0, 99);
        Arbitrary<Character> sign = Arbitraries.of(chars(CENTURY_SIGNS));
        Arbitrary<Integer> individual = Arbitraries.integers().between(2, 899);
        Arbitrary<Integer> checkShift = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(1, 30));
        Arbitrary<Boolean> lowerCase = Arbitraries.of(false, false, true);
        return Combinators.combine(day, month, year, sign, individual, checkShift, lowerCase)
                .as((d, m, y, s, n, shift, lower) -> {
                    String digits = String.format(Locale.ROOT, "%02d%02d%02d", d, m, y);
                    String serial = String.format(Locale.ROOT, "%03d", n);
                    int index = (int) (Long.parseLong(digits + serial) % 31);
                    char check = CHECK_CHARACTERS.charAt((index + shift) % 31);
                    String code = digits + s + serial + check;
                    return new Piece(lower ? code.toLowerCase(Locale.ROOT) : code, Category.IDENTITY_CODE);
                });
    }

    @Provide
    Arbitrary<Piece> emails() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz").ofMinLength(1)
                .ofMaxLength(10);
        Arbitrary<String> tail = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789")
                .ofMinLength(0).ofMaxLength(6);
        Arbitrary<String> joiner = Arbitraries.of(".", "_", "-", "+", "");
        Arbitrary<String> domain = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789")
                .ofMinLength(2).ofMaxLength(12);
        Arbitrary<String> topLevel = Arbitraries.of("fi", "com", "net", "org", "eu", "co.uk", "ax");
        Arbitrary<Boolean> upper = Arbitraries.of(false, false, false, true);
        return Combinators.combine(word, joiner, tail, domain, topLevel, upper).as((w, j, t, d, tld, up) -> {
            String local = t.isEmpty() ? w : w + j + t;
            String address = local + "@" + d + "." + tld;
            return new Piece(up ? address.toUpperCase(Locale.ROOT) : address, Category.EMAIL);
        });
    }

    @Provide
    Arbitrary<Piece> phones() {
        Arbitrary<String> mobilePrefix = Arbitraries.of("40", "41", "44", "45", "46", "50");
        Arbitrary<String> subscriber = Arbitraries.strings().numeric().ofLength(7);
        Arbitrary<Integer> format = Arbitraries.integers().between(0, 7);
        Arbitrary<Piece> mobile = Combinators.combine(mobilePrefix, subscriber, format).as((p, s, f) -> {
            String a = s.substring(0, 3);
            String b = s.substring(3);
            String text = switch (f) {
                case 0 -> "0" + p + " " + a + " " + b;
                case 1 -> "0" + p + "-" + s;
                case 2 -> "0" + p + s;
                case 3 -> "+358 " + p + " " + s;
                case 4 -> "+358" + p + s;
                case 5 -> "+358 (0)" + p + " " + a + " " + b;
                case 6 -> "00358 " + p + " " + a + " " + b;
                default -> "0" + p + " " + s.substring(0, 4) + " " + s.substring(4);
            };
            return new Piece(text, Category.PHONE);
        });
        Arbitrary<String> helsinki = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(8)
                .filter(s -> s.charAt(0) != '0');
        Arbitrary<Integer> landlineFormat = Arbitraries.integers().between(0, 2);
        Arbitrary<Piece> landline = Combinators.combine(helsinki, landlineFormat).as((s, f) -> {
            String grouped = s.substring(0, 3) + " " + s.substring(3);
            String text = switch (f) {
                case 0 -> "09 " + grouped;
                case 1 -> "(09) " + grouped;
                default -> "+358 9 " + grouped;
            };
            return new Piece(text, Category.PHONE);
        });
        Arbitrary<String> areaCode = Arbitraries.of("02", "03", "05", "06", "08", "013", "014", "015", "017", "019");
        Arbitrary<String> regional = Arbitraries.strings().numeric().ofLength(7).filter(s -> s.charAt(0) != '0');
        Arbitrary<Piece> regionalNumber = Combinators.combine(areaCode, regional)
                .as((area, s) -> new Piece(area + " " + s.substring(0, 3) + " " + s.substring(3), Category.PHONE));
        return Arbitraries.oneOf(mobile, mobile, landline, regionalNumber);
    }

    @Provide
    Arbitrary<Piece> ipv4Addresses() {
        Arbitrary<Integer> octet = Arbitraries.integers().between(0, 255);
        return Combinators.combine(octet, octet, octet, octet)
                .as((a, b, c, d) -> new Piece(a + "." + b + "." + c + "." + d, Category.IP_ADDRESS));
    }

    @Provide
    Arbitrary<Piece> ipv6Addresses() {
        Arbitrary<List<Integer>> groups = Arbitraries.integers().between(0, 0xFFFF).list().ofSize(8);
        Arbitrary<Integer> zeroRunStart = Arbitraries.integers().between(0, 7);
        Arbitrary<Integer> zeroRunLength = Arbitraries.integers().between(0, 7);
        Arbitrary<Boolean> upper = Arbitraries.of(false, true);
        Arbitrary<Boolean> leadingZeros = Arbitraries.of(false, true);
        return Combinators.combine(groups, zeroRunStart, zeroRunLength, upper, leadingZeros)
                .as((g, start, length, up, pad) -> {
                    int end = Math.min(8, start + length);
                    for (int i = start; i < end; i++) {
                        g.set(i, 0);
                    }
                    List<String> hex = new ArrayList<>();
                    for (int value : g) {
                        String h = pad ? String.format(Locale.ROOT, "%04x", value) : Integer.toHexString(value);
                        hex.add(up ? h.toUpperCase(Locale.ROOT) : h);
                    }
                    String text;
                    if (end - start >= 2) {
                        text = String.join(":", hex.subList(0, start)) + "::" + String.join(":", hex.subList(end, 8));
                    } else {
                        text = String.join(":", hex);
                    }
                    return new Piece(text, Category.IP_ADDRESS);
                });
    }

    private static Sample assemble(List<Piece> pieces, List<List<String>> runs) {
        StringBuilder text = new StringBuilder();
        List<String> filler = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            text.append(String.join(" ", runs.get(i)));
            filler.addAll(runs.get(i));
            if (i < pieces.size()) {
                text.append(pieces.get(i).text());
            }
        }
        text.append('.');
        List<Piece> categories = pieces.stream().map(p -> new Piece(p.text().strip(), p.category())).toList();
        return new Sample(text.toString(), filler, categories);
    }

    private static List<String> wordsWithoutMarkers(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = LETTER_WORD.matcher(text);
        while (m.find()) {
            if (!MARKER_WORDS.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static List<Character> chars(String s) {
        return s.chars().mapToObj(c -> (char) c).toList();
    }
}
