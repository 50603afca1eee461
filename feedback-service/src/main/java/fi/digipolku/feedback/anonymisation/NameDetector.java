package fi.digipolku.feedback.anonymisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the personal names in a text, as spans to replace with {@link Category#NAME}'s marker.
 * <p>
 * A word is a name when it is capitalised and
 * <ul>
 * <li>it is a form of a known name that is not also an ordinary word or a place ("Virtanen", "Pekalle"), wherever it
 * stands, at the start of a sentence too;</li>
 * <li>it is a form of a name that is also an ordinary word ("Tuuli", "Onni", "Mäki", see
 * {@code common-word-names.txt}) and it stands in mid-sentence, where Finnish does not capitalise ordinary words; at
 * the start of a sentence only when a surname follows ("Tuuli Virtanen") or a title or introduction precedes it —
 * "Tuuli oli kova" keeps its wind;</li>
 * <li>it is a form of a name that is also a place ("Lahti", "Salo", see {@code place-names.txt}) and it stands next
 * to another name in the same case or after a title: place names are not personal data, so "Asun Lahdessa" and
 * "Soitin Matille Lahteen" keep their town;</li>
 * <li>it is unknown but follows a title or role ("lääkäri", "hoitajalle", "tri", "rouva"), an introduction ("nimeni
 * on", "terveisin", or "olen" when the word is not in a local case: "olen Tampereelta" stays), or a first name
 * ("Matti Jokelainen"; the two must agree in case, so "Matti Helsingistä" keeps Helsinki).</li>
 * </ul>
 * Words in all capitals count only when they are unambiguous names ("PEKKA VIRTANEN"); lowercase words never count.
 * A whole name ("Anna-Liisa Korhonen", "lääkäri Aune Jokelainen") becomes one span, so one marker stands for one
 * person mentioned.
 * <p>
 * Stateless apart from the immutable lexicon and safe to share between threads.
 */
final class NameDetector {

    /**
     * Titles and roles that introduce a name, in any case form and as the last part of a compound (sairaanhoitaja,
     * omahoitajalle, erikoislääkärin), and the usual abbreviations, matched against one whole lower-cased word.
     */
    private static final Pattern TITLE = Pattern.compile("(?:\\p{L}*(?:hoitaja|lääkäri|tohtori|terapeutt?i|psykologi"
            + "|psykiatri|kätilö|työntekijä|ohjaaja|kuraattori|sihteeri|farmaseutt?i|proviisori|virkailija|professori"
            + "|hygienisti|rouva|herra|neiti|maisteri)(?:n|a|ä|lle|lla|llä|lta|ltä|ksi|na|nä|mme|ni|si|nne|lleni"
            + "|llani|lläni|ltani|ltäni|sta|stä|ssa|ssä)?|tri|dr|prof|rva|hra|th)");

    private static final Set<String> ABBREVIATED_TITLES = Set.of("tri", "dr", "prof", "rva", "hra", "th");

    /**
     * Capitalised words that a title or introduction is often followed by but that are never people: the social
     * insurance institution, service providers, hospital districts, large towns, God.
     */
    private static final Pattern NOT_A_PERSON = Pattern.compile("(?:Kela|Kanta|Omakanta|Suom[ei]|Helsin[gk]|Tamper"
            + "|Tur[ku]u|Turu|Oulu|Espoo|Vantaa|Jyväskylä|Kuopio|Lahde|Lahte|Pori|Jumala|Terveystalo|Mehiläi"
            + "|Pihlajalinna|Attendo|Esperi|Hyvinvointialue|Terveyskeskus|Sairaala|Klinikka|Neuvola|Apteekki"
            + "|Kaupunki|Kunta|Covid|Korona)\\p{L}*");

    /** Case endings that a name after "olen" (I am ...) does not have: "olen Tampereelta" names no person. */
    private static final Pattern LOCAL_CASE = Pattern
            .compile(".*(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|[^e]n|[^n]en)");

    /** Case endings compared when an unknown word follows a first name: Matille Jokelaiselle agree. */
    private static final List<String> CASE_ENDINGS = List.of("lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta",
            "stä", "ksi", "na", "nä", "n", "a", "ä");

    /** An unknown word shaped like a Finnish surname in -nen, in any case: Jokelainen, Jokelaiselle. */
    private static final Pattern SURNAME_SHAPE = Pattern
            .compile("\\p{Lu}\\p{Ll}{2,}(?:nen|s(?:en|elle|ella|ellä|elta|eltä|eksi|ta|tä))");

    private static final Set<String> MARKER_WORDS = markerWords();

    private static final int MAX_NAME_WORDS = 3;

    private final NameLexicon lexicon;

    NameDetector(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    private enum Context {
        NONE, TITLE, INTRODUCTION, INTRODUCTION_NOMINATIVE
    }

    private record Token(int start, int end, String word, boolean marker) {
    }

    /** The spans, as {start, end} pairs in text order, of the names found in {@code text}. */
    List<int[]> find(String text) {
        List<Token> tokens = tokenise(text);
        int count = tokens.size();
        boolean[] removed = new boolean[count];
        boolean[] byContext = new boolean[count];
        NameLexicon.Entry[] entries = new NameLexicon.Entry[count];
        int run = 0;
        for (int i = 0; i < count; i++) {
            Token token = tokens.get(i);
            if (token.marker) {
                run = 0;
                continue;
            }
            String word = token.word;
            boolean previousIsName = i > 0 && removed[i - 1] && onlySpaceBetween(text, tokens.get(i - 1), token);
            if (!previousIsName) {
                run = 0;
            }
            if (isAllCapitals(word)) {
                NameLexicon.Entry entry = lookup(capitalise(word));
                if (entry != null && entry.unambiguous()) {
                    entries[i] = entry;
                    removed[i] = true;
                    run++;
                }
                continue;
            }
            if (!isCapitalised(word)) {
                continue;
            }
            NameLexicon.Entry entry = lookup(word);
            entries[i] = entry;
            Context context = context(text, tokens, i);
            boolean remove;
            if (entry != null && entry.unambiguous()) {
                remove = true;
            } else if (entry != null && !entry.place()) {
                remove = !sentenceStart(text, tokens, i) || context != Context.NONE || previousIsName
                        || surnameFollows(text, tokens, i);
            } else if (entry != null) {
                remove = context != Context.NONE || surnameFollows(text, tokens, i) || (previousIsName
                        && casesAgree(tokens.get(i - 1).word, entries[i - 1], word));
            } else if (NOT_A_PERSON.matcher(word).matches()) {
                remove = false;
            } else if (context == Context.TITLE || context == Context.INTRODUCTION) {
                remove = true;
            } else if (context == Context.INTRODUCTION_NOMINATIVE) {
                remove = !LOCAL_CASE.matcher(word).matches();
            } else if (previousIsName && run < MAX_NAME_WORDS) {
                NameLexicon.Entry previous = entries[i - 1];
                boolean afterFirstName = byContext[i - 1] || (previous != null && previous.firstName());
                remove = afterFirstName && casesAgree(tokens.get(i - 1).word, previous, word);
            } else {
                remove = false;
            }
            if (remove) {
                removed[i] = true;
                byContext[i] = entry == null;
                run++;
            } else {
                run = 0;
            }
        }
        return spans(text, tokens, removed);
    }

    private NameLexicon.Entry lookup(String word) {
        NameLexicon.Entry whole = lexicon.get(word);
        if (whole != null || word.indexOf('-') < 0) {
            return whole;
        }
        NameLexicon.Entry combined = null;
        for (String part : word.split("-")) {
            if (!isCapitalised(part)) {
                return null;
            }
            NameLexicon.Entry entry = lexicon.get(part);
            if (entry != null) {
                combined = combined == null ? entry : combined.merge(entry);
            }
        }
        return combined;
    }

    /** Whether a word right after token {@code i} (only spaces between) is a known surname or shaped like one. */
    private boolean surnameFollows(String text, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (next.marker || !isCapitalised(next.word) || !onlySpaceBetween(text, tokens.get(i), next)) {
            return false;
        }
        NameLexicon.Entry entry = lookup(next.word);
        if (entry == null) {
            return SURNAME_SHAPE.matcher(next.word).matches() && !NOT_A_PERSON.matcher(next.word).matches();
        }
        return entry.lastName() && !entry.place();
    }

    private static boolean casesAgree(String previousWord, NameLexicon.Entry previous, String word) {
        boolean previousUninflected = previous != null
                ? previous.baseForm()
                : !LOCAL_CASE.matcher(previousWord).matches();
        if (previousUninflected) {
            return !LOCAL_CASE.matcher(word).matches();
        }
        for (String ending : CASE_ENDINGS) {
            if (previousWord.endsWith(ending)) {
                return word.endsWith(ending);
            }
        }
        return false;
    }

    private static Context context(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return Context.NONE;
        }
        Token previous = tokens.get(i - 1);
        if (previous.marker) {
            return Context.NONE;
        }
        Token token = tokens.get(i);
        String gap = text.substring(previous.end, token.start);
        String lower = previous.word.toLowerCase(Locale.ROOT);
        boolean spaced = isHorizontalSpace(gap);
        if (TITLE.matcher(lower).matches()
                && (spaced || (ABBREVIATED_TITLES.contains(lower) && gap.matches("\\.\\h*")))) {
            return Context.TITLE;
        }
        if (lower.equals("olen") && spaced) {
            return Context.INTRODUCTION_NOMINATIVE;
        }
        if ((lower.equals("nimeni") || lower.equals("nimi")) && gap.matches("\\h*:\\h*")) {
            return Context.INTRODUCTION;
        }
        if (lower.equals("on") && spaced && i >= 2) {
            Token before = tokens.get(i - 2);
            String beforeLower = before.word.toLowerCase(Locale.ROOT);
            if ((beforeLower.equals("nimeni") || beforeLower.equals("nimi") || beforeLower.equals("nimensä"))
                    && isHorizontalSpace(text.substring(before.end, previous.start))) {
                return Context.INTRODUCTION;
            }
        }
        if ((lower.equals("terveisin") || lower.equals("terv")) && gap.matches("[\\h.,]*\\R?\\h*")) {
            return Context.INTRODUCTION;
        }
        return Context.NONE;
    }

    /**
     * Whether token {@code i} starts a sentence: it is the first word, or sentence-ending punctuation, a colon or a
     * line break stands between it and the previous word (an abbreviated title's full stop does not count).
     */
    private static boolean sentenceStart(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token previous = tokens.get(i - 1);
        int from = previous.end;
        int to = tokens.get(i).start;
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (c == '.' && !previous.marker
                    && ABBREVIATED_TITLES.contains(previous.word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of the text: runs of letters (and combining marks), possibly joined by single hyphens (Anna-Liisa,
     * Mäkelä-Virtanen), not preceded by a letter or digit. A plain loop: this runs over every character of every text.
     */
    private static List<Token> tokenise(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || (i > 0 && isWordCharacter(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            while (true) {
                while (end < length && isLetterOrMark(text.charAt(end))) {
                    end++;
                }
                if (end + 1 < length && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
                    end += 2;
                } else {
                    break;
                }
            }
            String word = text.substring(start, end);
            boolean marker = start > 0 && end < length && text.charAt(start - 1) == '[' && text.charAt(end) == ']'
                    && MARKER_WORDS.contains(word);
            tokens.add(new Token(start, end, word, marker));
            i = end;
        }
        return tokens;
    }

    private static boolean isLetterOrMark(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isWordCharacter(char c) {
        return isLetterOrMark(c) || Character.isDigit(c);
    }

    private static List<int[]> spans(String text, List<Token> tokens, boolean[] removed) {
        List<int[]> spans = new ArrayList<>();
        int[] current = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (!removed[i]) {
                current = null;
                continue;
            }
            Token token = tokens.get(i);
            if (current != null && isHorizontalSpace(text.substring(current[1], token.start))) {
                current[1] = token.end;
            } else {
                current = new int[]{token.start, token.end};
                spans.add(current);
            }
        }
        return spans;
    }

    private static boolean onlySpaceBetween(String text, Token first, Token second) {
        return isHorizontalSpace(text.substring(first.end, second.start));
    }

    private static boolean isHorizontalSpace(String gap) {
        if (gap.isEmpty()) {
            return false;
        }
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00A0' && c != '\u202F' && c != '\u2009') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitalised(String word) {
        if (!Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        int second = word.offsetByCodePoints(0, 1);
        return second >= word.length() || Character.isLowerCase(word.codePointAt(second));
    }

    private static boolean isAllCapitals(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static String capitalise(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean startOfPart = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(startOfPart ? c : Character.toLowerCase(c));
            startOfPart = c == '-';
        }
        return out.toString();
    }

    private static Set<String> markerWords() {
        Set<String> words = new HashSet<>();
        for (Category category : Category.values()) {
            String marker = category.marker();
            words.add(marker.substring(1, marker.length() - 1));
        }
        return Set.copyOf(words);
    }
}
