package fi.digipolku.pathway.content;

/** A closed range; either end may be open (null). */
public record ValueRange(Double min, Double max) {

    public boolean contains(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    public boolean ordered() {
        return min == null || max == null || min <= max;
    }
}
