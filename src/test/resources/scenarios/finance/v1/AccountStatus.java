package scenario.finance;

public enum AccountStatus { ACTIVE, CLOSED }
