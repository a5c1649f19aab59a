package scenario.finance;

public enum AccountStatus { ACTIVE, FROZEN, CLOSED }
