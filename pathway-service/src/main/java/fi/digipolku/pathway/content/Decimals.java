package fi.digipolku.pathway.content;

import java.math.BigDecimal;

import fi.digipolku.support.problem.Messages;

/**
 * A number as a message shows it: every digit it has and no exponent, grouping or trailing zeros ({@code 40.5},
 * {@code 300}), with the decimal comma of Finnish and Swedish unless the request is in English.
 */
final class Decimals {

    private Decimals() {
    }

    static String shown(double number) {
        String plain = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        return Messages.current().equals(Messages.ENGLISH) ? plain : plain.replace('.', ',');
    }
}
