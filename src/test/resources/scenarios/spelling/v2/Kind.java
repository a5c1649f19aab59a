package scenario.spelling;

public enum Kind {
    CHECKING,
    SAVINGS,
    BROKERAGE
}
