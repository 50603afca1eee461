package fi.digipolku.feedback.anonymisation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;

/**
 * Removes personal data from client feedback free text before it is stored, as the national rules for anonymous
 * client feedback (Aspa) require: what is stored must not identify the writer or anyone they mention.
 * <p>
 * The text goes through passes in a fixed order; each replaces what it finds with its {@link Category#marker()
 * marker}, so later passes no longer see it. The order goes from the most specific shape to the most general, so that
 * a general pass cannot take a piece of a specific one (the digits of an identity code are not read as a phone number,
 * the house number of an address not as a postal code):
 * <ol>
 * <li>personal identity codes (henkilötunnus): DDMMYY, a century sign ({@code + - A B C D E F X Y W V U}, and the
 * dashes a word processor substitutes for a hyphen), three digits and a check character; the checksum is not
 * verified, since a mistyped code identifies a person just as well; upper or lower case; a space around the sign is
 * allowed;</li>
 * <li>e-mail addresses, including the "(at)" and "[at]" spellings;</li>
 * <li>web addresses (http://, https://, www.) as a whole, as {@link Category#ADDRESS}: a URL may carry a profile name or
 * an identifier in its path or query, and "verkko-osoite" is an address in Finnish too;</li>
 * <li>IPv4 addresses (with an optional port or prefix length) and IPv6 addresses (full, compressed, with an embedded
 * IPv4 or a zone), IPv6 validated group by group so that times like 10:15:30 stay;</li>
 * <li>GPS coordinates: decimal pairs with at least three decimals ("60.1699, 24.9384"), decimals with a hemisphere
 * letter ("60,1699 N 24,9384 E"; Finnish P and I too) and degrees with minutes (and seconds) ("60°10′12″N");</li>
 * <li>phone numbers, found by libphonenumber (region FI, leniency POSSIBLE) within each run of digits and
 * separators; a match counts when it starts with {@code +}, {@code 00} or {@code 0} (Finnish numbers are written so)
 * and has at least seven digits, which keeps postal codes, dates and times out; then numbers of at least six digits
 * introduced by "puh.", "puhelin", "numero(on)", "gsm" or "tel.";</li>
 * <li>street addresses: a capitalised word ending in a Finnish or Swedish street-name part (-katu, -tie, -kuja,
 * -polku, -tori, -raitti, -väylä, -rinne, -kaari, -puistikko, -ranta, -mäki, -penger, -tanhua, -aukio ...; -gatan,
 * -vägen ...), also inflected (Mannerheimintiellä, Hämeenkadulla), followed by a house number and an optional
 * staircase and apartment ("12 B 5", "3 as 14"); a street named without a house number is kept, since a street is
 * shared by many and the house number is what points at a home;</li>
 * <li>postal codes: five digits before a municipality name, after an address, after "FI-" or after the word
 * "postinumero";</li>
 * <li>names: see {@link NameDetector};</li>
 * <li>every number still left ({@link Category#NUMBER}), whole with its decimal or time separators, digits inside a
 * word too ("B12", "COVID-19"): a date, an amount or a reference number may still point at a person, and a number
 * missed by a specific pass is caught here.</li>
 * </ol>
 * Everything else, whitespace and punctuation included, is kept as written. The raw text is never logged, stored or
 * kept: only the anonymised text and the counts per category leave this class.
 * <p>
 * Before the passes the text is put in Unicode's compatibility form (NFKC) and invisible formatting characters are
 * dropped, so full-width forms and zero-width joiners hide nothing. Thread-safe and meant to be created once, shared and
 * closed at the end: the patterns are compiled once, Voikko's handles are pooled and the name list is loaded once in the
 * constructor, and libphonenumber's {@link PhoneNumberUtil} is itself thread-safe.
 */
public final class Anonymiser implements AutoCloseable {

