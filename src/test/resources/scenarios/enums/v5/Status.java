package scenario.enums;

public enum Status { OPEN, IN_PROGRESS, CLOSED, REOPENED }
