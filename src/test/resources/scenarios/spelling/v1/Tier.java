package scenario.spelling;

public enum Tier {
    BASIC,
    GOLD,
    PLATINUM
}