    // Every pattern opens with a lookahead for its first character: a lookbehind tried at every position of the
    // text is several times slower than a single character test.
    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{M}\\p{N}])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{M}\\p{N}])";

    private static final Pattern IDENTITY_CODE = Pattern.compile("(?=[0-3])" + NOT_AFTER_WORD
            + "(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d{2}\\h?[-+ABCDEFUVWXY\\u2010\\u2011\\u2013\\u2212]\\h?"
            + "\\d{3}[0-9A-Z]" + NOT_BEFORE_WORD, Pattern.CASE_INSENSITIVE);

    private static final Pattern EMAIL = Pattern
            .compile("(?=[\\p{L}\\p{N}._%+\\-])(?<![\\p{L}\\p{N}._%+\\-])"
                    // each word is read once: only one running into "@" or "(at)" is looked at further
                    + "(?=[\\p{L}\\p{N}._%+\\-]++\\h?[@(\\[])[\\p{L}\\p{N}._%+\\-]+"
                    + "(?:@|\\h?[(\\[](?:at|ät)[)\\]]\\h?)[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}"
                    + NOT_BEFORE_WORD, Pattern.CASE_INSENSITIVE);

    private static final Pattern URL = Pattern.compile("(?=[hHwW])(?<![\\p{L}\\p{N}@/])(?:https?://|www\\.)"
            + "[^\\s<>\"]*[^\\s<>\".,;:!?()\\[\\]'’”]", Pattern.CASE_INSENSITIVE);

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|0?\\d?\\d)";

    private static final Pattern IPV4 = Pattern
            .compile("(?=\\d)(?<![\\p{L}\\p{N}.:])" + OCTET + "(?:\\." + OCTET + "){3}"
                    + "(?:/\\d{1,2}|:\\d{1,5})?(?![\\p{L}\\p{N}]|\\.\\p{N})");

    /** Candidates for IPv6 addresses; {@link #isIpv6(CharSequence)} decides. */
    private static final Pattern IPV6_CANDIDATE = Pattern.compile("(?=[0-9A-Fa-f:])(?<![\\p{L}\\p{N}:.])"
            + "(?:[0-9A-Fa-f]{1,4}|(?=::))(?::[0-9A-Fa-f]{0,4}){2,7}(?:\\.\\d{1,3}){0,3}(?:%[0-9A-Za-z]+)?"
            + "(?![\\p{L}\\p{N}]|:[0-9A-Fa-f])");

    private static final Pattern IPV6_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private static final String HEMISPHERE_BEFORE = "(?<!\\p{L})[NSEWPI]\\h?";
    private static final String HEMISPHERE_AFTER = "\\h?[NSEWPI](?!\\p{L})";
    private static final String DEGREES_MINUTES = "\\d{1,3}\\h?°\\h?\\d{1,2}(?:[.,]\\d+(?:\\h?['′’])?|\\h?['′’])"
            + "(?:\\h?\\d{1,2}(?:[.,]\\d+)?\\h?(?:[\"″”]|''|′′))?";
    private static final String DECIMAL_DEGREES = "-?\\d{1,3}[.,]\\d{2,}(?:\\h?°)?";
    private static final String COORDINATE = "(?:(?:" + HEMISPHERE_BEFORE + ")?" + DEGREES_MINUTES + "(?:"
            + HEMISPHERE_AFTER + ")?|" + HEMISPHERE_BEFORE + DECIMAL_DEGREES + "|" + DECIMAL_DEGREES
            + HEMISPHERE_AFTER + ")";
    private static final String DECIMAL_PAIR = "-?\\d{1,2}[.,]\\d{3,}(?:\\h?°)?(?:\\h?[,;/]\\h?|\\h)"
            + "-?\\d{1,3}[.,]\\d{3,}(?:\\h?°)?";

    private static final Pattern COORDINATES = Pattern.compile("(?=[-\\dNSEWPI])(?<![\\p{L}\\p{N}.,°-])(?:" + COORDINATE
            + "(?:\\h?[,;/]?\\h?" + COORDINATE + ")?|" + DECIMAL_PAIR + ")(?!\\p{N}|[.,]\\p{N})");

    /** A run of digits and the separators phone numbers are written with; libphonenumber looks inside it. */
    private static final Pattern PHONE_RUN = Pattern
            .compile("(?=[+(\\d])" + NOT_AFTER_WORD + "[+(]?\\d[\\d\\h()\\-\\u2010\\u2011\\u2013/.]*\\d\\)?");

    private static final Pattern PHONE_BY_CONTEXT = Pattern
            .compile("(?=[pPnNgGtT])(?<!\\p{L})(?:puh\\.?|puhelin\\p{L}*|puhelime\\p{L}*"
                    + "|numero(?:on|ni|a|lla|sta)?|gsm|tel\\.?|p\\.)\\h*:?\\h*(?:on\\h+)?"
                    + "(\\+?\\d[\\d\\h\\-\\u2013]{3,}\\d)(?!\\p{N}|[.,]\\p{N})", Pattern.CASE_INSENSITIVE);

    private static final int MIN_PHONE_DIGITS = 7;
    private static final int MIN_CONTEXT_PHONE_DIGITS = 6;

    private static final String STREET_PART = "(?:katu|kadu(?:lla|lle|lta|n|ssa|sta)|katua|katuun"
            + "|tie(?:llä|lle|ltä|n|tä|hen|ssä|stä)?|kuja(?:lla|lle|lta|n|a|an|ssa|sta)?"
            + "|polku|polu(?:lla|lle|lta|n|ssa|sta)|polkua|polkuun|tori(?:lla|lle|lta|n|a|in)?"
            + "|raitti|raiti(?:lla|lle|lta|n)|raittia|raittiin|väylä(?:llä|lle|ltä|n|ä|än)?"
            + "|rinne|rintee(?:llä|lle|ltä|n|seen)|rinnettä|kaari|kaare(?:lla|lle|lta|n|en)|kaarta"
            + "|kaarre|kaartee(?:lla|lle|lta|n|seen)|puistikko|puistiko(?:lla|lle|lta|n)|puistikkoa|puistikkoon"
            + "|ranta|ranna(?:lla|lle|lta|n)|rantaa|rantaan|mäki|mäe(?:llä|lle|ltä|n)|mäkeä|mäkeen"
            + "|penger|penkere(?:llä|lle|ltä|en)|pengertä|tanhua(?:lla|lle|lta|n|a|an)?|aukio(?:lla|lle|lta|n|ta|on)?"
            + "|piha(?:lla|lle|lta|n|a|an)?|kulma(?:lla|lle|lta|n|a|an)?|linja(?:lla|lle|lta|n|a|an)?"
            + "|reitti|reiti(?:llä|lle|ltä|n)|reittiä|portti|porti(?:lla|lle|lta|n)|porttia"
            + "|bulevardi(?:lla|lle|lta|n|a)?|esplanadi(?:lla|lle|lta|n|a)?"
            + "|kallio|kallio(?:lla|lle|lta|n|ssa|sta|ta)|niemi|nieme(?:llä|lle|ltä|n)|niemeä|harju(?:lla|lle|lta|n|a)?"
            + "|gatan|vägen|gränd(?:en)?|stigen|torget|backen|kajen|stranden|allén|gången|kroken|esplanaden"
            + "|parken|platsen|udden)";

    private static final String STREET_PREFIX = "(?:(?:Pohjoinen|Eteläinen|Itäinen|Läntinen|Vanha|Uusi|Iso|Pieni"
            + "|Pikku|Ylä|Ala|Keskinen|Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya)\\h)?";

    /**
     * A capitalised word (after an optional "Vanha", "Pohjoinen"...) ending in a street-name part. The word is read
     * whole, and its ending is looked back at only when a house number follows: most capitalised words cost one test.
     */
    private static final String STREET_NAME = STREET_PREFIX + "\\p{Lu}[\\p{L}\\-]*+(?=\\h\\d)(?<=\\p{L}" + STREET_PART
            + ")";

    /** House number, a range, a letter (12, 12-14, 12a) and an inflected number (5:ssä). */
    private static final String HOUSE_NUMBER = "\\h\\d{1,4}(?![.,]\\d)(?:\\h?[-\\u2013]\\h?\\d{1,4})?"
            + "(?:[a-zA-Z](?![\\p{L}\\p{N}]))?(?::\\p{L}+)?";

    /** Staircase with an optional apartment number: B 5, A 12, b. */
    private static final String STAIRCASE = "(?:\\h[A-Za-z](?:\\h?\\d{1,4}(?:\\h?[a-z](?![\\p{L}\\p{N}]))?)?"
            + "(?![\\p{L}\\p{N}]))?";

    /** Apartment: as 14, as. 14, asunto 14 (Swedish bst, lgh). */
    private static final String APARTMENT = "(?:,?\\h(?:as\\.?|asunto|huoneisto|bst\\.?|lgh\\.?)\\h?\\d{1,4}"
            + "(?![\\p{L}\\p{N}]))?";

    private static final Pattern STREET_ADDRESS = Pattern
            .compile("(?=\\p{Lu})" + NOT_AFTER_WORD + STREET_NAME + HOUSE_NUMBER + STAIRCASE + APARTMENT);

    private static final Pattern POSTAL_CODE_CANDIDATE = Pattern
            .compile("(?=[FS\\d])" + NOT_AFTER_WORD + "(?:(?:FI|SF)-\\h?)?\\d{5}(?![\\p{L}\\p{N}]|[.,]\\p{N})");

    private static final Pattern POSTAL_CODE_BEFORE = Pattern.compile(
            "(?:\\[OSOITE]|(?<!\\p{L})postinumero\\p{L}*(?:\\h+on)?\\h*:?)[\\h,]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern POSTAL_CODE_AFTER = Pattern.compile("\\h+\\p{Lu}\\p{L}");

    /** A number, with the one- or two-letter prefix of a reference number as one ("L-448213"). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]");

    private static final Pattern NUMBER = Pattern
            .compile("(?:(?<![\\p{L}\\p{N}])\\p{Lu}{1,2}-(?=\\p{Nd}{4}))?\\p{Nd}+(?:[.,:]\\p{Nd}+)*");

    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();
    private final NameDetector names;

    private final Vocabulary vocabulary;

    /**
     * An anonymiser with Voikko's Finnish morphology and the bundled name list. Loading them takes a moment and holds
     * native handles: create one, share it and close it at the end.
     *
     * @throws IllegalStateException when Voikko (libvoikko and its Finnish dictionary) is not installed
     */
    public Anonymiser() {
        this.vocabulary = new Vocabulary(new Voikko(Math.max(2, Runtime.getRuntime().availableProcessors())),
                NameList.bundled());
        this.names = new NameDetector(vocabulary);
    }

    /** Releases Voikko's handles. */
    @Override
    public void close() {
        vocabulary.close();
    }

    /**
     * Anonymises one feedback text.
     *
     * @param text the raw text; it is neither kept nor logged
     * @return the text with personal data replaced by markers, and the counts per category
     */
    public Anonymised anonymise(String text) {
        Objects.requireNonNull(text, "text");
        Map<Category, Integer> removed = new EnumMap<>(Category.class);
        String t = normalised(text);
        boolean digits = containsDigit(t);
        if (digits) {
            t = replace(t, IDENTITY_CODE, Category.IDENTITY_CODE, removed);
        }
        if (t.indexOf('@') >= 0 || containsAtSpelledOut(t)) {
            t = replace(t, EMAIL, Category.EMAIL, removed);
        }
        if (t.contains("://") || containsWww(t)) {
            t = replace(t, URL, Category.ADDRESS, removed);
        }
        if (digits) {
            t = replace(t, IPV4, Category.IP_ADDRESS, removed);
        }
        if (t.contains("::") || t.chars().filter(c -> c == ':').count() >= 7) {
            t = replaceSpans(t, ipv6Spans(t), Category.IP_ADDRESS, removed);
        }
        if (digits) {
            t = replace(t, COORDINATES, Category.COORDINATES, removed);
            t = replaceSpans(t, phoneSpans(t), Category.PHONE, removed);
            t = replaceSpans(t, contextPhoneSpans(t), Category.PHONE, removed);
            t = replace(t, STREET_ADDRESS, Category.ADDRESS, removed);
            t = replaceSpans(t, postalCodeSpans(t), Category.POSTAL_CODE, removed);
        }
        t = replaceSpans(t, names.find(t), Category.NAME, removed);
        if (digits) {
            t = replace(t, NUMBER, Category.NUMBER, removed);
        }
        return new Anonymised(t, removed);
    }

    /**
     * The text in Unicode's compatibility form (NFKC: full-width "＠", "．" and digits become "@", "." and "0"–"9", as
     * the patterns expect) without invisible formatting characters (zero-width space and joiners, word joiner, byte
     * order mark, soft hyphen), which would otherwise cut a name or a code in two ("Mat\u200Dti").
     */
    static String normalised(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return INVISIBLE.matcher(compatible).replaceAll("");
    }

    private List<int[]> ipv6Spans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = IPV6_CANDIDATE.matcher(text);
        while (m.find()) {
            if (isIpv6(text.subSequence(m.start(), m.end()))) {
                spans.add(new int[]{m.start(), m.end()});
            }
        }
        return spans;
    }

    /**
     * Whether {@code candidate} is an IPv6 address: eight groups of one to four hex digits, or fewer with one "::",
     * the last two groups possibly written as an IPv4 address, an optional zone after "%". A bare "::" is not one.
     */
    static boolean isIpv6(CharSequence candidate) {
        String s = candidate.toString();
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        int compressed = s.indexOf("::");
        if (compressed >= 0 && s.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        List<String> groups = new ArrayList<>();
        if (compressed >= 0) {
            splitGroups(s.substring(0, compressed), groups);
            splitGroups(s.substring(compressed + 2), groups);
        } else {
            splitGroups(s, groups);
        }
        int count = 0;
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            if (group.indexOf('.') >= 0) {
                if (i != groups.size() - 1 || !IPV4.matcher(group).matches() || group.indexOf(':') >= 0) {
                    return false;
                }
                count += 2;
            } else if (IPV6_GROUP.matcher(group).matches()) {
                count++;
            } else {
                return false;
            }
        }
        return compressed >= 0 ? count > 0 && count <= 7 : count == 8;
    }

    private static void splitGroups(String part, List<String> groups) {
        if (part.isEmpty()) {
            return;
        }
        for (String group : part.split(":", -1)) {
            groups.add(group);
        }
    }

    /**
     * Phone numbers found by libphonenumber. It is asked about each run of digits and separators of seven digits or
     * more rather than the whole text: the answer is the same, and the runs are a small part of a text.
     */
    private List<int[]> phoneSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher run = PHONE_RUN.matcher(text);
        while (run.find()) {
            String candidate = run.group();
            if (countDigits(candidate) < MIN_PHONE_DIGITS || !hasNumberStartingWithPrefix(candidate)) {
                continue;
            }
            for (PhoneNumberMatch match : phoneNumbers.findNumbers(candidate, "FI", Leniency.POSSIBLE,
                    Long.MAX_VALUE)) {
                if (looksLikeFinnishWrittenNumber(match.rawString())) {
                    spans.add(new int[]{run.start() + match.start(), run.start() + match.end()});
                }
            }
        }
        return spans;
    }

    /**
     * Whether a number libphonenumber accepted is written the way phone numbers are: from "+", "00" or "0" (a trunk
     * prefix every Finnish number has when written nationally), with at least seven digits, and not a dotted date or
     * time (01.02.2024, 08.30-09.15).
     */
    static boolean looksLikeFinnishWrittenNumber(String raw) {
        String number = raw.strip();
        if (number.startsWith("(")) {
            number = number.substring(1).stripLeading();
        }
        if (number.isEmpty() || (number.charAt(0) != '+' && number.charAt(0) != '0')) {
            return false;
        }
        if (countDigits(number) < MIN_PHONE_DIGITS) {
            return false;
        }
        int dot = number.indexOf('.');
        if (dot >= 0) {
            int firstGroup = 0;
            for (int i = 0; i < number.length() && Character.isDigit(number.charAt(i)); i++) {
                firstGroup++;
            }
            return firstGroup > 2;
        }
        return true;
    }

    /**
     * Whether some number in the run starts with "+" or "0": without one, no match would be accepted by
     * {@link #looksLikeFinnishWrittenNumber(String)}, and the costlier libphonenumber call is skipped.
     */
    private static boolean hasNumberStartingWithPrefix(String run) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == '+' || (c == '0' && (i == 0 || !Character.isDigit(run.charAt(i - 1))))) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> contextPhoneSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = PHONE_BY_CONTEXT.matcher(text);
        while (m.find()) {
            if (countDigits(m.group(1)) >= MIN_CONTEXT_PHONE_DIGITS) {
                spans.add(new int[]{m.start(1), m.end(1)});
            }
        }
        return spans;
    }

    private static List<int[]> postalCodeSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher candidate = POSTAL_CODE_CANDIDATE.matcher(text);
        Matcher before = POSTAL_CODE_BEFORE.matcher(text);
        Matcher after = POSTAL_CODE_AFTER.matcher(text);
        while (candidate.find()) {
            int start = candidate.start();
            int end = candidate.end();
            boolean postal = !Character.isDigit(text.charAt(start))
                    || before.region(Math.max(0, start - 40), start).find()
                    || after.region(end, text.length()).lookingAt();
            if (postal) {
                spans.add(new int[]{start, end});
            }
        }
        return spans;
    }

    private static String replace(String text, Pattern pattern, Category category, Map<Category, Integer> removed) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int count = 0;
        do {
            out.append(text, last, m.start()).append(category.marker());
            last = m.end();
            count++;
        } while (m.find());
        out.append(text, last, text.length());
        removed.merge(category, count, Integer::sum);
        return out.toString();
    }

    /** Replaces the given spans (in text order, not overlapping) with the category's marker. */
    private static String replaceSpans(String text, List<int[]> spans, Category category,
            Map<Category, Integer> removed) {
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int count = 0;
        for (int[] span : spans) {
            if (span[0] < last) {
                continue;
            }
            out.append(text, last, span[0]).append(category.marker());
            last = span[1];
            count++;
        }
        out.append(text, last, text.length());
        removed.merge(category, count, Integer::sum);
        return out.toString();
    }

    /** Whether the text has "(at)", "[at]", "(ät)" or "[ät]" in any case: an e-mail address spelled out. */
    private static boolean containsAtSpelledOut(String text) {
        for (int i = 2; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 't' || c == 'T') && "([".indexOf(text.charAt(i - 2)) >= 0
                    && "aAäÄ".indexOf(text.charAt(i - 1)) >= 0 && ")]".indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has "www." in any case; a plain loop, as this runs on every text. */
    private static boolean containsWww(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            if ((text.charAt(i) | 0x20) == 'w' && (text.charAt(i + 1) | 0x20) == 'w'
                    && (text.charAt(i + 2) | 0x20) == 'w' && text.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int countDigits(CharSequence text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }
}
