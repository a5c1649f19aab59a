package scenario.enums;

public enum Status { OPEN, CLOSED, REOPENED }
