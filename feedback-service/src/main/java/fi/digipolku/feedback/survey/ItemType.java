package fi.digipolku.feedback.survey;

/** The kinds of survey item and the answers they take. */
public enum ItemType {
    /** Recommendation 0–10, the basis of the Net Promoter Score. */
    NPS(0, 10),
    /** Agreement with a statement, 1 (strongly disagree) to 5 (strongly agree). */
    AGREEMENT(1, 5),
    /** Customer Effort Score, 1 (very difficult) to 7 (very easy). */
    CES(1, 7),
    /** Free text, anonymised before it is stored. */
    OPEN(0, 0);

    private final int min;
    private final int max;

    ItemType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
