package scenario.types;

public enum Priority { LOW, NORMAL, HIGH }
